package be.wegwijzer.mail;

import java.util.Objects;

/**
 * A mail to queue: plain text always (read everywhere), HTML optionally.
 *
 * @param to             the recipient
 * @param subject        one line, at most {@link OutboxMail#SUBJECT_MAX_LENGTH} characters
 * @param text           the plain-text body
 * @param html           the HTML body, or null for text only
 * @param unsubscribeUrl one-click unsubscribe address for mails to subscribers (sent as {@code List-Unsubscribe} and
 *                       {@code List-Unsubscribe-Post}), or null
 * @param dedupKey       what caused this mail, unique over all mails (e.g. {@code digest:42:2026-12-07}): queueing the
 *                       same key twice queues one mail, so a job that reruns after a crash sends nothing twice; null
 *                       when every call is a new mail
 */
public record OutgoingMail(
        MailAddress to, String subject, String text, String html, String unsubscribeUrl, String dedupKey) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        subject = subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        if (subject.length() > OutboxMail.SUBJECT_MAX_LENGTH) {
            subject = subject.substring(0, OutboxMail.SUBJECT_MAX_LENGTH - 1) + "…";
        }
        if (dedupKey != null && dedupKey.length() > OutboxMail.DEDUP_KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("dedupKey longer than " + OutboxMail.DEDUP_KEY_MAX_LENGTH);
        }
    }

    /** A text-only mail that is new on every call. */
    public static OutgoingMail text(MailAddress to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, null, null);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(to, subject, text, html, unsubscribeUrl, dedupKey);
    }

    public OutgoingMail withUnsubscribe(String url) {
        return new OutgoingMail(to, subject, text, html, url, dedupKey);
    }

    public OutgoingMail withDedupKey(String key) {
        return new OutgoingMail(to, subject, text, html, unsubscribeUrl, key);
    }
}
