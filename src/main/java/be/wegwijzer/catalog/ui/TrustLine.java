package be.wegwijzer.catalog.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.catalog.SourceDate;
import be.wegwijzer.catalog.Trust;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;

/**
 * One line that says how far an item can be trusted, the same on every page: "Nagekeken op 1 december 2026 door
 * Departement WSE", or "Nog niet nagekeken · volgens een bron uit 2021". It never shows a check that did not happen.
 */
public final class TrustLine {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DutchFormat.LOCALE);

    private TrustLine() {}

    public static Span of(Component context, Trust trust) {
        Span line = new Span();
        line.addClassNames("trust-line", trust.verified() ? "trust-verified" : "trust-unverified");
        if (trust.verified()) {
            line.add(context.getTranslation("trust.verified.on", DutchFormat.date(trust.verifiedOn())) + " ");
            if (trust.verifierPath() != null) {
                line.add(new Anchor(trust.verifierPath(), trust.verifierName()));
            } else {
                line.add(trust.verifierName());
            }
        } else {
            line.add(text(context, trust));
        }
        return line;
    }

    /** The line as plain text, for places that cannot hold a link. */
    public static String text(Component context, Trust trust) {
        if (trust.verified()) {
            return context.getTranslation("trust.verified", DutchFormat.date(trust.verifiedOn()), trust.verifierName());
        }
        return trust.source()
                .map(date -> context.getTranslation(
                        date.hasMonth() ? "trust.unverified.dated" : "trust.unverified.year", sourceDate(date)))
                .orElseGet(() -> context.getTranslation("trust.unverified.nodate"));
    }

    /** "2021", "juni 2021" or "15 juni 2021": no more precise than the source. */
    public static String sourceDate(SourceDate date) {
        if (date.hasDay()) {
            return DutchFormat.date(date.latestDay());
        }
        return date.hasMonth() ? MONTH.format(date.earliestDay()) : Integer.toString(date.year());
    }
}
