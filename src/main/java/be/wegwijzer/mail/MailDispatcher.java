package be.wegwijzer.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, at most {@code batch-size} mails per round, and retries failures with a growing
 * pause. Runs on the node with {@code wegwijzer.scheduled-jobs=true} only. A mail is marked sent in the same
 * transaction that sent it; if the node dies between the server's "accepted" and that commit, the mail is sent once
 * more on the next round (at least once, never lost).
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> server;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDispatcher(
            OutboxMailRepository outbox,
            ObjectProvider<JavaMailSender> server,
            MailProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.outbox = outbox;
        this.server = server;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${wegwijzer.mail.interval:PT30S}",
            initialDelayString = "${wegwijzer.mail.initial-delay:PT20S}")
    public void run() {
        sendDue();
    }

    /**
     * One round: sends the mails that are due, oldest first.
     *
     * @return how many were accepted by the mail server; 0 without a configured server (the mails keep waiting)
     */
    public int sendDue() {
        JavaMailSender sender = server.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Long> due = transaction.execute(status -> outbox
                .findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAscIdAsc(
                        MailStatus.WACHTEND, clock.instant(), Limit.of(properties.batchSize()))
                .stream()
                .map(OutboxMail::getId)
                .toList());
        int sent = 0;
        for (Long id : due) {
            Boolean ok = transaction.execute(status -> send(sender, id));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, long id) {
        OutboxMail mail = outbox.findById(id).orElse(null);
        Instant now = clock.instant();
        if (mail == null
                || mail.getStatus() != MailStatus.WACHTEND
                || mail.getNextAttemptAt().isAfter(now)) {
            return false; // forgotten, or handled by an editor's action meanwhile
        }
        try {
            sender.send(message(sender, mail));
            mail.sent(now);
            return true;
        } catch (MailException | MessagingException e) {
            mail.failed(describe(e), now, properties.maxAttempts());
            log.warn("Mail {} not sent (attempt {}): {}", id, mail.getAttempts(), describe(e));
            return false;
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, mail.getHtmlBody() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setSentDate(Date.from(clock.instant()));
        if (mail.getHtmlBody() != null) {
            helper.setText(mail.getTextBody(), mail.getHtmlBody());
        } else {
            helper.setText(mail.getTextBody());
        }
        if (mail.getUnsubscribeUrl() != null) {
            // RFC 8058: mail programs show an "unsubscribe" button that posts to this address without opening it
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return e == cause ? message : e.getClass().getSimpleName() + ": " + message;
    }

    /** Sent mails hold addresses and texts: they are deleted after {@code wegwijzer.mail.keep-sent}. */
    @Scheduled(cron = "0 45 4 * * *", zone = "Europe/Brussels")
    public int purgeSent() {
        Instant before = clock.instant()
                .atZone(clock.getZone())
                .minus(properties.keepSent())
                .toInstant();
        return transaction.execute(status -> outbox.deleteSentBefore(before));
    }
}
