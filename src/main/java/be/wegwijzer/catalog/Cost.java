package be.wegwijzer.catalog;

/** What using the item costs the reader. */
public enum Cost implements Coded {
    GRATIS("gratis", "Gratis"),
    BETALEND("betalend", "Betalend"),
    GESUBSIDIEERD("gesubsidieerd", "Gesubsidieerd");

    private final String code;
    private final String label;

    Cost(String code, String label) {
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
