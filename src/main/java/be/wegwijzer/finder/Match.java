package be.wegwijzer.finder;

import java.util.List;

/**
 * How one measure relates to a situation.
 *
 * @param fit         FITS when no rule fails, NEARLY when exactly one fails, NO otherwise; ENDED when it can no
 *                    longer be applied for (never shown as open); MAYBE when no rule fails but nobody knows whether
 *                    it is still open (no end date, newest source older than two years): never shown as "fits"
 * @param matchesNeed true when the measure is about one of the themes the visitor asked for (or none was asked)
 * @param current     true when the measure's newest source or check is at most two years old
 */
public record Match(MeasureFacts measure, Fit fit, boolean matchesNeed, boolean current, List<RuleOutcome> outcomes) {

    public enum Fit {
        FITS,
        MAYBE,
        NEARLY,
        NO,
        ENDED
    }

    public List<RuleOutcome> outcomes(RuleOutcome.Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).toList();
    }
}
