package be.wegwijzer.finder;

import be.wegwijzer.catalog.MeasureStatus;
import be.wegwijzer.finder.RuleOutcome.Rule;
import be.wegwijzer.finder.RuleOutcome.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Steunzoeker's rules. One generic rule per kind of condition, fed by the measure's content data; no code
 * per measure. Bounds are inclusive: a measure "from 10 to 249 employees" fits exactly 10 and exactly 249.
 */
public final class EligibilityRules {

    private EligibilityRules() {}

    /**
     * What the rules need to know about the world besides the measure and the situation.
     *
     * @param regionAndAncestors for a region code: itself and the regions it lies in (limburg → limburg, vlaanderen, belgie)
     * @param sectorLabel        display name of a sector code
     * @param regionLabel        display name of a region code
     */
    public record Context(
            LocalDate today,
            Function<String, Set<String>> regionAndAncestors,
            Function<String, String> sectorLabel,
            Function<String, String> regionLabel) {}

    public static Match evaluate(MeasureFacts m, Situation s, Context context) {
        LocalDate today = context.today();
        if (m.validUntil() != null && today.isAfter(m.validUntil())) {
            return new Match(
                    m,
                    Match.Fit.ENDED,
                    false,
                    false,
                    List.of(RuleOutcome.of(Rule.PERIOD, Verdict.NOT_MET, "finder.rule.period.ended", m.validUntil())));
        }
        List<RuleOutcome> outcomes = new ArrayList<>();
        outcomes.add(period(m, today));
        outcomes.add(statute(m, s));
        outcomes.add(size(m, s));
        outcomes.add(sector(m, s, context));
        outcomes.add(region(m, s, context));
        boolean matchesNeed = s.themes().isEmpty() || s.themes().stream().anyMatch(m.themes()::contains);
        if (!s.themes().isEmpty()) {
            outcomes.add(
                    matchesNeed
                            ? RuleOutcome.of(Rule.NEED, Verdict.INFO, "finder.rule.need.met")
                            : RuleOutcome.of(Rule.NEED, Verdict.INFO, "finder.rule.need.other"));
        }
        m.selfChecks()
                .forEach(check ->
                        outcomes.add(RuleOutcome.of(Rule.SELF_CHECK, Verdict.CHECK, "finder.rule.selfcheck", check)));
        long failed =
                outcomes.stream().filter(o -> o.verdict() == Verdict.NOT_MET).count();
        boolean unknown = m.status(today) == MeasureStatus.UNKNOWN;
        Match.Fit fit = failed == 0
                ? (unknown ? Match.Fit.MAYBE : Match.Fit.FITS)
                : failed == 1 ? Match.Fit.NEARLY : Match.Fit.NO;
        return new Match(m, fit, matchesNeed, MeasureStatus.isCurrent(m.currentAsOf(), today), List.copyOf(outcomes));
    }

    static RuleOutcome period(MeasureFacts m, LocalDate today) {
        if (m.validFrom() != null && today.isBefore(m.validFrom())) {
            return RuleOutcome.of(Rule.PERIOD, Verdict.NOT_MET, "finder.rule.period.upcoming", m.validFrom());
        }
        if (m.status(today) == MeasureStatus.UNKNOWN) {
            return m.currentAsOf() == null
                    ? RuleOutcome.of(Rule.PERIOD, Verdict.CHECK, "finder.rule.period.unknown.nodate", owner(m))
                    : RuleOutcome.of(
                            Rule.PERIOD,
                            Verdict.CHECK,
                            "finder.rule.period.unknown",
                            Integer.toString(m.currentAsOf().getYear()),
                            owner(m));
        }
        return m.validUntil() == null
                ? RuleOutcome.of(Rule.PERIOD, Verdict.MET, "finder.rule.period.open")
                : RuleOutcome.of(Rule.PERIOD, Verdict.MET, "finder.rule.period.until", m.validUntil());
    }

    private static String owner(MeasureFacts m) {
        return m.ownerName() == null ? "de organisatie die de steun aanbiedt" : m.ownerName();
    }

    static RuleOutcome statute(MeasureFacts m, Situation s) {
        if (m.statutes().isEmpty()) {
            return RuleOutcome.of(Rule.STATUTE, Verdict.MET, "finder.rule.statute.any");
        }
        String allowed = String.join(
                ", ", m.statutes().stream().map(st -> st.label().toLowerCase()).toList());
        if (s.statute() == null) {
            return RuleOutcome.of(Rule.STATUTE, Verdict.CHECK, "finder.rule.statute.check", allowed);
        }
        return m.statutes().contains(s.statute())
                ? RuleOutcome.of(
                        Rule.STATUTE,
                        Verdict.MET,
                        "finder.rule.statute.met",
                        s.statute().label().toLowerCase())
                : RuleOutcome.of(Rule.STATUTE, Verdict.NOT_MET, "finder.rule.statute.notmet", allowed);
    }

    static RuleOutcome size(MeasureFacts m, Situation s) {
        Integer min = m.minEmployees();
        Integer max = m.maxEmployees();
        if (min == null && max == null) {
            return RuleOutcome.of(Rule.SIZE, Verdict.MET, "finder.rule.size.any");
        }
        String range = min != null && max != null
                ? min + " tot en met " + max
                : min != null ? "minstens " + min : "hoogstens " + max;
        if (s.employees() == null) {
            return RuleOutcome.of(Rule.SIZE, Verdict.CHECK, "finder.rule.size.check", range);
        }
        boolean fits = (min == null || s.employees() >= min) && (max == null || s.employees() <= max);
        return fits
                ? RuleOutcome.of(Rule.SIZE, Verdict.MET, "finder.rule.size.met", s.employees(), range)
                : RuleOutcome.of(Rule.SIZE, Verdict.NOT_MET, "finder.rule.size.notmet", range, s.employees());
    }

    static RuleOutcome sector(MeasureFacts m, Situation s, Context context) {
        if (m.sectors().isEmpty()) {
            return RuleOutcome.of(Rule.SECTOR, Verdict.MET, "finder.rule.sector.any");
        }
        String allowed = labels(m.sectors(), context.sectorLabel());
        if (s.sector() == null) {
            return RuleOutcome.of(Rule.SECTOR, Verdict.CHECK, "finder.rule.sector.check", allowed);
        }
        return m.sectors().contains(s.sector())
                ? RuleOutcome.of(
                        Rule.SECTOR,
                        Verdict.MET,
                        "finder.rule.sector.met",
                        context.sectorLabel().apply(s.sector()))
                : RuleOutcome.of(Rule.SECTOR, Verdict.NOT_MET, "finder.rule.sector.notmet", allowed);
    }

    static RuleOutcome region(MeasureFacts m, Situation s, Context context) {
        if (m.regions().isEmpty()) {
            return RuleOutcome.of(Rule.REGION, Verdict.MET, "finder.rule.region.any");
        }
        String allowed = labels(m.regions(), context.regionLabel());
        if (s.region() == null) {
            return RuleOutcome.of(Rule.REGION, Verdict.CHECK, "finder.rule.region.check", allowed);
        }
        return context.regionAndAncestors().apply(s.region()).stream().anyMatch(m.regions()::contains)
                ? RuleOutcome.of(
                        Rule.REGION,
                        Verdict.MET,
                        "finder.rule.region.met",
                        context.regionLabel().apply(s.region()),
                        allowed)
                : RuleOutcome.of(Rule.REGION, Verdict.NOT_MET, "finder.rule.region.notmet", allowed);
    }

    private static String labels(Set<String> codes, Function<String, String> label) {
        return String.join(", ", new TreeSet<>(codes.stream().map(label).toList()));
    }
}
