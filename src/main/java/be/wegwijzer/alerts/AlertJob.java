package be.wegwijzer.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily alert run: reminders, digests, expiry. Scheduled only on the node with
 * {@code wegwijzer.scheduled-jobs=true}; the mails go through the outbox, whose dispatcher bounds the sending rate and
 * retries failures.
 */
@Component
class AlertJob {

    private static final Logger log = LoggerFactory.getLogger(AlertJob.class);

    private final AlertService alerts;

    AlertJob(AlertService alerts) {
        this.alerts = alerts;
    }

    @Scheduled(cron = "${wegwijzer.alerts.cron:0 0 7 * * *}", zone = "Europe/Brussels")
    void run() {
        int reminders = alerts.sendReminders();
        int digests = alerts.sendDigests();
        int expired = alerts.purgeExpired();
        log.info(
                "Alerts: {} reminders and {} digests queued, {} unconfirmed subscriptions deleted",
                reminders,
                digests,
                expired);
    }
}
