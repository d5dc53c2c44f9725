package be.wegwijzer.finder;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one rule for one measure, as a translation key with its arguments so the page can say it
 * in plain Dutch ("Jouw 8 werknemers vallen binnen 1 tot en met 249").
 */
public record RuleOutcome(Rule rule, Verdict verdict, String messageKey, List<String> arguments) {

    public enum Rule {
        PERIOD,
        STATUTE,
        SIZE,
        SECTOR,
        REGION,
        NEED,
        SELF_CHECK
    }

    /** MET: fits; NOT_MET: does not fit; CHECK: the visitor has to check it; INFO: says what it is about. */
    public enum Verdict {
        MET,
        NOT_MET,
        CHECK,
        INFO
    }

    static RuleOutcome of(Rule rule, Verdict verdict, String messageKey, Object... arguments) {
        return new RuleOutcome(
                rule,
                verdict,
                messageKey,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
