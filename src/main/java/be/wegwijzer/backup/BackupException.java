package be.wegwijzer.backup;

/** A backup or restore that could not be done, with a message for the person who ran it (Dutch). */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
