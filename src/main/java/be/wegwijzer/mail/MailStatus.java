package be.wegwijzer.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent: new, waiting for a retry, or waiting for a mail server to be configured. */
    WACHTEND,
    /** Accepted by the mail server. */
    VERZONDEN,
    /** Given up after the last retry; an editor can try again. */
    MISLUKT
}
