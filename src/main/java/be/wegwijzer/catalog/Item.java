package be.wegwijzer.catalog;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * One content item of any of the six types: identity, common fields and state; the fields of its type in
 * {@link #details()}. One search index for all items: stored fields mapped here, computed ones in {@link ItemIndexBinder}.
 */
@Entity
@Table(name = "item")
@Indexed(index = "item")
@TypeBinding(binder = @TypeBinderRef(type = ItemIndexBinder.class))
@Audited
public class Item {

    public static final int SLUG_MAX_LENGTH = 80;
    public static final int TITLE_MAX_LENGTH = 150;
    public static final int SUMMARY_MAX_LENGTH = 300;

    /** Token in the facet fields for "applies to every sector/region". */
    public static final String ALL = "alle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @DocumentId
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    @KeywordField(
            name = ItemIndex.TYPE,
            aggregable = Aggregable.YES,
            projectable = Projectable.YES,
            sortable = Sortable.YES)
    private ItemType type;

    @Column(name = "slug", nullable = false, unique = true, length = SLUG_MAX_LENGTH)
    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    @FullTextField(
            name = ItemIndex.TITLE,
            analyzer = ItemIndex.DUTCH,
            searchAnalyzer = ItemIndex.DUTCH_QUERY,
            projectable = Projectable.YES,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(
            name = ItemIndex.TITLE_AUTOCOMPLETE,
            analyzer = ItemIndex.AUTOCOMPLETE,
            searchAnalyzer = ItemIndex.AUTOCOMPLETE_QUERY)
    @KeywordField(name = ItemIndex.TITLE_SORT, normalizer = ItemIndex.SORT, sortable = Sortable.YES)
    private String title;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX_LENGTH)
    @FullTextField(
            name = ItemIndex.SUMMARY,
            analyzer = ItemIndex.DUTCH,
            searchAnalyzer = ItemIndex.DUTCH_QUERY,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String summary;

    /** Markdown. */
    @Lob
    @Column(name = "body", nullable = false, columnDefinition = "longtext")
    private String body = "";

    @Embedded
    private Publication publication = new Publication();

    @Embedded
    private Classification classification = new Classification();

    /** The organisation that owns or offers this item. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Item owner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "item_related",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    private List<Item> related = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "item_link", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @Embedded
    private Verification verification = new Verification();

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    private TypeParts parts = new TypeParts();

    protected Item() {}

    public Item(ItemType type, String slug, Instant now) {
        this.type = type;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- behaviour --------------------------------------------------------------------------------------

    /** The details of the item's own type; those of the other types are always empty. */
    public TypeDetails details() {
        return parts().of(type);
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
        parts().keepOnly(type);
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Relates this item to others, never to itself, without duplicates, keeping the given order. */
    public void setRelated(List<Item> items) {
        related.clear();
        items.stream().filter(i -> i != this).distinct().forEach(related::add);
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

    /** Never null: each of these parts has a column that is never null, so Hibernate always creates it. */
    public Publication publication() {
        return publication;
    }

    public ItemStatus getStatus() {
        return publication().getStatus();
    }

    public boolean isPublished() {
        return publication().isPublished();
    }

    public Classification classification() {
        return classification;
    }

    public Verification verification() {
        return verification;
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

    /** For a measure: whether one can apply today ({@link MeasureStatus#of}); null for other types. */
    public MeasureStatus measureStatus(LocalDate today) {
        if (type != ItemType.MAATREGEL) {
            return null;
        }
        MeasureDetails m = measure();
        return MeasureStatus.of(
                m.getValidFrom(), m.getValidUntil(), verification.currentAsOf().orElse(null), today);
    }

    public MeasureDetails measure() {
        return parts().measure();
    }

    public PracticeDetails practice() {
        return parts().practice();
    }

    public ToolDetails tool() {
        return parts().tool();
    }

    public OrganisationDetails organisation() {
        return parts().organisation();
    }

    public ActivityDetails activity() {
        return parts().activity();
    }

    /** A library item's facts; not to be confused with {@link #publication()}, where the item stands in the workflow. */
    public PublicationDetails publicationDetails() {
        return parts().publication();
    }

    /** Never null: Hibernate leaves an embedded part null when all its columns are null. */
    private TypeParts parts() {
        if (parts == null) {
            parts = new TypeParts();
        }
        return parts;
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
