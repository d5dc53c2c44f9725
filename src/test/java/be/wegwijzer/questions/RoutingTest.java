package be.wegwijzer.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTest {

    static final Routing.Rule FUND = new Routing.Rule(1, null, "voeding", null);
    static final Routing.Rule CENTRE = new Routing.Rule(2, "werkdruk", null, null);
    static final Routing.Rule LIMBURG = new Routing.Rule(3, null, null, "limburg");

    static Routing.Criteria question(Set<String> themes, String sector, Set<String> regions) {
        return new Routing.Criteria(themes, sector, regions);
    }

    @Test
    void aRuleMatchesWhenEachOfItsCodesCoversTheQuestion() {
        assertThat(Routing.matches(FUND, question(Set.of(), "voeding", Set.of())))
                .isTrue();
        assertThat(Routing.matches(FUND, question(Set.of(), "bouw", Set.of()))).isFalse();
        assertThat(Routing.matches(FUND, question(Set.of(), null, Set.of())))
                .as("a question without a sector is not the fund's")
                .isFalse();
        assertThat(Routing.matches(CENTRE, question(Set.of("burn-out", "werkdruk"), null, Set.of())))
                .as("a theme covers the themes below it")
                .isTrue();
        assertThat(Routing.matches(LIMBURG, question(Set.of(), null, Set.of("genk", "limburg", "vlaanderen"))))
                .as("a region covers the regions inside it")
                .isTrue();
        assertThat(Routing.matches(LIMBURG, question(Set.of(), null, Set.of("vlaanderen"))))
                .as("but not the region around it")
                .isFalse();
    }

    @Test
    void whoReceivedAQuestionLongestAgoComesFirst() {
        Routing.Criteria both = question(Set.of("werkdruk"), "voeding", Set.of());
        Map<Long, Instant> last = new HashMap<>();
        last.put(1L, Instant.parse("2026-12-01T10:00:00Z"));
        last.put(2L, Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(Routing.candidates(List.of(FUND, CENTRE, LIMBURG), both, last, 7))
                .containsExactly(2L, 1L);
        last.put(2L, Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(Routing.candidates(List.of(FUND, CENTRE, LIMBURG), both, last, 8))
                .containsExactly(1L, 2L);
    }

    @Test
    void amongThoseThatNeverReceivedOneTheOrderDiffersFromQuestionToQuestion() {
        Routing.Criteria both = question(Set.of("werkdruk"), "voeding", Set.of());
        Set<Long> first = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            first.add(Routing.candidates(List.of(FUND, CENTRE), both, Map.of(), seed)
                    .getFirst());
        }
        assertThat(first).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void noMatchingRuleMeansNoCandidate() {
        assertThat(Routing.candidates(
                        List.of(FUND, CENTRE), question(Set.of("telewerk"), "bouw", Set.of()), Map.of(), 1))
                .isEmpty();
    }
}
