package be.wegwijzer.finder;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.Trust;
import be.wegwijzer.finder.RuleOutcome.Rule;
import be.wegwijzer.finder.RuleOutcome.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Map<String, Set<String>> TREE = Map.of(
            "limburg", Set.of("limburg", "vlaanderen", "belgie"),
            "brussel", Set.of("brussel", "belgie"),
            "vlaanderen", Set.of("vlaanderen", "belgie"));
    static final EligibilityRules.Context CONTEXT = new EligibilityRules.Context(
            TODAY, code -> TREE.getOrDefault(code, Set.of(code)), code -> "sector " + code, code -> "regio " + code);

    static final Situation BAKERY = new Situation(Statute.WERKGEVER, 8, "voeding", "limburg", Set.of("werkdruk"));

    @Test
    void aMeasureWithoutConditionsFitsEveryone() {
        Match match = EligibilityRules.evaluate(measure().build(), BAKERY, CONTEXT);
        assertThat(match.fit()).isEqualTo(Match.Fit.FITS);
        assertThat(match.outcomes(Verdict.NOT_MET)).isEmpty();
    }

    @ParameterizedTest(name = "{0} employees for a measure from {1} to {2}: {3}")
    @CsvSource(textBlock = """
            10,  10, 249, MET
            9,   10, 249, NOT_MET
            249, 10, 249, MET
            250, 10, 249, NOT_MET
            250, 250,   , MET
            249, 250,   , NOT_MET
            0,     ,   9, MET
            10,    ,   9, NOT_MET
            """)
    void employeeBoundsAreInclusive(int employees, Integer min, Integer max, Verdict expected) {
        Situation situation = new Situation(Statute.WERKGEVER, employees, null, null, Set.of());
        RuleOutcome size = outcome(
                EligibilityRules.evaluate(measure().employees(min, max).build(), situation, CONTEXT), Rule.SIZE);
        assertThat(size.verdict()).isEqualTo(expected);
    }

    @Test
    void anUnknownNumberOfEmployeesIsForTheVisitorToCheck() {
        Situation situation = new Situation(Statute.WERKGEVER, null, null, null, Set.of());
        Match match = EligibilityRules.evaluate(measure().employees(10, 249).build(), situation, CONTEXT);
        assertThat(outcome(match, Rule.SIZE).verdict()).isEqualTo(Verdict.CHECK);
        assertThat(outcome(match, Rule.SIZE).arguments()).containsExactly("10 tot en met 249");
        assertThat(match.fit()).isEqualTo(Match.Fit.FITS);
    }

    @Test
    void aSectorOutsideTheListDoesNotFitAndSaysWhichSectorsDo() {
        Match match =
                EligibilityRules.evaluate(measure().sectors("bouw", "hout").build(), BAKERY, CONTEXT);
        RuleOutcome sector = outcome(match, Rule.SECTOR);
        assertThat(sector.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(sector.arguments()).containsExactly("sector bouw, sector hout");
        assertThat(match.fit()).isEqualTo(Match.Fit.NEARLY);
    }

    @Test
    void aSectorInTheListFits() {
        assertThat(outcome(
                                EligibilityRules.evaluate(
                                        measure().sectors("voeding").build(), BAKERY, CONTEXT),
                                Rule.SECTOR)
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void aFlemishMeasureFitsACompanyInLimburgButNotInBrussels() {
        MeasureFacts flemish = measure().regions("vlaanderen").build();
        assertThat(outcome(EligibilityRules.evaluate(flemish, BAKERY, CONTEXT), Rule.REGION)
                        .verdict())
                .isEqualTo(Verdict.MET);
        Situation brussels = new Situation(Statute.WERKGEVER, 8, "voeding", "brussel", Set.of());
        assertThat(outcome(EligibilityRules.evaluate(flemish, brussels, CONTEXT), Rule.REGION)
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aCallThatClosedYesterdayIsEndedAndNeverOpen() {
        Match match = EligibilityRules.evaluate(
                measure().valid(null, TODAY.minusDays(1)).build(), BAKERY, CONTEXT);
        assertThat(match.fit()).isEqualTo(Match.Fit.ENDED);
    }

    @Test
    void aCallThatClosesTodayIsStillOpen() {
        Match match = EligibilityRules.evaluate(measure().valid(null, TODAY).build(), BAKERY, CONTEXT);
        assertThat(match.fit()).isEqualTo(Match.Fit.FITS);
        assertThat(outcome(match, Rule.PERIOD).messageKey()).isEqualTo("finder.rule.period.until");
    }

    @Test
    void aCallThatOpensTomorrowNearlyFits() {
        Match match = EligibilityRules.evaluate(
                measure().valid(TODAY.plusDays(1), null).build(), BAKERY, CONTEXT);
        assertThat(match.fit()).isEqualTo(Match.Fit.NEARLY);
        assertThat(outcome(match, Rule.PERIOD).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aMeasureForEmployeesDoesNotFitAnEmployer() {
        Match match =
                EligibilityRules.evaluate(measure().statutes(Statute.WERKNEMER).build(), BAKERY, CONTEXT);
        assertThat(outcome(match, Rule.STATUTE).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(outcome(match, Rule.STATUTE).arguments()).containsExactly("werknemer");
    }

    @Test
    void twoFailedRulesMeanItDoesNotFitAtAll() {
        Match match = EligibilityRules.evaluate(
                measure().statutes(Statute.WERKNEMER).sectors("bouw").build(), BAKERY, CONTEXT);
        assertThat(match.fit()).isEqualTo(Match.Fit.NO);
    }

    @Test
    void selfChecksAreListedForTheVisitor() {
        Match match = EligibilityRules.evaluate(
                measure()
                        .selfChecks("Je kreeg nog geen de-minimissteun boven het plafond.")
                        .build(),
                BAKERY,
                CONTEXT);
        assertThat(match.outcomes(Verdict.CHECK))
                .extracting(RuleOutcome::arguments)
                .containsExactly(List.of("Je kreeg nog geen de-minimissteun boven het plafond."));
        assertThat(match.fit()).isEqualTo(Match.Fit.FITS);
    }

    @Test
    void theAskedNeedOrdersButDoesNotExclude() {
        Match other = EligibilityRules.evaluate(measure().themes("telewerk").build(), BAKERY, CONTEXT);
        assertThat(other.fit()).isEqualTo(Match.Fit.FITS);
        assertThat(other.matchesNeed()).isFalse();
        Match same = EligibilityRules.evaluate(
                measure().themes("werkdruk", "risicofactoren").build(), BAKERY, CONTEXT);
        assertThat(same.matchesNeed()).isTrue();
    }

    private static RuleOutcome outcome(Match match, Rule rule) {
        return match.outcomes().stream()
                .filter(o -> o.rule() == rule)
                .findFirst()
                .orElseThrow();
    }

    static Builder measure() {
        return new Builder();
    }

    /** Test data builder: a measure without conditions unless told otherwise. */
    static final class Builder {
        private Set<String> themes = Set.of("werkdruk");
        private Set<Statute> statutes = Set.of();
        private Integer min;
        private Integer max;
        private Set<String> sectors = Set.of();
        private Set<String> regions = Set.of();
        private LocalDate from;
        private LocalDate until;
        private List<String> checks = List.of();

        Builder themes(String... codes) {
            themes = Set.of(codes);
            return this;
        }

        Builder statutes(Statute... values) {
            statutes = Set.of(values);
            return this;
        }

        Builder employees(Integer minimum, Integer maximum) {
            min = minimum;
            max = maximum;
            return this;
        }

        Builder sectors(String... codes) {
            sectors = Set.of(codes);
            return this;
        }

        Builder regions(String... codes) {
            regions = Set.of(codes);
            return this;
        }

        Builder valid(LocalDate start, LocalDate end) {
            from = start;
            until = end;
            return this;
        }

        Builder selfChecks(String... texts) {
            checks = List.of(texts);
            return this;
        }

        MeasureFacts build() {
            return new MeasureFacts(
                    new ItemCard(ItemType.MAATREGEL, "m", "Maatregel", "Samenvatting"),
                    themes,
                    statutes,
                    min,
                    max,
                    sectors,
                    regions,
                    from,
                    until,
                    checks,
                    new MeasureFacts.Support("Cheque", "Vlaams", null, null, null, null, null, Trust.UNKNOWN, false));
        }
    }
}
