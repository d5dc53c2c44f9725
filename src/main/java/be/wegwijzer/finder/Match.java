package be.wegwijzer.finder;

import java.util.List;

/**
 * How one measure relates to a situation.
 *
 * @param fit         FITS when no rule fails, NEARLY when exactly one fails, NO otherwise; ENDED when it can no
 *                    longer be applied for (never shown as open)
 * @param matchesNeed true when the measure is about one of the themes the visitor asked for (or none was asked)
 */
public record Match(MeasureFacts measure, Fit fit, boolean matchesNeed, List<RuleOutcome> outcomes) {

    public enum Fit {
        FITS,
        NEARLY,
        NO,
        ENDED
    }

    public List<RuleOutcome> outcomes(RuleOutcome.Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).toList();
    }
}
