package be.wegwijzer.alerts;

import be.wegwijzer.base.PublicUrl;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.mail.MailAddress;
import be.wegwijzer.mail.OutgoingMail;
import be.wegwijzer.search.ChangedItems;
import be.wegwijzer.search.ItemHit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The texts of the alert mails: short plain Dutch, as text and as the same text in simple HTML. */
@Component
class AlertMails {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "BE"));

    private final PublicUrl url;

    AlertMails(PublicUrl url) {
        this.url = url;
    }

    OutgoingMail confirmation(AlertSubscription s, Duration valid) {
        String link = url.of("/" + AlertPaths.CONFIRM + "/" + s.getConfirmToken());
        long hours = valid.toHours();
        String what = s.getKind() == AlertKind.DEADLINE
                ? "een herinnering voor de deadline van " + s.getLabel()
                : "een " + s.getFrequency().label() + " overzicht van wat nieuw is bij: " + s.getLabel();
        Body body = new Body()
                .line("Dag,")
                .blank()
                .line("Je vroeg op Wegwijzer Werkbaar Werk om " + what + ".")
                .blank()
                .link("Bevestig je inschrijving", link)
                .blank()
                .line("De link werkt " + hours + " uur. Vroeg je dit niet? Doe dan niets: we wissen je adres vanzelf.");
        return OutgoingMail.text(to(s), "Bevestig je inschrijving bij Wegwijzer Werkbaar Werk", body.text())
                .withHtml(body.html());
    }

    OutgoingMail digest(AlertSubscription s, ChangedItems items, String dedupKey, String searchPath) {
        long total = items.total();
        String subject =
                (total == 1 ? "1 nieuw item" : total + " nieuwe of bijgewerkte items") + " voor " + s.getLabel();
        Body body = new Body()
                .line("Dag,")
                .blank()
                .line("Dit is nieuw of bijgewerkt sinds je vorige mail, voor: " + s.getLabel() + ".")
                .blank();
        for (ItemHit hit : items.hits()) {
            body.item(hit.title(), hit.summary(), url.of(hit.path()));
        }
        if (total > items.hits().size()) {
            body.line("En nog " + (total - items.hits().size()) + " meer.");
        }
        body.blank().link("Bekijk alles op de zoekpagina", url.of(searchPath));
        footer(body, s, "Je krijgt deze mail " + s.getFrequency().label() + " omdat je je inschreef.");
        return mail(s, subject, body, dedupKey);
    }

    OutgoingMail reminder(AlertSubscription s, String title, String itemPath, LocalDate deadline, long daysLeft) {
        String when = daysLeft == 0 ? "vandaag" : daysLeft == 1 ? "morgen" : "over " + daysLeft + " dagen";
        String subject = "Herinnering: " + title + " sluit " + when;
        Body body = new Body()
                .line("Dag,")
                .blank()
                .line("Je kunt nog aanvragen tot en met " + DATE.format(deadline) + ": dat is " + when + ".")
                .blank()
                .item(title, null, url.of(itemPath));
        footer(body, s, "Je krijgt deze herinnering omdat je erom vroeg.");
        return mail(s, subject, body, "alert:" + s.getId() + ":deadline:" + deadline);
    }

    private void footer(Body body, AlertSubscription s, String why) {
        body.blank()
                .line("—")
                .line(why)
                .link(
                        "Uitschrijven voor deze mail",
                        url.of("/" + AlertPaths.UNSUBSCRIBE + "/" + s.getUnsubscribeToken()))
                .link(
                        "Al je meldingen beheren",
                        url.of("/" + AlertPaths.MANAGE + "/" + s.getAddress().getManageToken()));
    }

    private OutgoingMail mail(AlertSubscription s, String subject, Body body, String dedupKey) {
        return OutgoingMail.text(to(s), subject, body.text())
                .withHtml(body.html())
                .withUnsubscribe(url.of("/" + AlertPaths.ONE_CLICK + "/" + s.getUnsubscribeToken()))
                .withDedupKey(dedupKey);
    }

    private static MailAddress to(AlertSubscription s) {
        return new MailAddress(s.getAddress().getEmail());
    }

    /** A mail body written once and rendered twice: plain text and HTML with every value escaped. */
    private static final class Body {

        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\"></head>"
                        + "<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">");

        Body line(String line) {
            text.append(line).append('\n');
            html.append("<p style=\"margin:0\">").append(escape(line)).append("</p>");
            return this;
        }

        Body blank() {
            text.append('\n');
            html.append("<br>");
            return this;
        }

        Body link(String label, String href) {
            text.append(label).append(": ").append(href).append('\n');
            html.append("<p style=\"margin:0\"><a href=\"")
                    .append(escape(href))
                    .append("\">")
                    .append(escape(label))
                    .append("</a></p>");
            return this;
        }

        Body item(String title, String summary, String href) {
            text.append("- ").append(title).append('\n');
            if (summary != null && !summary.isBlank()) {
                text.append("  ").append(summary).append('\n');
            }
            text.append("  ").append(href).append('\n');
            html.append("<p><a href=\"")
                    .append(escape(href))
                    .append("\"><strong>")
                    .append(escape(title))
                    .append("</strong></a>");
            if (summary != null && !summary.isBlank()) {
                html.append("<br>").append(escape(summary));
            }
            html.append("</p>");
            return this;
        }

        String text() {
            return text.toString();
        }

        String html() {
            return html + "</body></html>";
        }

        private static String escape(String value) {
            return HtmlUtils.htmlEscape(value, "UTF-8");
        }
    }
}
