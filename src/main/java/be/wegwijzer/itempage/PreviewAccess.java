package be.wegwijzer.itempage;

/**
 * Who may see an item's page before it is published. The curation feature answers: it knows the drafts and who
 * edits them. Declared here so the public item page does not depend on the back office.
 */
public interface PreviewAccess {

    /** Whether the current user may preview the item; false for an unknown item too. */
    boolean mayPreview(long itemId);
}
