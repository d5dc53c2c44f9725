package be.wegwijzer.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One mail in the outbox, from queueing to sent (or given up). */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    static final int SUBJECT_MAX_LENGTH = 200;
    static final int DEDUP_KEY_MAX_LENGTH = 200;
    static final int ERROR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = MailAddress.MAX_LENGTH)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "mediumtext")
    private String textBody;

    @Column(name = "html_body", columnDefinition = "mediumtext")
    private String htmlBody;

    @Column(name = "unsubscribe_url", length = 1000)
    private String unsubscribeUrl;

    @Column(name = "dedup_key", length = DEDUP_KEY_MAX_LENGTH, unique = true)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    protected OutboxMail() {}

    OutboxMail(OutgoingMail mail, Instant now) {
        recipient = mail.to().value();
        subject = mail.subject();
        textBody = mail.text();
        htmlBody = mail.html();
        unsubscribeUrl = mail.unsubscribeUrl();
        dedupKey = mail.dedupKey();
        status = MailStatus.WACHTEND;
        createdAt = now;
        nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = MailStatus.VERZONDEN;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /**
     * A failed attempt: retried later, each time waiting longer, until {@code maxAttempts}; then given up (still shown
     * to editors, who can try again).
     */
    void failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= ERROR_MAX_LENGTH
                ? error
                : error.substring(0, ERROR_MAX_LENGTH - 1) + "…";
        if (attempts >= maxAttempts) {
            status = MailStatus.MISLUKT;
        } else {
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** An editor's "try again": due now, with a fresh series of attempts. */
    void retry(Instant now) {
        if (status == MailStatus.VERZONDEN) {
            throw new IllegalStateException("Deze mail is al verzonden.");
        }
        status = MailStatus.WACHTEND;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** 1, 4, 16, 64 … minutes, at most a day: a short outage costs minutes, a long one does not hammer the server. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(2 * (attempts - 1), 20);
        return Duration.ofMinutes(Math.min(minutes, Duration.ofDays(1).toMinutes()));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
