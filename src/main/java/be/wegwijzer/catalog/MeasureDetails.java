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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * What a support measure gives, how to apply, how long it runs, and the eligibility conditions the
 * Steunzoeker reasons with. A condition that is empty does not restrict.
 */
@Embeddable
public final class MeasureDetails implements TypeDetails {

    /** Properties that kind(), deadline(), periodOther() and searchText() read: the search index follows them. */
    static final List<String> INDEXED_PROPERTIES = List.of("kind", "validFrom", "validUntil", "faq");

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind", length = 30)
    private MeasureKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_competence", length = 30)
    private Competence competence;

    @Column(name = "measure_max_eur")
    private Integer maxEur;

    @Column(name = "measure_percentage")
    private Integer percentage;

    @Column(name = "measure_support_form", length = 1000)
    private String supportForm;

    @Column(name = "measure_apply_url", length = 1000)
    private String applyUrl;

    @Column(name = "measure_apply_who", length = 500)
    private String applyWho;

    @Column(name = "measure_valid_from")
    private LocalDate validFrom;

    /** Last day to apply; after it the measure is ended. */
    @Column(name = "measure_valid_until")
    private LocalDate validUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_replaced_by_id")
    private Item replacedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "measure_statute", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "statute", length = 30)
    private Set<Statute> statutes = new LinkedHashSet<>();

    @Column(name = "measure_min_employees")
    private Integer minEmployees;

    @Column(name = "measure_max_employees")
    private Integer maxEmployees;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "measure_sector",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Sector> sectors = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "measure_region",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Region> regions = new LinkedHashSet<>();

    /** Set by the scheduler when the application period has passed: the measure is closed, not deleted. */
    @Column(name = "measure_closed_at")
    private Instant closedAt;

    /** Conditions the visitor has to check personally ("ga zelf na"). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "measure_check", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 500)
    private List<String> selfChecks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "measure_faq", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<FaqEntry> faq = new ArrayList<>();

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind;
    }

    public Competence getCompetence() {
        return competence;
    }

    public void setCompetence(Competence competence) {
        this.competence = competence;
    }

    public Integer getMaxEur() {
        return maxEur;
    }

    public void setMaxEur(Integer maxEur) {
        this.maxEur = maxEur;
    }

    public Integer getPercentage() {
        return percentage;
    }

    public void setPercentage(Integer percentage) {
        this.percentage = percentage;
    }

    public String getSupportForm() {
        return supportForm;
    }

    public void setSupportForm(String supportForm) {
        this.supportForm = supportForm;
    }

    public String getApplyUrl() {
        return applyUrl;
    }

    public void setApplyUrl(String applyUrl) {
        this.applyUrl = applyUrl;
    }

    public String getApplyWho() {
        return applyWho;
    }

    public void setApplyWho(String applyWho) {
        this.applyWho = applyWho;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Item getReplacedBy() {
        return replacedBy;
    }

    public void setReplacedBy(Item replacedBy) {
        this.replacedBy = replacedBy;
    }

    public Set<Statute> getStatutes() {
        return statutes;
    }

    public void setStatutes(Set<Statute> statutes) {
        this.statutes.clear();
        this.statutes.addAll(statutes.isEmpty() ? Set.of() : EnumSet.copyOf(statutes));
    }

    public Integer getMinEmployees() {
        return minEmployees;
    }

    public void setMinEmployees(Integer minEmployees) {
        this.minEmployees = minEmployees;
    }

    public Integer getMaxEmployees() {
        return maxEmployees;
    }

    public void setMaxEmployees(Integer maxEmployees) {
        this.maxEmployees = maxEmployees;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(Set<Sector> sectors) {
        this.sectors.clear();
        this.sectors.addAll(sectors);
    }

    public Set<Region> getRegions() {
        return regions;
    }

    public void setRegions(Set<Region> regions) {
        this.regions.clear();
        this.regions.addAll(regions);
    }

    public List<String> getSelfChecks() {
        return selfChecks;
    }

    public void setSelfChecks(List<String> selfChecks) {
        this.selfChecks.clear();
        this.selfChecks.addAll(selfChecks);
    }

    /** Questions and answers shown on the page (as FAQPage data) and found by the search. */
    public List<FaqEntry> getFaq() {
        return faq;
    }

    public void setFaq(List<FaqEntry> faq) {
        this.faq.clear();
        this.faq.addAll(faq);
    }

    @Override
    public String searchText() {
        return FaqEntry.searchText(faq);
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void close(Instant now) {
        this.closedAt = now;
    }

    /** Not open yet on {@code today}. */
    public boolean isUpcoming(LocalDate today) {
        return validFrom != null && today.isBefore(validFrom);
    }

    /** The application period ended before {@code today}. */
    public boolean isEnded(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    /** A last day to apply that is still to come and an offer that was not closed: what a calendar can show. */
    public boolean hasComingDeadline(LocalDate today) {
        return validUntil != null && !isEnded(today) && closedAt == null;
    }

    public boolean isOpen(LocalDate today) {
        return !isUpcoming(today) && !isEnded(today);
    }

    @Override
    public Optional<Coded> kind() {
        return Optional.ofNullable(kind);
    }

    @Override
    public LocalDate deadline() {
        return validUntil;
    }

    @Override
    public LocalDate periodOther() {
        return validFrom;
    }

    @Override
    public void loadForPage() {
        Hibernate.initialize(statutes);
        Hibernate.initialize(sectors);
        Hibernate.initialize(regions);
        Hibernate.initialize(selfChecks);
        Hibernate.initialize(faq);
        if (replacedBy != null) {
            Hibernate.initialize(replacedBy);
        }
    }
}
