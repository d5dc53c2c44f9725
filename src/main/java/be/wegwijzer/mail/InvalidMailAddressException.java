package be.wegwijzer.mail;

/** An address a person typed that cannot receive mail; the message says what to fix, in Dutch. */
public class InvalidMailAddressException extends IllegalArgumentException {

    public InvalidMailAddressException(String message) {
        super(message);
    }
}
