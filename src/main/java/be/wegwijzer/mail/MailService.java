package be.wegwijzer.mail;

import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one way to send mail: {@link #queue} stores the mail in the outbox within the caller's transaction
 * (so a mail exists exactly when what caused it was saved), and {@link MailDispatcher} sends it. Editors see the
 * outbox at {@code /beheer/mail}.
 */
@Service
public class MailService {

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> server;
    private final Clock clock;

    MailService(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> server, Clock clock) {
        this.outbox = outbox;
        this.server = server;
        this.clock = clock;
    }

    /**
     * Queues a mail; with a {@link OutgoingMail#dedupKey()} that was queued before, nothing new is queued and the
     * earlier mail is returned (a job that runs again after a crash sends nothing twice).
     */
    @Transactional
    public OutboxMail queue(OutgoingMail mail) {
        if (mail.dedupKey() != null) {
            Optional<OutboxMail> earlier = outbox.findByDedupKey(mail.dedupKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        return outbox.save(new OutboxMail(mail, clock.instant()));
    }

    /** Whether a mail with this key was queued before (sent or not). */
    @Transactional(readOnly = true)
    public boolean queued(String dedupKey) {
        return outbox.findByDedupKey(dedupKey).isPresent();
    }

    /** Deletes every mail to this address, sent or waiting: a person's "forget me" reaches the outbox too. */
    @Transactional
    public int forget(MailAddress address) {
        return outbox.deleteByRecipient(address.value());
    }

    /** Whether a mail server is configured ({@code spring.mail.host}); without one, mails wait in the outbox. */
    public boolean serverConfigured() {
        return server.getIfAvailable() != null;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public Page<OutboxMail> outbox(Pageable page) {
        return outbox.findAllByOrderByCreatedAtDescIdDesc(page);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public OutboxSummary summary() {
        return new OutboxSummary(
                outbox.countByStatus(MailStatus.WACHTEND),
                outbox.countByStatus(MailStatus.VERZONDEN),
                outbox.countByStatus(MailStatus.MISLUKT),
                serverConfigured());
    }

    /** An editor's "try again" for a mail that was given up or is waiting for its next attempt. */
    @Transactional
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public void retry(long id) {
        outbox.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("Deze mail staat niet (meer) in de wachtrij."))
                .retry(clock.instant());
    }

    /** How many mails wait, were sent and were given up, and whether a server is configured. */
    public record OutboxSummary(long waiting, long sent, long failed, boolean serverConfigured) {}
}
