package be.wegwijzer.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/**
 * What an item is about and for whom: themes, audiences, sectors, regions, company sizes, level and cost. The
 * facets of the search and the matching of the Steunzoeker and the quick scan read it. A renamed theme does not
 * reindex every item that has it (shallow dependencies); the taxonomy sync reindexes them itself.
 */
@Embeddable
public class Classification {

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "item_theme",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Theme> themes = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "item_audience",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "audience_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Audience> audiences = new LinkedHashSet<>();

    /** Explicit sectors; empty with {@link #allSectors} means every sector. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "item_sector",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Sector> sectors = new LinkedHashSet<>();

    @Column(name = "all_sectors", nullable = false)
    private boolean allSectors;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "item_region",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Region> regions = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "item_size", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "size", length = 20)
    private Set<CompanySize> sizes = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 20)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost", length = 20)
    private Cost cost;

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Collection<Theme> themes) {
        this.themes.clear();
        this.themes.addAll(themes);
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(Collection<Audience> audiences) {
        this.audiences.clear();
        this.audiences.addAll(audiences);
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(Collection<Sector> sectors) {
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public boolean isAllSectors() {
        return allSectors;
    }

    public void setAllSectors(boolean allSectors) {
        this.allSectors = allSectors;
    }

    public Set<Region> getRegions() {
        return regions;
    }

    public void setRegions(Collection<Region> regions) {
        this.regions.clear();
        this.regions.addAll(regions);
    }

    public Set<CompanySize> getSizes() {
        return sizes;
    }

    public void setSizes(Collection<CompanySize> sizes) {
        this.sizes.clear();
        this.sizes.addAll(sizes);
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public Cost getCost() {
        return cost;
    }

    public void setCost(Cost cost) {
        this.cost = cost;
    }

    /** Theme codes with their ancestors, so a parent theme finds the items of its sub-themes. */
    public Set<String> themeCodesWithAncestors() {
        Set<String> codes = new LinkedHashSet<>();
        themes.forEach(t -> t.withAncestors().forEach(a -> codes.add(a.getCode())));
        return codes;
    }
}
