package be.wegwijzer.search;

import java.util.List;

/**
 * Items of a saved search that are new or changed in a period.
 *
 * @param total how many there are
 * @param hits  the first of them, latest change first
 */
public record ChangedItems(long total, List<ItemHit> hits) {

    public ChangedItems {
        hits = List.copyOf(hits);
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
