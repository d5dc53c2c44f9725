package be.wegwijzer.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanScoringTest {

    static final QuickScan SCAN = QuickScan.load();

    @Test
    void theShippedScanCoversTheTenDimensionsWithTwelveToTwentyStatements() {
        assertThat(SCAN.dimensions()).hasSize(10);
        assertThat(SCAN.statements()).hasSizeBetween(12, 20);
        assertThat(SCAN.scale()).containsExactly("Nooit", "Soms", "Vaak", "Altijd");
    }

    @Test
    void theBestAnswersGiveAHundredEverywhereAndNothingToActOn() {
        ScanScoring.Profile profile = ScanScoring.score(SCAN, best());
        assertThat(profile.scores()).allSatisfy(s -> {
            assertThat(s.score()).isEqualTo(100);
            assertThat(s.band()).isEqualTo(ScanScoring.Band.GOED);
        });
        assertThat(profile.priorities()).isEmpty();
    }

    @Test
    void reversedStatementsCountTheOtherWay() {
        List<Integer> answers = best();
        // "Er zijn periodes waarin iedereen overuren moet maken" answered "Altijd": bad for werkdruk
        answers.set(index("Er zijn periodes waarin iedereen overuren"), SCAN.maxAnswer());
        int workload = score(ScanScoring.score(SCAN, answers), "werkdruk");
        assertThat(workload).isEqualTo(50);
    }

    @Test
    void highWorkloadAndLittleSupportPutsQuickWinsFirst() {
        List<Integer> answers = best();
        answers.set(index("We krijgen het werk gedaan"), 0);
        answers.set(index("Er zijn periodes waarin iedereen overuren"), SCAN.maxAnswer());
        answers.set(index("Wie vastloopt"), 0);
        answers.set(index("Er is tijd voor een goed gesprek"), 1);
        answers.set(index("Na een werkdag zijn mensen zo moe"), SCAN.maxAnswer());

        ScanScoring.Profile profile = ScanScoring.score(SCAN, answers);

        assertThat(score(profile, "werkdruk")).isZero();
        assertThat(score(profile, "steun-leidinggevende")).isEqualTo(17);
        assertThat(profile.priorities())
                .extracting(ScanScoring.DimensionScore::code)
                .containsExactly("steun-leidinggevende", "werkdruk", "werkstress");
    }

    @Test
    void atMostThreePointsEvenWhenEverythingIsWeak() {
        ScanScoring.Profile profile = ScanScoring.score(SCAN, worst());
        assertThat(profile.priorities()).hasSize(3);
        assertThat(profile.priorities())
                .extracting(p -> SCAN.dimension(p.code()).effort())
                .isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void bandsFollowTheLimits() {
        assertThat(ScanScoring.band(67)).isEqualTo(ScanScoring.Band.GOED);
        assertThat(ScanScoring.band(66)).isEqualTo(ScanScoring.Band.AANDACHT);
        assertThat(ScanScoring.band(34)).isEqualTo(ScanScoring.Band.AANDACHT);
        assertThat(ScanScoring.band(33)).isEqualTo(ScanScoring.Band.KNELPUNT);
    }

    @Test
    void refusesIncompleteOrOutOfRangeAnswers() {
        assertThatThrownBy(() -> ScanScoring.score(SCAN, List.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
        List<Integer> answers = best();
        answers.set(0, 7);
        assertThatThrownBy(() -> ScanScoring.score(SCAN, answers)).hasMessageContaining("out of range");
    }

    @Test
    void theChartNamesEveryScoreInTextForScreenReaders() {
        ScanScoring.Profile profile = ScanScoring.score(SCAN, worst());
        String svg = ProfileChart.svg(profile.scores(), code -> "<" + code + ">", band -> band.name(), "Profiel");
        assertThat(svg)
                .startsWith("<svg")
                .contains(
                        "role=\"img\"",
                        "<title id=\"profiel-titel\">Profiel</title>",
                        "&lt;werkdruk&gt;: 0 op 100, KNELPUNT")
                .doesNotContain("<werkdruk>");
    }

    private static List<Integer> best() {
        List<Integer> answers = new ArrayList<>();
        SCAN.statements().forEach(s -> answers.add(s.positive() ? SCAN.maxAnswer() : 0));
        return answers;
    }

    private static List<Integer> worst() {
        List<Integer> answers =
                new ArrayList<>(Collections.nCopies(SCAN.statements().size(), 0));
        for (int i = 0; i < answers.size(); i++) {
            answers.set(i, SCAN.statements().get(i).positive() ? 0 : SCAN.maxAnswer());
        }
        return answers;
    }

    private static int index(String start) {
        for (int i = 0; i < SCAN.statements().size(); i++) {
            if (SCAN.statements().get(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new IllegalArgumentException(start);
    }

    private static int score(ScanScoring.Profile profile, String code) {
        return profile.scores().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
