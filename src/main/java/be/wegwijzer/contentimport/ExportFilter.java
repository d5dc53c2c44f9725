package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import java.util.Set;

/**
 * Which items an export contains. An empty set or a null owner does not restrict; the conditions that are given
 * must all hold.
 *
 * @param owner slug of an organisation: its own item and the items it owns ({@code organisatie:})
 */
public record ExportFilter(Set<ItemType> types, Set<ItemStatus> statuses, String owner) {

    public ExportFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** Every item. */
    public static ExportFilter all() {
        return new ExportFilter(Set.of(), Set.of(), null);
    }

    public boolean includes(Item item) {
        return (types.isEmpty() || types.contains(item.getType()))
                && (statuses.isEmpty() || statuses.contains(item.getStatus()))
                && (owner == null
                        || isOwner(item)
                        || (item.getOwner() != null
                                && owner.equals(item.getOwner().getSlug())));
    }

    private boolean isOwner(Item item) {
        return item.getType() == ItemType.ORGANISATIE && owner.equals(item.getSlug());
    }
}
