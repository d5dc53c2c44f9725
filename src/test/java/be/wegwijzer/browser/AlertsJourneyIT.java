package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestClock;
import be.wegwijzer.TestMailServer;
import be.wegwijzer.alerts.AlertAddressRepository;
import be.wegwijzer.alerts.AlertService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.mail.MailAddress;
import be.wegwijzer.mail.MailDispatcher;
import be.wegwijzer.mail.MailService;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** A visitor asks to be kept up to date on a theme's search, confirms from the mail and gets the digest. */
@IntegrationTest
class AlertsJourneyIT {

    static final String VISITOR = "lies@kapsalon-test.be";

    @LocalServerPort
    int port;

    @Autowired
    AlertService alerts;

    @Autowired
    AlertAddressRepository addresses;

    @Autowired
    MailService mail;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    TestMailServer server;

    @Autowired
    TestClock clock;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transaction;

    ChromeDriver browser;
    final AtomicReference<Instant> originalUpdate = new AtomicReference<>();

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        if (originalUpdate.get() != null) {
            transaction.executeWithoutResult(status -> cheque().touch(originalUpdate.get()));
        }
        clock.reset();
        addresses.findByEmail(VISITOR).ifPresent(a -> alerts.forget(a.getManageToken()));
        mail.forget(MailAddress.parse(VISITOR));
        server.clear();
    }

    @Test
    void subscribeConfirmFromTheMailAndReceiveTheDigest() throws Exception {
        server.clear();
        browser = Browser.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/zoeken?thema=werkdruk");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.linkText("Houd me op de hoogte van nieuwe resultaten voor deze zoekopdracht")))
                .click();
        wait.until(ExpectedConditions.urlContains("/op-de-hoogte?thema=werkdruk"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Thema: Werkdruk"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-email-field input")))
                .sendKeys(VISITOR);
        browser.findElement(By.xpath("//vaadin-button[.='Inschrijven']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kijk in je mailbox"));
        Screenshots.save(browser, "op-de-hoogte-verstuurd");

        dispatcher.sendDue();
        List<MimeMessage> received = server.receivedBy(VISITOR);
        assertThat(received).hasSize(1);
        browser.get("http://localhost:" + port + path(text(received.getFirst()), "/op-de-hoogte/bevestigen/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[.='Bevestig mijn inschrijving']")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Gelukt"));

        clock.advance(Duration.ofMinutes(5));
        transaction.executeWithoutResult(status -> {
            Item cheque = cheque();
            originalUpdate.set(cheque.getUpdatedAt());
            cheque.touch(clock.instant());
        });
        clock.advance(Duration.ofDays(7));
        server.clear();
        assertThat(alerts.sendDigests()).isEqualTo(1);
        dispatcher.sendDue();
        received = server.receivedBy(VISITOR);
        assertThat(received).hasSize(1);
        String digest = text(received.getFirst());
        assertThat(digest).contains("- Werkbaarheidscheque", "/maatregel/werkbaarheidscheque");

        browser.get("http://localhost:" + port + path(digest, "/op-de-hoogte/mijn/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), VISITOR));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thema: Werkdruk", "wekelijks");
        browser.findElement(By.xpath("//vaadin-button[.='Stop alles en wis mijn adres']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "we wisten je e-mailadres"));
        assertThat(addresses.findByEmail(VISITOR)).isEmpty();
    }

    private Item cheque() {
        return items.findByTypeAndSlug(ItemType.MAATREGEL, "werkbaarheidscheque")
                .orElseThrow();
    }

    /** The path of the first link starting with {@code prefix} (mails link to the public address, not the test port). */
    private static String path(String text, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+").matcher(text);
        assertThat(m.find()).as("a link to " + prefix + " in:\n" + text).isTrue();
        return m.group();
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = text(body);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
