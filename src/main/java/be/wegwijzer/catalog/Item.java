package be.wegwijzer.catalog;

import be.wegwijzer.base.Markdown;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One content item of any of the six types. Type-specific details live in embedded parts; only the part
 * of the item's own type is filled. All items share one search index (see {@link ItemIndex}).
 */
@Entity
@Table(name = "item")
@Indexed(index = "item")
@Audited
public class Item {

    public static final int SLUG_MAX_LENGTH = 80;
    public static final int TITLE_MAX_LENGTH = 150;
    public static final int SUMMARY_MAX_LENGTH = 300;
    public static final int SOURCE_MAX_LENGTH = 500;
    public static final int VERIFICATION_NOTE_MAX_LENGTH = 1000;

    /** Token in the facet fields for "applies to every sector/region". */
    public static final String ALL = "alle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @DocumentId
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    @KeywordField(name = ItemIndex.TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES, sortable = Sortable.YES)
    private ItemType type;

    @Column(name = "slug", nullable = false, unique = true, length = SLUG_MAX_LENGTH)
    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    @FullTextField(name = ItemIndex.TITLE, analyzer = ItemIndex.DUTCH, searchAnalyzer = ItemIndex.DUTCH_QUERY,
            projectable = Projectable.YES, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = ItemIndex.TITLE_AUTOCOMPLETE, analyzer = ItemIndex.AUTOCOMPLETE,
            searchAnalyzer = ItemIndex.AUTOCOMPLETE_QUERY)
    @KeywordField(name = ItemIndex.TITLE_SORT, normalizer = ItemIndex.SORT, sortable = Sortable.YES)
    private String title;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX_LENGTH)
    @FullTextField(name = ItemIndex.SUMMARY, analyzer = ItemIndex.DUTCH, searchAnalyzer = ItemIndex.DUTCH_QUERY,
            projectable = Projectable.YES, highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String summary;

    /** Markdown. */
    @Lob
    @Column(name = "body", nullable = false, columnDefinition = "longtext")
    private String body = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    @KeywordField(name = ItemIndex.STATUS, projectable = Projectable.YES)
    private ItemStatus status = ItemStatus.GEPUBLICEERD;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "item_theme", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Theme> themes = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "item_audience", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "audience_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Audience> audiences = new LinkedHashSet<>();

    /** Explicit sectors; empty with {@link #allSectors} means every sector. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "item_sector", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Sector> sectors = new LinkedHashSet<>();

    @Column(name = "all_sectors", nullable = false)
    private boolean allSectors;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "item_region", joinColumns = @JoinColumn(name = "item_id"),
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
    @KeywordField(name = ItemIndex.LEVEL, aggregable = Aggregable.YES)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost", length = 20)
    @KeywordField(name = ItemIndex.COST, aggregable = Aggregable.YES)
    private Cost cost;

    /** The organisation that owns or offers this item. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Item owner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "item_related", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    private List<Item> related = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "item_link", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @Column(name = "source", nullable = false, length = SOURCE_MAX_LENGTH)
    private String source;

    @Column(name = "last_verified", nullable = false)
    @GenericField(name = ItemIndex.LAST_VERIFIED, sortable = Sortable.YES)
    private LocalDate lastVerified;

    @Column(name = "review_by")
    @GenericField(name = ItemIndex.REVIEW_BY, sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate reviewBy;

    @Column(name = "needs_verification", nullable = false)
    private boolean needsVerification;

    @Column(name = "verification_note", length = VERIFICATION_NOTE_MAX_LENGTH)
    private String verificationNote;

    @Column(name = "published_at")
    @GenericField(name = ItemIndex.PUBLISHED_AT, sortable = Sortable.YES)
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(name = ItemIndex.UPDATED_AT, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant updatedAt;

    /** SHA-256 of the content file this item was last imported from; null when never imported. */
    @Column(name = "content_hash", length = 64)
    @NotAudited
    private String contentHash;

    /** When an editor last changed the item in the portal; a later file import does not silently overwrite it. */
    @Column(name = "edited_in_portal_at")
    @NotAudited
    private Instant editedInPortalAt;

    /** Publication planned by an editor; the scheduler publishes the item at this moment. */
    @Column(name = "publish_at")
    private Instant publishAt;

    /** Withdrawal planned by an editor; the scheduler archives the item at this moment. */
    @Column(name = "withdraw_at")
    private Instant withdrawAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private MeasureDetails measure = new MeasureDetails();

    @Embedded
    private PracticeDetails practice = new PracticeDetails();

    @Embedded
    private ToolDetails tool = new ToolDetails();

    @Embedded
    private OrganisationDetails organisation = new OrganisationDetails();

    @Embedded
    private ActivityDetails activity = new ActivityDetails();

    protected Item() {
    }

    public Item(ItemType type, String slug, Instant now) {
        this.type = type;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- derived index fields -------------------------------------------------------------------------

    /** Body as plain text, for full-text search and snippets. */
    @Transient
    @FullTextField(name = ItemIndex.BODY, analyzer = ItemIndex.DUTCH, searchAnalyzer = ItemIndex.DUTCH_QUERY,
            projectable = Projectable.YES, highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getBodyText() {
        return Markdown.toPlainText(body);
    }

    /** The words of title, summary and body as written (not stemmed), for spelling suggestions. */
    @Transient
    @FullTextField(name = ItemIndex.SPELL, analyzer = ItemIndex.AUTOCOMPLETE_QUERY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getSpellingText() {
        return title + "\n" + summary + "\n" + getBodyText();
    }

    /** Words that describe the item without being in its text: labels of its taxonomy terms, owner, kind. */
    @Transient
    @FullTextField(name = ItemIndex.KEYWORDS, analyzer = ItemIndex.DUTCH, searchAnalyzer = ItemIndex.DUTCH_QUERY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "themes")),
            @ObjectPath(@PropertyValue(propertyName = "sectors")),
            @ObjectPath(@PropertyValue(propertyName = "owner")),
            @ObjectPath(@PropertyValue(propertyName = "type"))})
    public String getKeywords() {
        List<String> words = new ArrayList<>();
        words.add(type.label());
        themes.forEach(t -> words.add(t.getLabel()));
        sectors.forEach(s -> {
            words.add(s.getLabel());
            s.getJointCommittees().forEach(pc -> words.add("PC " + pc));
        });
        if (owner != null) {
            words.add(owner.getTitle());
        }
        kindLabel().ifPresent(words::add);
        return String.join(" | ", words);
    }

    /** Theme codes with their ancestors, so filtering on a parent theme finds items of its sub-themes. */
    @Transient
    @KeywordField(name = ItemIndex.THEME, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
    public Set<String> getThemeCodesWithAncestors() {
        Set<String> codes = new LinkedHashSet<>();
        themes.forEach(t -> t.withAncestors().forEach(a -> codes.add(a.getCode())));
        return codes;
    }

    @Transient
    @KeywordField(name = ItemIndex.AUDIENCE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "audiences")))
    public Set<String> getAudienceCodes() {
        return codes(audiences.stream().map(Audience::getCode));
    }

    /** Sector codes, or {@link #ALL} when the item is for every sector (the search adds it to any sector filter). */
    @Transient
    @KeywordField(name = ItemIndex.SECTOR, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "sectors")),
            @ObjectPath(@PropertyValue(propertyName = "allSectors"))})
    public Set<String> getSectorCodes() {
        return allSectors || sectors.isEmpty() ? Set.of(ALL) : codes(sectors.stream().map(Sector::getCode));
    }

    /** Regions the item applies to, with every region inside them; {@link #ALL} when none is given. */
    @Transient
    @KeywordField(name = ItemIndex.REGION, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")))
    public Set<String> getRegionCodesWithDescendants() {
        if (regions.isEmpty()) {
            return Set.of(ALL);
        }
        return codes(regions.stream().flatMap(r -> r.withDescendants().stream()).map(Region::getCode));
    }

    /** Size bands; an item without sizes is for every size. */
    @Transient
    @KeywordField(name = ItemIndex.SIZE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sizes")))
    public Set<String> getSizeCodes() {
        Collection<CompanySize> effective = sizes.isEmpty() ? EnumSet.allOf(CompanySize.class) : sizes;
        return codes(effective.stream().map(CompanySize::code));
    }

    /** The owner organisation's slug, for the editors' filter. */
    @Transient
    @KeywordField(name = ItemIndex.OWNER)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "owner")))
    public String getOwnerSlug() {
        return owner == null ? null : owner.getSlug();
    }

    @Transient
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "owner")))
    public String getOwnerName() {
        return owner == null ? null : owner.getTitle();
    }

    @Transient
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
    public List<String> getThemeLabels() {
        return themes.stream().map(Theme::getLabel).toList();
    }

    /** The date that matters for "sort by deadline": a measure's last day to apply, an activity's start. */
    @Transient
    @GenericField(name = ItemIndex.DEADLINE, sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({@PropertyValue(propertyName = "measure"), @PropertyValue(propertyName = "validUntil")}),
            @ObjectPath({@PropertyValue(propertyName = "activity"), @PropertyValue(propertyName = "start")})})
    public LocalDate getDeadline() {
        return switch (type) {
            case MAATREGEL -> measure().getValidUntil();
            case ACTIVITEIT -> activity().getStart();
            default -> null;
        };
    }

    /** Start of the measure's validity, or the activity's end: with the deadline, enough to tell open/ended. */
    @Transient
    @GenericField(projectable = Projectable.YES, searchable = Searchable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({@PropertyValue(propertyName = "measure"), @PropertyValue(propertyName = "validFrom")}),
            @ObjectPath({@PropertyValue(propertyName = "activity"), @PropertyValue(propertyName = "end")})})
    public LocalDate getPeriodOther() {
        return switch (type) {
            case MAATREGEL -> measure().getValidFrom();
            case ACTIVITEIT -> activity().getEnd();
            default -> null;
        };
    }

    /** The code of the type-specific kind, e.g. {@code sectorfonds} or {@code thema-in-de-kijker}. */
    @Transient
    @KeywordField(name = ItemIndex.KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({@PropertyValue(propertyName = "measure"), @PropertyValue(propertyName = "kind")}),
            @ObjectPath({@PropertyValue(propertyName = "tool"), @PropertyValue(propertyName = "form")}),
            @ObjectPath({@PropertyValue(propertyName = "organisation"), @PropertyValue(propertyName = "kind")}),
            @ObjectPath({@PropertyValue(propertyName = "activity"), @PropertyValue(propertyName = "kind")})})
    public String getKindCode() {
        Coded kind = switch (type) {
            case MAATREGEL -> measure().getKind();
            case TOOL -> tool().getForm();
            case ORGANISATIE -> organisation().getKind();
            case ACTIVITEIT -> activity().getKind();
            default -> null;
        };
        return kind == null ? null : kind.code();
    }

    // ---- behaviour --------------------------------------------------------------------------------------

    public java.util.Optional<String> kindLabel() {
        return java.util.Optional.ofNullable(switch (type) {
            case MAATREGEL -> measure().getKind() == null ? null : measure().getKind().label();
            case TOOL -> tool().getForm() == null ? null : tool().getForm().label();
            case ORGANISATIE -> organisation().getKind() == null ? null : organisation().getKind().label();
            case ACTIVITEIT -> activity().getKind() == null ? null : activity().getKind().label();
            default -> null;
        });
    }

    /** All kind codes in one place: the URL and index form of the type-specific kinds. */
    public static java.util.List<Coded> kinds(ItemType type) {
        return switch (type) {
            case MAATREGEL -> java.util.List.of(MeasureKind.values());
            case TOOL -> java.util.List.of(ToolForm.values());
            case ORGANISATIE -> java.util.List.of(OrganisationKind.values());
            case ACTIVITEIT -> java.util.List.of(ActivityKind.values());
            default -> java.util.List.of();
        };
    }

    /**
     * Moves the item to another type (its content file moved to another folder). The details of the other
     * types are dropped so no stale data of the old type stays behind.
     */
    public void changeType(ItemType newType) {
        this.type = newType;
        clearDetailsOfOtherTypes();
    }

    public void clearDetailsOfOtherTypes() {
        if (type != ItemType.MAATREGEL) {
            measure = new MeasureDetails();
        }
        if (type != ItemType.PRAKTIJK) {
            practice = new PracticeDetails();
        }
        if (type != ItemType.TOOL) {
            tool = new ToolDetails();
        }
        if (type != ItemType.ORGANISATIE) {
            organisation = new OrganisationDetails();
        }
        if (type != ItemType.ACTIVITEIT) {
            activity = new ActivityDetails();
        }
    }

    public boolean isPublished() {
        return status == ItemStatus.GEPUBLICEERD;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = ItemStatus.GEPUBLICEERD;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    /** Relates this item to others, never to itself, without duplicates, keeping the given order. */
    public void setRelated(List<Item> items) {
        related.clear();
        items.stream().filter(i -> i != this).distinct().forEach(related::add);
    }

    private static Set<String> codes(Stream<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        codes.forEach(result::add);
        return result;
    }

    // ---- accessors --------------------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public ItemType getType() {
        return type;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

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

    public Item getOwner() {
        return owner;
    }

    public void setOwner(Item owner) {
        this.owner = owner;
    }

    public List<Item> getRelated() {
        return related;
    }

    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links.clear();
        this.links.addAll(links);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(LocalDate lastVerified) {
        this.lastVerified = lastVerified;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public boolean isNeedsVerification() {
        return needsVerification;
    }

    public void setNeedsVerification(boolean needsVerification) {
        this.needsVerification = needsVerification;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    public long getVersion() {
        return version;
    }

    public Instant getEditedInPortalAt() {
        return editedInPortalAt;
    }

    public void markEditedInPortal(Instant now) {
        this.editedInPortalAt = now;
        this.updatedAt = now;
    }

    /** After a file import the files and the database agree again. */
    public void clearEditedInPortal() {
        this.editedInPortalAt = null;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(Instant publishAt) {
        this.publishAt = publishAt;
    }

    public Instant getWithdrawAt() {
        return withdrawAt;
    }

    public void setWithdrawAt(Instant withdrawAt) {
        this.withdrawAt = withdrawAt;
    }

    /** Never null: Hibernate leaves an embedded part null when all its columns are null. */
    public MeasureDetails measure() {
        if (measure == null) {
            measure = new MeasureDetails();
        }
        return measure;
    }

    public PracticeDetails practice() {
        if (practice == null) {
            practice = new PracticeDetails();
        }
        return practice;
    }

    public ToolDetails tool() {
        if (tool == null) {
            tool = new ToolDetails();
        }
        return tool;
    }

    public OrganisationDetails organisation() {
        if (organisation == null) {
            organisation = new OrganisationDetails();
        }
        return organisation;
    }

    public ActivityDetails activity() {
        if (activity == null) {
            activity = new ActivityDetails();
        }
        return activity;
    }

    /** Path of the public page, e.g. {@code /tool/werkbaarheidsmonitor}. */
    public String path() {
        return "/" + type.segment() + "/" + slug;
    }

    @Override
    public String toString() {
        return type.folder() + "/" + slug;
    }
}
