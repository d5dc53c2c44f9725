package be.wegwijzer.catalog;

/** Who the visitor is, for the eligibility rules of measures. */
public enum Statute implements Coded {
    WERKGEVER("werkgever", "Werkgever"),
    ZELFSTANDIGE("zelfstandige", "Zelfstandige"),
    WERKNEMER("werknemer", "Werknemer"),
    INTERMEDIAIR("intermediair", "Intermediair");

    private final String code;
    private final String label;

    Statute(String code, String label) {
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
