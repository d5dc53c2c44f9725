package be.wegwijzer.itempage;

import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Set;

/**
 * A group of items around an item page: how to tackle it, what to read (rules, reports, guides), who did it, what
 * support exists, who helps.
 *
 * @param kind     which group
 * @param items    explicit relations first, then similar items that fill the group
 */
public record Bundle(Kind kind, List<ItemCard> items) {

    /** The groups in the order the page shows them, with the types each holds. */
    public enum Kind {
        HOW("bundle.how", Set.of(ItemType.TOOL, ItemType.FICHE)),
        LIBRARY("bundle.library", Set.of(ItemType.PUBLICATIE)),
        WHO_DID_IT("bundle.who", Set.of(ItemType.PRAKTIJK)),
        SUPPORT("bundle.support", Set.of(ItemType.MAATREGEL)),
        HELPERS("bundle.helpers", Set.of(ItemType.ORGANISATIE)),
        ACTIVITIES("bundle.activities", Set.of(ItemType.ACTIVITEIT));

        private final String headingKey;
        private final Set<ItemType> types;

        Kind(String headingKey, Set<ItemType> types) {
            this.headingKey = headingKey;
            this.types = types;
        }

        public String headingKey() {
            return headingKey;
        }

        public Set<ItemType> types() {
            return types;
        }

        /** Activities come only from explicit relations: a similar past event is no suggestion. */
        boolean filledWithSimilar() {
            return this != ACTIVITIES;
        }
    }
}
