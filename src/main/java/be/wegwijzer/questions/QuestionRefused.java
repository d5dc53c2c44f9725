package be.wegwijzer.questions;

/** A question or an action on it that was refused, with a Dutch message for the field it concerns (or null). */
public class QuestionRefused extends RuntimeException {

    private final String field;

    QuestionRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, or null for the form as a whole. */
    public String field() {
        return field;
    }
}
