package be.wegwijzer.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItemRepository extends JpaRepository<Item, Long> {

    Optional<Item> findBySlug(String slug);

    Optional<Item> findByTypeAndSlug(ItemType type, String slug);

    List<Item> findBySlugIn(Collection<String> slugs);

    long countByPublicationStatus(ItemStatus status);

    List<Item> findByPublicationStatus(ItemStatus status);

    List<Item> findByTypeAndPublicationStatus(ItemType type, ItemStatus status);

    long countByTypeAndPublicationStatus(ItemType type, ItemStatus status);

    /** Published items that list {@code item} among their related items: relations count in both directions. */
    @Query(
            "select i from Item i join i.related r where r = :item and i.publication.status = be.wegwijzer.catalog.ItemStatus.GEPUBLICEERD")
    List<Item> findPublishedRelatingTo(Item item);

    /** Items in any status that list {@code item} among their related items. */
    @Query("select i from Item i join i.related r where r = :item")
    List<Item> findRelatingTo(Item item);

    /** Measures that name {@code item} as their successor. */
    @Query("select i from Item i where i.parts.measure.replacedBy = :item")
    List<Item> findReplacedBy(Item item);

    @Query(
            "select i from Item i where i.owner = :organisation and i.publication.status = be.wegwijzer.catalog.ItemStatus.GEPUBLICEERD")
    List<Item> findPublishedOwnedBy(Item organisation);

    List<Item> findByOwner(Item organisation);

    /** Items whose last check was done by {@code organisation}. */
    @Query("select i from Item i where i.verification.verifiedBy = :organisation")
    List<Item> findVerifiedBy(Item organisation);

    List<Item> findByTypeOrderByTitleAsc(ItemType type);

    List<Item> findByPublicationPublishAtLessThanEqual(Instant moment);

    List<Item> findByPublicationWithdrawAtLessThanEqual(Instant moment);

    /** Measures whose application period has passed and that were not closed yet. */
    @Query(
            "select i from Item i where i.type = be.wegwijzer.catalog.ItemType.MAATREGEL and i.parts.measure.validUntil < :today "
                    + "and i.parts.measure.closedAt is null")
    List<Item> findEndedMeasuresNotClosed(LocalDate today);
}
