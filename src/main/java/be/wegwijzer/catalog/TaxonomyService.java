package be.wegwijzer.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The taxonomies as an in-memory snapshot: small, read on every search and page, changed only by imports
 * and administrators (which publish a {@link TaxonomyChangedEvent}).
 */
@Service
public class TaxonomyService {

    private final ThemeRepository themes;
    private final AudienceRepository audiences;
    private final SectorRepository sectors;
    private final RegionRepository regions;
    private final TransactionTemplate transaction;
    private volatile Snapshot snapshot;

    TaxonomyService(
            ThemeRepository themes,
            AudienceRepository audiences,
            SectorRepository sectors,
            RegionRepository regions,
            PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
        this.themes = themes;
        this.audiences = audiences;
        this.sectors = sectors;
        this.regions = regions;
    }

    /** A term with its depth in its tree (0 = top level), in display order. */
    public record Term(String code, String label, String explanation, String parentCode, int depth) {}

    /** All taxonomies, each list in display order (trees depth-first). */
    public record Snapshot(
            List<Term> themes,
            List<Term> audiences,
            List<Term> sectors,
            List<Term> regions,
            Map<String, List<String>> jointCommittees) {

        public Optional<Term> theme(String code) {
            return themes.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        public Optional<Term> audience(String code) {
            return audiences.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        public Optional<Term> sector(String code) {
            return sectors.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        public Optional<Term> region(String code) {
            return regions.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        /** A region and every region it lies in, nearest first: limburg, vlaanderen, belgie. */
        public Set<String> regionAndAncestors(String code) {
            Set<String> chain = new LinkedHashSet<>();
            String current = code;
            while (current != null && chain.add(current)) {
                String child = current;
                current = regions.stream()
                        .filter(r -> r.code().equals(child))
                        .findFirst()
                        .map(Term::parentCode)
                        .orElse(null);
            }
            return chain;
        }

        public String sectorLabel(String code) {
            return sector(code).map(Term::label).orElse(code);
        }

        public String regionLabel(String code) {
            return region(code).map(Term::label).orElse(code);
        }

        public List<Term> childThemes(String parentCode) {
            return themes.stream()
                    .filter(t -> parentCode.equals(t.parentCode()))
                    .toList();
        }

        /**
         * The themes a visitor picks from: the four outcomes and six risk factors, then every other top-level theme.
         * The groups that only hold the outcomes or the risk factors are left out; their children stand for them.
         */
        public List<Term> mainThemes() {
            List<Term> main = new ArrayList<>();
            for (Term top : themes.stream().filter(t -> t.depth() == 0).toList()) {
                List<Term> children = childThemes(top.code());
                boolean monitorGroup = !children.isEmpty()
                        && children.stream()
                                .allMatch(c ->
                                        Theme.OUTCOMES.contains(c.code()) || Theme.RISK_FACTORS.contains(c.code()));
                if (monitorGroup) {
                    main.addAll(children);
                } else {
                    main.add(top);
                }
            }
            return main;
        }
    }

    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    @EventListener(TaxonomyChangedEvent.class)
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot load() {
        return transaction.execute(status -> {
            List<Term> themeTerms = tree(themes.findAllByOrderBySortOrderAscLabelAsc().stream()
                    .map(t -> new Term(
                            t.getCode(),
                            t.getLabel(),
                            t.getExplanation(),
                            t.getParent() == null ? null : t.getParent().getCode(),
                            0))
                    .toList());
            List<Term> regionTerms = tree(regions.findAllByOrderBySortOrderAscLabelAsc().stream()
                    .map(r -> new Term(
                            r.getCode(),
                            r.getLabel(),
                            null,
                            r.getParent() == null ? null : r.getParent().getCode(),
                            0))
                    .toList());
            List<Term> audienceTerms = audiences.findAllByOrderBySortOrderAscLabelAsc().stream()
                    .map(a -> new Term(a.getCode(), a.getLabel(), a.getExplanation(), null, 0))
                    .toList();
            List<Sector> allSectors = sectors.findAll().stream()
                    .sorted(Comparator.comparing(Sector::getLabel))
                    .toList();
            Map<String, List<String>> pcs = new LinkedHashMap<>();
            allSectors.forEach(s -> pcs.put(s.getCode(), s.getJointCommittees()));
            List<Term> sectorTerms = allSectors.stream()
                    .map(s -> new Term(s.getCode(), s.getLabel(), s.getExplanation(), null, 0))
                    .toList();
            return new Snapshot(themeTerms, audienceTerms, sectorTerms, regionTerms, pcs);
        });
    }

    /** Orders terms depth-first (children after their parent, keeping the given order) and sets their depth. */
    private static List<Term> tree(List<Term> terms) {
        Map<String, List<Term>> children = new LinkedHashMap<>();
        terms.forEach(t ->
                children.computeIfAbsent(t.parentCode(), k -> new ArrayList<>()).add(t));
        List<Term> ordered = new ArrayList<>();
        addChildren(children, null, 0, ordered);
        return List.copyOf(ordered);
    }

    private static void addChildren(Map<String, List<Term>> children, String parent, int depth, List<Term> out) {
        for (Term t : children.getOrDefault(parent, List.of())) {
            out.add(new Term(t.code(), t.label(), t.explanation(), t.parentCode(), depth));
            addChildren(children, t.code(), depth + 1, out);
        }
    }
}
