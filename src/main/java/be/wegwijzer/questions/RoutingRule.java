package be.wegwijzer.questions;

import be.wegwijzer.catalog.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One routing rule: questions on this theme (or a theme below it), from this sector, in this region (or a region
 * inside it) go to this organisation. An empty code matches every question on that dimension.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    /** Where a rule comes from: the content files (replaced on every import) or an editor (kept). */
    public enum Origin {
        BESTAND,
        REDACTIE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Item organisation;

    @Column(name = "theme_code", length = 80)
    private String theme;

    @Column(name = "sector_code", length = 80)
    private String sector;

    @Column(name = "region_code", length = 80)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    private Origin origin;

    protected RoutingRule() {}

    RoutingRule(Item organisation, String theme, String sector, String region, Origin origin) {
        this.organisation = organisation;
        this.theme = theme;
        this.sector = sector;
        this.region = region;
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public Item getOrganisation() {
        return organisation;
    }

    public String getTheme() {
        return theme;
    }

    public String getSector() {
        return sector;
    }

    public String getRegion() {
        return region;
    }

    public Origin getOrigin() {
        return origin;
    }
}
