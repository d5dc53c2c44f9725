package be.wegwijzer.questions;

import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules: from the content files ({@code taxonomie/vraagroutering.yml}, replaced on every import) and added
 * by editors in the back office (kept across imports, like editors' synonym groups).
 */
@Service
@Transactional
public class RoutingRuleService {

    /** A rule as a file or an editor gives it: an organisation's slug and codes, blank for "every". */
    public record RuleSource(String organisation, String theme, String sector, String region) {}

    /** A rule as the back office lists it. */
    public record Rule(
            long id,
            String organisationSlug,
            String organisationName,
            String theme,
            String sector,
            String region,
            RoutingRule.Origin origin) {}

    private final RoutingRuleRepository rules;
    private final CatalogService catalog;
    private final TaxonomyService taxonomy;

    RoutingRuleService(RoutingRuleRepository rules, CatalogService catalog, TaxonomyService taxonomy) {
        this.rules = rules;
        this.catalog = catalog;
        this.taxonomy = taxonomy;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<Rule> rules() {
        return rules.allWithOrganisation().stream()
                .map(r -> new Rule(
                        r.getId(),
                        r.getOrganisation().getSlug(),
                        r.getOrganisation().getTitle(),
                        r.getTheme(),
                        r.getSector(),
                        r.getRegion(),
                        r.getOrigin()))
                .toList();
    }

    /** An editor's rule; kept when the content files are imported again. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public Rule add(RuleSource source) {
        String problem = problem(source, catalog.organisationTitles().keySet());
        if (problem != null) {
            throw new QuestionRefused("rule", problem);
        }
        RoutingRule rule = toRule(source, RoutingRule.Origin.REDACTIE);
        rules.save(rule);
        return new Rule(
                rule.getId(),
                rule.getOrganisation().getSlug(),
                rule.getOrganisation().getTitle(),
                rule.getTheme(),
                rule.getSector(),
                rule.getRegion(),
                rule.getOrigin());
    }

    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public void delete(long id) {
        rules.deleteById(id);
    }

    /**
     * Replaces the rules of the content files with these, inside the import's transaction; editors' rules stay. The
     * import checked the codes and organisations against the files before, so they are not checked again here.
     */
    public void replaceFileRules(List<RuleSource> fileRules) {
        rules.deleteByOrigin(RoutingRule.Origin.BESTAND);
        fileRules.forEach(r -> rules.save(toRule(r, RoutingRule.Origin.BESTAND)));
    }

    /**
     * What is wrong with a rule, in Dutch, or null. The organisation must exist (in any status); codes must be in the
     * taxonomy. Taxonomy codes are checked against the stored taxonomy, so the import runs this after its own.
     */
    public String problem(RuleSource source, Set<String> organisationSlugs) {
        if (source.organisation() == null || source.organisation().isBlank()) {
            return "Een regel heeft een organisatie nodig (organisatie: slug).";
        }
        if (!organisationSlugs.contains(source.organisation())) {
            return "De organisatie '" + source.organisation() + "' bestaat niet. Gebruik de slug van een organisatie.";
        }
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        if (blank(source.theme()) != null && terms.theme(source.theme()).isEmpty()) {
            return "Het thema '" + source.theme() + "' staat niet in taxonomie/themas.yml.";
        }
        if (blank(source.sector()) != null && terms.sector(source.sector()).isEmpty()) {
            return "De sector '" + source.sector() + "' staat niet in taxonomie/sectoren.yml.";
        }
        if (blank(source.region()) != null && terms.region(source.region()).isEmpty()) {
            return "De regio '" + source.region() + "' staat niet in taxonomie/regios.yml.";
        }
        return null;
    }

    private RoutingRule toRule(RuleSource source, RoutingRule.Origin origin) {
        Item organisation = catalog.organisation(source.organisation())
                .orElseThrow(() -> new IllegalStateException("Organisation " + source.organisation() + " not found"));
        return new RoutingRule(
                organisation, blank(source.theme()), blank(source.sector()), blank(source.region()), origin);
    }

    private static String blank(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
