package be.wegwijzer.contentimport;

import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.questions.RoutingRuleService;
import java.util.List;

/**
 * Everything read from a content folder: taxonomies, items, the problems found, and a fingerprint of all
 * files (to skip an import when nothing changed).
 */
public record ContentSet(
        TaxonomySource taxonomy,
        List<ParsedItem> items,
        List<ContentProblem> problems,
        String fingerprint,
        List<RoutingRuleService.RuleSource> routingRules) {

    /** A set without question routing rules ({@code taxonomie/vraagroutering.yml} is optional). */
    public ContentSet(
            TaxonomySource taxonomy, List<ParsedItem> items, List<ContentProblem> problems, String fingerprint) {
        this(taxonomy, items, problems, fingerprint, List.of());
    }

    /** An item with the file it came from and the SHA-256 of that file. */
    public record ParsedItem(ItemSource source, String file, String contentHash) {}

    public boolean isValid() {
        return problems.isEmpty();
    }
}
