package be.wegwijzer.scan;

import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.finder.FinderService;
import be.wegwijzer.finder.Match;
import be.wegwijzer.finder.RuleOutcome;
import be.wegwijzer.finder.Situation;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.ItemSearchRepository.SimilarRequest;
import be.wegwijzer.search.SearchService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quick scan: scores answers, finds a bundle per point to act on, and keeps a result only when the visitor
 * asks for a link. Kept results expire after {@link #RETENTION}.
 */
@Service
public class ScanService {

    static final Duration RETENTION = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuickScan scan = QuickScan.load();
    private final SearchService search;
    private final FinderService finder;
    private final ScanResultRepository results;
    private final Clock clock;

    ScanService(SearchService search, FinderService finder, ScanResultRepository results, Clock clock) {
        this.search = search;
        this.finder = finder;
        this.results = results;
        this.clock = clock;
    }

    public QuickScan definition() {
        return scan;
    }

    public ActionPlan plan(List<Integer> answers, ScanContext context) {
        ScanScoring.Profile profile = ScanScoring.score(scan, answers);
        List<Match> fitting = finder.evaluateAll(situation(context)).stream()
                .filter(m -> m.fit() == Match.Fit.FITS)
                .toList();
        Set<String> shown = new HashSet<>();
        List<ActionPlan.Point> points = new ArrayList<>();
        for (ScanScoring.DimensionScore score : profile.priorities()) {
            QuickScan.Dimension dimension = scan.dimension(score.code());
            List<String> themes = new ArrayList<>();
            themes.add(dimension.code());
            themes.addAll(dimension.related());
            ItemCard tool = first(ItemType.TOOL, themes, context, shown);
            ItemCard practice = first(ItemType.PRAKTIJK, themes, context, shown);
            ItemCard measure = bestMeasure(fitting, themes, shown)
                    .orElseGet(() -> first(ItemType.MAATREGEL, themes, context, shown));
            ItemCard organisation = first(ItemType.ORGANISATIE, themes, context, shown);
            points.add(new ActionPlan.Point(score, dimension, tool, practice, measure, organisation));
        }
        return new ActionPlan(profile, points, List.copyOf(answers), context);
    }

    /** Keeps the answers behind a new unguessable token; returns the token. */
    @Transactional
    public String keep(List<Integer> answers, ScanContext context) {
        ScanScoring.score(scan, answers); // refuses answers that do not fit the scan
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        results.save(new ScanResult(token, answers, context, clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<ActionPlan> kept(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        return results.findById(token).flatMap(r -> {
            try {
                return Optional.of(plan(r.answers(), r.context()));
            } catch (IllegalArgumentException e) {
                // kept under an older version of the scan with other statements
                return Optional.empty();
            }
        });
    }

    @Scheduled(cron = "0 30 3 * * *")
    @Transactional
    public void forgetExpired() {
        results.deleteCreatedBefore(clock.instant().minus(RETENTION));
    }

    /** The scan is about "our company": an employer, unless the company profile says otherwise. */
    private static Situation situation(ScanContext context) {
        Statute statute =
                context.employees() != null && context.employees() == 0 ? Statute.ZELFSTANDIGE : Statute.WERKGEVER;
        return new Situation(statute, context.employees(), context.sector(), context.region(), Set.of());
    }

    /** A measure that fits, about this dimension rather than a related theme, with the least left to check. */
    private static Optional<ItemCard> bestMeasure(List<Match> fitting, List<String> themes, Set<String> shown) {
        Optional<Match> best = fitting.stream()
                .filter(m -> !shown.contains(m.measure().card().slug()))
                .filter(m -> themes.stream().anyMatch(m.measure().themes()::contains))
                .min(Comparator.comparing((Match m) -> !m.measure().themes().contains(themes.getFirst()))
                        .thenComparingInt(
                                m -> m.outcomes(RuleOutcome.Verdict.CHECK).size())
                        .thenComparing(m -> m.measure().card().title()));
        best.ifPresent(m -> shown.add(m.measure().card().slug()));
        return best.map(m -> m.measure().card());
    }

    private ItemCard first(ItemType type, List<String> themes, ScanContext context, Set<String> shown) {
        List<String> sectors = context.sector() == null ? List.of() : List.of(context.sector());
        List<String> sizes = context.employees() == null
                ? List.of()
                : List.of(CompanySize.ofEmployees(context.employees()).code());
        List<ItemHit> hits =
                search.similar(new SimilarRequest(Set.of(type), themes, sectors, sizes, new LinkedHashSet<>(shown), 1));
        if (hits.isEmpty()) {
            return null;
        }
        shown.add(hits.getFirst().slug());
        return hits.getFirst().card();
    }
}
