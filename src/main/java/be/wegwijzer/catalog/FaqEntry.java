package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Objects;

/**
 * A frequently asked question with its answer, as measures and tools carry them: an immutable value. A class rather
 * than a record for the same reason as {@link Link} (Envers rebuilds old versions through a no-argument constructor).
 */
@Embeddable
public class FaqEntry {

    public static final int QUESTION_MAX_LENGTH = 300;
    public static final int ANSWER_MAX_LENGTH = 2000;

    @Column(name = "question", nullable = false, length = QUESTION_MAX_LENGTH)
    private String question;

    @Column(name = "answer", nullable = false, length = ANSWER_MAX_LENGTH)
    private String answer;

    /** For Hibernate and Envers only. */
    protected FaqEntry() {}

    public FaqEntry(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    /** Question and answer as one text, for full-text search. */
    static String searchText(List<FaqEntry> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach(
                e -> text.append(e.question).append('\n').append(e.answer).append('\n'));
        return text.toString().strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaqEntry that
                && Objects.equals(question, that.question)
                && Objects.equals(answer, that.answer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, answer);
    }

    @Override
    public String toString() {
        return "FaqEntry[question=" + question + ", answer=" + answer + "]";
    }
}
