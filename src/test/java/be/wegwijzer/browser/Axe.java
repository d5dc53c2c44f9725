package be.wegwijzer.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core, run in the page the browser shows, against WCAG 2.0 and 2.1 A and AA plus axe's best practices.
 * Serious and critical violations fail the audit; the rest is reported (target/accessibility/axe-report.md) and
 * weighed in docs/accessibility.md.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final Path REPORT = Path.of("target/accessibility/axe-report.md");

    /** One rule that a page breaks, or that axe could not decide ("needs review"). */
    record Finding(
            String page,
            int width,
            String rule,
            String impact,
            String help,
            boolean needsReview,
            List<String> targets,
            List<String> reasons) {

        boolean blocking() {
            return !needsReview && BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " on " + page + " at " + width + " px: " + help + " " + targets;
        }
    }

    private Axe() {}

    /** The full audit: every rule of the tags. */
    static List<Finding> audit(ChromeDriver browser, String page, int width) {
        return run(new AxeBuilder().withTags(TAGS), browser, page, width);
    }

    /** Only the rules that depend on the layout, for the narrow screen after a full audit at laptop width. */
    static List<Finding> auditLayout(ChromeDriver browser, String page, int width) {
        return run(
                new AxeBuilder()
                        .withOnlyRules(List.of(
                                "scrollable-region-focusable",
                                "meta-viewport",
                                "aria-hidden-focus",
                                "link-in-text-block",
                                "nested-interactive")),
                browser,
                page,
                width);
    }

    private static List<Finding> run(AxeBuilder axe, ChromeDriver browser, String page, int width) {
        Results results = axe.analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        List<Finding> findings = new ArrayList<>();
        results.getViolations().forEach(rule -> findings.add(finding(page, width, rule, false)));
        results.getIncomplete().forEach(rule -> findings.add(finding(page, width, rule, true)));
        return findings;
    }

    private static Finding finding(String page, int width, Rule rule, boolean needsReview) {
        List<String> targets = rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(String::valueOf)
                .toList();
        List<String> reasons = rule.getNodes().stream()
                .map(CheckedNode::getFailureSummary)
                .filter(Objects::nonNull)
                .map(r -> r.replaceAll("\\s+", " ")
                        .replaceFirst("^Fix (any|all) of the following: ", "")
                        .strip())
                .distinct()
                .toList();
        return new Finding(
                page,
                width,
                rule.getId(),
                String.valueOf(rule.getImpact()),
                rule.getHelp(),
                needsReview,
                targets,
                reasons);
    }

    /** All findings, grouped by rule: which pages, how many elements, a few example elements. */
    static void writeReport(Collection<Finding> findings, int pagesAudited) {
        StringBuilder md = new StringBuilder("# axe-core findings\n\n")
                .append(pagesAudited)
                .append(" axe runs: every page at its first width with the tags ")
                .append(TAGS)
                .append(", public pages again at 375 px with the layout rules only.\n\n");
        for (boolean review : List.of(false, true)) {
            md.append(review ? "## Needs review (axe could not decide)\n\n" : "## Violations\n\n");
            Map<String, List<Finding>> byRule = findings.stream()
                    .filter(f -> f.needsReview() == review)
                    .collect(Collectors.groupingBy(
                            f -> f.impact() + " · " + f.rule(), TreeMap::new, Collectors.toList()));
            if (byRule.isEmpty()) {
                md.append("None.\n\n");
            }
            byRule.forEach((rule, list) -> {
                md.append("### ")
                        .append(rule)
                        .append("\n\n")
                        .append(list.getFirst().help())
                        .append("\n\n");
                md.append("Pages: ")
                        .append(list.stream()
                                .map(f -> f.page() + "@" + f.width())
                                .collect(Collectors.joining(", ")))
                        .append("\n\nElements (examples): ")
                        .append(list.stream()
                                .flatMap(f -> f.targets().stream())
                                .distinct()
                                .limit(6)
                                .collect(Collectors.joining(" · ")))
                        .append("\n\nWhy:\n\n");
                list.stream()
                        .flatMap(f -> f.reasons().stream())
                        .distinct()
                        .limit(8)
                        .forEach(r -> md.append("- ").append(r).append('\n'));
                md.append('\n');
            });
        }
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
