package be.wegwijzer.mail;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox ({@code wegwijzer.mail.*}); the mail server itself is Spring's {@code spring.mail.*} (see
 * docs/deployment.md "Mail"). Without {@code spring.mail.host} nothing is sent: mails wait in the outbox.
 *
 * @param from        sender of every mail, e.g. {@code Wegwijzer Werkbaar Werk <noreply@wegwijzer.be>}
 * @param interval    how often the dispatcher looks for due mails
 * @param batchSize   at most this many mails per round: a bounded sending rate (batchSize per interval)
 * @param maxAttempts after this many failed attempts a mail is given up (editors can try again)
 * @param keepSent    sent mails (their texts hold addresses) are deleted after this period
 */
@ConfigurationProperties("wegwijzer.mail")
public record MailProperties(
        @DefaultValue("Wegwijzer Werkbaar Werk <noreply@localhost>")
        String from,

        @DefaultValue("PT30S") Duration interval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("P30D") Period keepSent) {

    public MailProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("wegwijzer.mail.batch-size must be at least 1, not " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("wegwijzer.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
        if (keepSent.isNegative()) {
            throw new IllegalArgumentException("wegwijzer.mail.keep-sent must not be negative, not " + keepSent);
        }
    }
}
