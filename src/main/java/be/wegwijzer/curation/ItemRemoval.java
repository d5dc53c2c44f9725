package be.wegwijzer.curation;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import java.util.List;

/**
 * What taking an item away would mean, shown to the editor before they confirm. A draft that was never published is
 * deleted; an item that was ever public is archived, so its address, its history and what pointed to it stay
 * explainable. Deleting removes the item from other items' related lists and successor fields (each such item gets a
 * revision saying so); it is refused while the item is an organisation that owns items or has accounts or proposals,
 * because those would be left without an owner. Archiving keeps every reference; public pages leave archived items out.
 *
 * @param blockers why it cannot be taken away now, in Dutch; empty when it can
 */
public record ItemRemoval(long itemId, String title, Action action, List<Reference> references, List<String> blockers) {

    public enum Action {
        /** A draft that was never published: it goes, its history stays in the revision tables. */
        DELETE,
        /** Once published: offline, out of search, history and references kept; can be published again. */
        ARCHIVE,
        /** Already archived. */
        NONE
    }

    /** How another item points to this one. */
    public enum Kind {
        RELATED("noemt het bij de gerelateerde items"),
        OWNER("heeft het als organisatie (eigenaar of aanbieder)"),
        SUCCESSOR("noemt het als opvolger (vervangen door)"),
        VERIFIER("werd door deze organisatie nagekeken");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Another item that points to this one. */
    public record Reference(long id, String title, ItemType type, ItemStatus status, Kind kind) {}

    public boolean allowed() {
        return action != Action.NONE && blockers.isEmpty();
    }
}
