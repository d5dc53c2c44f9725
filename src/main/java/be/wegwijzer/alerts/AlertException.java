package be.wegwijzer.alerts;

/** A subscription that cannot be made as asked; the message is Dutch and says what to do. */
public class AlertException extends IllegalArgumentException {

    public AlertException(String message) {
        super(message);
    }
}
