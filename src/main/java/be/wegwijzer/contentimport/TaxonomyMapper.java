package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.search.SynonymGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stored taxonomy as {@link TaxonomySource}, the inverse of what the importer stores. Entries come in
 * their stored order ({@code volgorde}, then code); themes as a tree, each parent followed by its children,
 * because their {@code volgorde} counts among siblings.
 */
final class TaxonomyMapper {

    private TaxonomyMapper() {}

    /** Synonym groups of files and of editors go into one file, without repeating a group that is in both. */
    static TaxonomySource toSource(
            Collection<Theme> themes,
            Collection<Audience> audiences,
            Collection<Sector> sectors,
            Collection<Region> regions,
            Collection<SynonymGroup> synonyms) {
        List<TaxonomySource.ThemeSource> themeSources = new ArrayList<>();
        addThemeTree(null, themes, themeSources);
        Set<List<String>> groups = new LinkedHashSet<>();
        synonyms.stream()
                .sorted(Comparator.comparing(SynonymGroup::getOrigin)
                        .thenComparing(SynonymGroup::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(g -> groups.add(List.copyOf(g.getWords())));
        return new TaxonomySource(
                themeSources,
                audiences.stream()
                        .sorted(Comparator.comparingInt(Audience::getSortOrder).thenComparing(Audience::getCode))
                        .map(TaxonomyMapper::audience)
                        .toList(),
                sectors.stream()
                        .sorted(Comparator.comparingInt(Sector::getSortOrder).thenComparing(Sector::getCode))
                        .map(s -> new TaxonomySource.SectorSource(
                                s.getCode(),
                                s.getLabel(),
                                text(s.getExplanation()),
                                s.getJointCommittees(),
                                s.getSortOrder()))
                        .toList(),
                regions.stream()
                        .sorted(Comparator.comparingInt(Region::getSortOrder).thenComparing(Region::getCode))
                        .map(r -> new TaxonomySource.RegionSource(
                                r.getCode(),
                                r.getLabel(),
                                r.getParent() == null ? null : r.getParent().getCode(),
                                r.getSortOrder()))
                        .toList(),
                List.copyOf(groups));
    }

    private static void addThemeTree(Theme parent, Collection<Theme> all, List<TaxonomySource.ThemeSource> into) {
        all.stream()
                .filter(t -> parent == null
                        ? t.getParent() == null
                        : t.getParent() != null
                                && parent.getCode().equals(t.getParent().getCode())) // parents are lazy proxies
                .sorted(Comparator.comparingInt(Theme::getSortOrder).thenComparing(Theme::getCode))
                .forEach(t -> {
                    into.add(new TaxonomySource.ThemeSource(
                            t.getCode(),
                            t.getLabel(),
                            text(t.getExplanation()),
                            parent == null ? null : parent.getCode(),
                            t.getSortOrder()));
                    addThemeTree(t, all, into);
                });
    }

    private static TaxonomySource.AudienceSource audience(Audience a) {
        return new TaxonomySource.AudienceSource(
                a.getCode(),
                a.getLabel(),
                text(a.getExplanation()),
                a.getSortOrder(),
                text(a.getIntro()),
                a.getEntries().stream().map(AudienceEntries::entryOf).toList(),
                a.getHighlights().stream().map(ItemMapper::reference).toList());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
