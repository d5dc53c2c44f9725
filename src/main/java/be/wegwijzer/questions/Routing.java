package be.wegwijzer.questions;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which organisations can answer a question, and in which order: plain rules, no Spring. A rule matches when each of
 * its codes is empty or covers the question's value — a theme covers the themes below it, a region the regions inside
 * it. The order is neutral: whoever received a question longest ago (or never) comes first, so the questions rotate
 * over the organisations and no provider is always first; ties are broken by a mix of the question's and the
 * organisation's id, which differs from question to question.
 */
final class Routing {

    private Routing() {}

    /** A question's values with everything above them: its theme and the themes it lies under, its region and those. */
    record Criteria(Set<String> themeChain, String sector, Set<String> regionChain) {}

    /** A rule reduced to what matching needs. */
    record Rule(long organisationId, String theme, String sector, String region) {}

    static boolean matches(Rule rule, Criteria question) {
        return covers(rule.theme(), question.themeChain())
                && (rule.sector() == null || rule.sector().equals(question.sector()))
                && covers(rule.region(), question.regionChain());
    }

    private static boolean covers(String ruleCode, Set<String> chain) {
        return ruleCode == null || chain.contains(ruleCode);
    }

    /** The organisations with a matching rule, each once, in the neutral order. */
    static List<Long> candidates(List<Rule> rules, Criteria question, Map<Long, Instant> lastAssigned, long seed) {
        Set<Long> matching = new LinkedHashSet<>();
        rules.stream().filter(r -> matches(r, question)).forEach(r -> matching.add(r.organisationId()));
        return matching.stream()
                .sorted(Comparator.comparing(
                                (Long id) -> lastAssigned.get(id), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(id -> mix(id, seed)))
                .toList();
    }

    private static long mix(long id, long seed) {
        long x = id * 0x9E3779B97F4A7C15L ^ seed * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 31;
        return x * 0x94D049BB133111EBL;
    }
}
