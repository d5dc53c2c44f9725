package be.wegwijzer.finder;

import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.Trust;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Steunzoeker: which published measures fit a situation, and why (not). */
@Service
@Transactional(readOnly = true)
public class FinderService {

    private static final Comparator<Match> ORDER = Comparator.comparing((Match m) -> !m.matchesNeed())
            .thenComparingInt(m -> m.outcomes(RuleOutcome.Verdict.CHECK).size())
            .thenComparing(m -> m.measure().card().title());

    private final CatalogService catalog;
    private final TaxonomyService taxonomy;
    private final Clock clock;

    FinderService(CatalogService catalog, TaxonomyService taxonomy, Clock clock) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    public FinderResult find(Situation situation) {
        List<Match> matches = evaluateAll(situation);
        return new FinderResult(
                situation,
                matches.stream()
                        .filter(m -> m.fit() == Match.Fit.FITS)
                        .sorted(ORDER)
                        .toList(),
                matches.stream()
                        .filter(m -> m.fit() == Match.Fit.NEARLY)
                        .sorted(ORDER)
                        .toList(),
                (int) matches.stream().filter(m -> m.fit() == Match.Fit.ENDED).count());
    }

    /** Every published measure evaluated against the situation, in no particular order. */
    public List<Match> evaluateAll(Situation situation) {
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        EligibilityRules.Context context = new EligibilityRules.Context(
                LocalDate.now(clock), terms::regionAndAncestors, terms::sectorLabel, terms::regionLabel);
        return catalog.published(ItemType.MAATREGEL).stream()
                .map(FinderService::facts)
                .map(facts -> EligibilityRules.evaluate(facts, situation, context))
                .toList();
    }

    static MeasureFacts facts(Item item) {
        MeasureDetails m = item.measure();
        return new MeasureFacts(
                ItemCard.of(item),
                item.classification().themeCodesWithAncestors(),
                Set.copyOf(m.getStatutes()),
                m.getMinEmployees(),
                m.getMaxEmployees(),
                m.getSectors().stream().map(Sector::getCode).collect(Collectors.toSet()),
                m.getRegions().stream().map(Region::getCode).collect(Collectors.toSet()),
                m.getValidFrom(),
                m.getValidUntil(),
                List.copyOf(m.getSelfChecks()),
                new MeasureFacts.Support(
                        m.getKind() == null ? null : m.getKind().label(),
                        m.getCompetence() == null ? null : m.getCompetence().label(),
                        m.getMaxEur(),
                        m.getPercentage(),
                        m.getSupportForm(),
                        m.getApplyWho(),
                        m.getApplyUrl(),
                        Trust.of(item),
                        item.verification().isNeedsVerification()));
    }
}
