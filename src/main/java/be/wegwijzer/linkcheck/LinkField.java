package be.wegwijzer.linkcheck;

/** Where in an item a link sits, named as in the content files so editors find it. */
public enum LinkField {
    LINK("links"),
    APPLY_URL("aanvragen.url"),
    WEBSITE("contact.web"),
    REGISTER_URL("inschrijven"),
    READ_URL("lezen");

    private final String contentField;

    LinkField(String contentField) {
        this.contentField = contentField;
    }

    /** The field in the item's content file. */
    public String contentField() {
        return contentField;
    }
}
