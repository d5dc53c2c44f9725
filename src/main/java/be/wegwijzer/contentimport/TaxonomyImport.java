package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.AudienceEntry;
import be.wegwijzer.catalog.AudienceRepository;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.RegionRepository;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.SectorRepository;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.ThemeRepository;
import be.wegwijzer.itemfile.Taxonomy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Writes the four taxonomies of the content files, inside the import's transaction: {@link #addAndUpdate} before
 * the items, {@link #deleteObsolete} and {@link #applyAudienceHighlights} after them.
 */
@Component
class TaxonomyImport {

    private final ThemeSync themes;
    private final AudienceSync audiences;
    private final SectorSync sectors;
    private final RegionSync regions;

    @PersistenceContext
    private EntityManager entityManager;

    TaxonomyImport(
            ThemeRepository themes, AudienceRepository audiences, SectorRepository sectors, RegionRepository regions) {
        this.themes = new ThemeSync(themes);
        this.audiences = new AudienceSync(audiences);
        this.sectors = new SectorSync(sectors);
        this.regions = new RegionSync(regions);
    }

    /** Inserts and updates taxonomy terms; returns whether anything changed. */
    boolean addAndUpdate(TaxonomySource source) {
        boolean changed = regions.addAndUpdate(source.regions(), entityManager);
        changed |= themes.addAndUpdate(source.themes(), entityManager);
        changed |= audiences.addAndUpdate(source.audiences(), entityManager);
        changed |= sectors.addAndUpdate(source.sectors(), entityManager);
        return changed;
    }

    /** The stored terms by code, for the items to point to. */
    Taxonomy stored() {
        return Taxonomy.of(themes.all(), audiences.all(), sectors.all(), regions.all());
    }

    /** Deletes the terms the files no longer have; returns whether there were any. Runs after the items moved off them. */
    boolean deleteObsolete(TaxonomySource source) {
        List<Theme> obsoleteThemes = themes.obsolete(source.themes());
        List<Region> obsoleteRegions = regions.obsolete(source.regions());
        List<Audience> obsoleteAudiences = audiences.obsolete(source.audiences());
        List<Sector> obsoleteSectors = sectors.obsolete(source.sectors());
        entityManager.flush();
        themes.delete(obsoleteThemes);
        regions.delete(obsoleteRegions);
        audiences.delete(obsoleteAudiences);
        sectors.delete(obsoleteSectors);
        entityManager.flush();
        return !(obsoleteThemes.isEmpty()
                && obsoleteRegions.isEmpty()
                && obsoleteAudiences.isEmpty()
                && obsoleteSectors.isEmpty());
    }

    /** The items each audience page highlights; a reference to an item that is not there is left out. */
    void applyAudienceHighlights(TaxonomySource source, Map<String, Item> bySlug) {
        Map<String, Audience> byCode = audiences.byCode();
        for (TaxonomySource.AudienceSource a : source.audiences()) {
            byCode.get(a.code())
                    .setHighlights(a.highlights().stream()
                            .map(ref -> bySlug.get(ref.substring(ref.indexOf('/') + 1)))
                            .filter(Objects::nonNull)
                            .toList());
        }
    }

    private static final class ThemeSync extends TaxonomySync<TaxonomySource.ThemeSource, Theme> {

        ThemeSync(ThemeRepository themes) {
            super(themes, Theme::getCode);
        }

        @Override
        String code(TaxonomySource.ThemeSource entry) {
            return entry.code();
        }

        @Override
        String parentCode(TaxonomySource.ThemeSource entry) {
            return entry.parent();
        }

        @Override
        Theme create(String code) {
            return new Theme(code);
        }

        @Override
        boolean differs(Theme theme, TaxonomySource.ThemeSource t, Theme parent) {
            return !Objects.equals(theme.getLabel(), t.label())
                    || !Objects.equals(theme.getExplanation(), t.explanation())
                    || theme.getParent() != parent
                    || theme.getSortOrder() != t.order();
        }

        @Override
        void update(Theme theme, TaxonomySource.ThemeSource t, Theme parent) {
            theme.update(t.label(), t.explanation(), parent, t.order());
        }

        @Override
        void detachFromParent(Theme theme) {
            theme.update(theme.getLabel(), theme.getExplanation(), null, theme.getSortOrder());
        }
    }

    private static final class RegionSync extends TaxonomySync<TaxonomySource.RegionSource, Region> {

        RegionSync(RegionRepository regions) {
            super(regions, Region::getCode);
        }

        @Override
        String code(TaxonomySource.RegionSource entry) {
            return entry.code();
        }

        @Override
        String parentCode(TaxonomySource.RegionSource entry) {
            return entry.parent();
        }

        @Override
        Region create(String code) {
            return new Region(code);
        }

        @Override
        boolean differs(Region region, TaxonomySource.RegionSource r, Region parent) {
            return !Objects.equals(region.getLabel(), r.label())
                    || region.getParent() != parent
                    || region.getSortOrder() != r.order();
        }

        @Override
        void update(Region region, TaxonomySource.RegionSource r, Region parent) {
            region.update(r.label(), parent, r.order());
        }

        @Override
        void detachFromParent(Region region) {
            region.update(region.getLabel(), null, region.getSortOrder());
        }
    }

    private static final class AudienceSync extends TaxonomySync<TaxonomySource.AudienceSource, Audience> {

        AudienceSync(AudienceRepository audiences) {
            super(audiences, Audience::getCode);
        }

        @Override
        String code(TaxonomySource.AudienceSource entry) {
            return entry.code();
        }

        @Override
        Audience create(String code) {
            return new Audience(code);
        }

        @Override
        boolean differs(Audience audience, TaxonomySource.AudienceSource a, Audience parent) {
            return !Objects.equals(audience.getLabel(), a.label())
                    || !Objects.equals(audience.getExplanation(), a.explanation())
                    || audience.getSortOrder() != a.order();
        }

        @Override
        void update(Audience audience, TaxonomySource.AudienceSource a, Audience parent) {
            audience.update(a.label(), a.explanation(), a.order());
        }

        /** The page content is not copied into item documents, so it does not count as a taxonomy change. */
        @Override
        void updateOwnContent(Audience audience, TaxonomySource.AudienceSource a) {
            audience.updatePage(
                    a.intro(),
                    a.entries().stream()
                            .map(e -> new AudienceEntry(e.label(), AudienceEntries.searchOf(e)))
                            .toList());
        }
    }

    private static final class SectorSync extends TaxonomySync<TaxonomySource.SectorSource, Sector> {

        SectorSync(SectorRepository sectors) {
            super(sectors, Sector::getCode);
        }

        @Override
        String code(TaxonomySource.SectorSource entry) {
            return entry.code();
        }

        @Override
        Sector create(String code) {
            return new Sector(code);
        }

        @Override
        boolean differs(Sector sector, TaxonomySource.SectorSource s, Sector parent) {
            return !Objects.equals(sector.getLabel(), s.label())
                    || !Objects.equals(sector.getExplanation(), s.explanation())
                    || !sector.getJointCommittees().equals(s.jointCommittees())
                    || sector.getSortOrder() != s.order();
        }

        @Override
        void update(Sector sector, TaxonomySource.SectorSource s, Sector parent) {
            sector.update(s.label(), s.explanation(), s.jointCommittees(), s.order());
        }
    }
}
