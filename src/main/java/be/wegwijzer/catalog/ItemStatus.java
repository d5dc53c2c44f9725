package be.wegwijzer.catalog;

/** Editorial status; only published items are public. */
public enum ItemStatus implements Coded {
    CONCEPT("concept", "Concept"),
    TER_REVIEW("ter-review", "Ter review"),
    GEPUBLICEERD("gepubliceerd", "Gepubliceerd"),
    GEARCHIVEERD("gearchiveerd", "Gearchiveerd");

    private final String code;
    private final String label;

    ItemStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
