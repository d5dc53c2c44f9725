package be.wegwijzer.curation;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.itemfile.ItemSource;
import java.time.Instant;
import java.util.List;

/**
 * An item as the editor works on it: its content in the content-file form, plus its place in the workflow.
 *
 * @param version the version the editor opened; saving with an older one is a conflict
 */
public record EditorItem(
        Long id,
        ItemSource source,
        ItemStatus status,
        long version,
        Instant updatedAt,
        Instant publishAt,
        Instant withdrawAt,
        Instant editedInPortalAt,
        String lastChangedBy,
        List<Step> history,
        Contact contact) {

    /** One workflow step. */
    public record Step(ItemStatus from, ItemStatus to, String actor, Instant at, String comment) {}

    /** A practice's contact person, kept only with consent. */
    public record Contact(String name, String email, boolean consent) {
        public static final Contact NONE = new Contact(null, null, false);
    }
}
