package be.wegwijzer.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-mail alerts ({@code wegwijzer.alerts.*}, docs/deployment.md "E-mail alerts").
 *
 * @param cron              when the alert job runs (digests, reminders, expiry), Europe/Brussels; {@code -} = never
 * @param confirmValid      how long a confirmation link works; unconfirmed subscriptions are deleted after it
 * @param maxItems          at most this many items listed in one digest (the mail links to the rest)
 * @param maxPendingPerAddress at most this many unconfirmed subscriptions per address, so the form cannot be used to
 *                          flood someone's mailbox
 */
@ConfigurationProperties("wegwijzer.alerts")
public record AlertProperties(
        @DefaultValue("0 0 7 * * *") String cron,
        @DefaultValue("PT48H") Duration confirmValid,
        @DefaultValue("20") int maxItems,
        @DefaultValue("3") int maxPendingPerAddress) {

    public AlertProperties {
        if (maxItems < 1) {
            throw new IllegalArgumentException("wegwijzer.alerts.max-items must be at least 1, not " + maxItems);
        }
        if (confirmValid.isNegative() || confirmValid.isZero()) {
            throw new IllegalArgumentException("wegwijzer.alerts.confirm-valid must be positive, not " + confirmValid);
        }
    }
}
