package be.wegwijzer.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to published content for the public pages. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ItemRepository items;
    private final AudienceRepository audiences;

    CatalogService(ItemRepository items, AudienceRepository audiences) {
        this.items = items;
        this.audiences = audiences;
    }

    /** Every published item of a type, e.g. all measures for the Steunzoeker; read inside the caller's transaction. */
    public List<Item> published(ItemType type) {
        return items.findByTypeAndPublicationStatus(type, ItemStatus.GEPUBLICEERD);
    }

    /** An organisation in any status, for linking an account to it. */
    public Optional<Item> organisation(String slug) {
        return items.findByTypeAndSlug(ItemType.ORGANISATIE, slug);
    }

    /** Every organisation in any status, slug to title, by title: for pickers in the back office. */
    public Map<String, String> organisationTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        items.findByTypeOrderByTitleAsc(ItemType.ORGANISATIE).forEach(o -> titles.put(o.getSlug(), o.getTitle()));
        return titles;
    }

    /** An audience with its page content. */
    public Optional<Audience> audience(String code) {
        return audiences.findById(code);
    }

    /** The public page of a published item, or empty when there is none at this address. */
    public Optional<ItemPage> publishedPage(ItemType type, String slug) {
        return items.findByTypeAndSlug(type, slug).filter(Item::isPublished).map(this::page);
    }

    /**
     * The published items among these slugs, by slug, read inside the caller's transaction: for lists whose entries
     * come from the search index but need facts the index does not keep (the open API's source and verification).
     */
    public Map<String, Item> publishedBySlug(Collection<String> slugs) {
        Map<String, Item> found = new HashMap<>();
        if (!slugs.isEmpty()) {
            items.findBySlugIn(slugs).stream().filter(Item::isPublished).forEach(i -> found.put(i.getSlug(), i));
        }
        return found;
    }

    /** How to reach published organisations, by slug: their own channels only. */
    public Map<String, OrganisationContact> organisationContacts(Collection<String> slugs) {
        Map<String, OrganisationContact> contacts = new HashMap<>();
        items.findBySlugIn(slugs).stream()
                .filter(i -> i.getType() == ItemType.ORGANISATIE && i.isPublished())
                .forEach(i -> {
                    OrganisationDetails o = i.organisation();
                    contacts.put(
                            i.getSlug(),
                            new OrganisationContact(
                                    o.getKind() == null ? null : o.getKind().label(),
                                    o.getWeb(),
                                    o.getEmail(),
                                    o.getPhone(),
                                    o.getWorkArea().stream()
                                            .map(Region::getLabel)
                                            .toList()));
                });
        return contacts;
    }

    /**
     * The page of an item in any status, for editors who preview a draft exactly as the public will see it.
     * Roles are named as strings here: the catalog does not depend on the security feature.
     */
    @jakarta.annotation.security.RolesAllowed({"REDACTEUR", "BEHEERDER", "BIJDRAGER"})
    public Optional<ItemPage> anyPage(long id) {
        return items.findById(id).map(this::page);
    }

    /**
     * Every published item, for the sitemap, the feeds and the calendars; read inside the caller's transaction (the
     * portal holds hundreds of items, not millions).
     */
    public List<Item> allPublished() {
        return items.findByPublicationStatus(ItemStatus.GEPUBLICEERD);
    }

    /** The published items among these slugs, in the order of the slugs; read inside the caller's transaction. */
    public List<Item> publishedIn(List<String> slugs) {
        Map<String, Item> bySlug = new HashMap<>();
        items.findBySlugIn(slugs).stream().filter(Item::isPublished).forEach(i -> bySlug.put(i.getSlug(), i));
        return slugs.stream().map(bySlug::get).filter(i -> i != null).toList();
    }

    /**
     * An item that was public once and is now archived at this address, with what replaces it when that is public:
     * such an address answers "gone" rather than "not found".
     */
    public Optional<WithdrawnItem> withdrawn(ItemType type, String slug) {
        return items.findByTypeAndSlug(type, slug)
                .filter(i -> i.getStatus() == ItemStatus.GEARCHIVEERD)
                .map(i -> {
                    Item successor =
                            i.getType() == ItemType.MAATREGEL ? i.measure().getReplacedBy() : null;
                    return new WithdrawnItem(
                            i.getTitle(), successor != null && successor.isPublished() ? ItemCard.of(successor) : null);
                });
    }

    public long countPublished() {
        return items.countByPublicationStatus(ItemStatus.GEPUBLICEERD);
    }

    private ItemPage page(Item item) {
        initialize(item);
        Set<Item> related = new LinkedHashSet<>();
        item.getRelated().stream().filter(Item::isPublished).forEach(related::add);
        related.addAll(items.findPublishedRelatingTo(item));
        if (item.getOwner() != null && item.getOwner().isPublished()) {
            related.remove(item.getOwner());
        }
        Map<ItemType, List<ItemCard>> grouped = new EnumMap<>(ItemType.class);
        related.forEach(r ->
                grouped.computeIfAbsent(r.getType(), t -> new ArrayList<>()).add(ItemCard.of(r)));
        List<ItemCard> offers = item.getType() == ItemType.ORGANISATIE
                ? items.findPublishedOwnedBy(item).stream().map(ItemCard::of).toList()
                : List.of();
        return new ItemPage(item, grouped, offers);
    }

    /** Loads what the page reads, so the view never triggers lazy loading outside a transaction. */
    private static void initialize(Item item) {
        Hibernate.initialize(item.classification().getThemes());
        Hibernate.initialize(item.classification().getAudiences());
        Hibernate.initialize(item.classification().getSectors());
        Hibernate.initialize(item.classification().getRegions());
        Hibernate.initialize(item.classification().getSizes());
        Hibernate.initialize(item.getLinks());
        Hibernate.initialize(item.getRelated());
        if (item.getOwner() != null) {
            Hibernate.initialize(item.getOwner());
        }
        if (item.verification().getVerifiedBy() != null) {
            Hibernate.initialize(item.verification().getVerifiedBy());
        }
        item.details().loadForPage();
    }
}
