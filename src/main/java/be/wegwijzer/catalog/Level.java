package be.wegwijzer.catalog;

/** How far a company already is with the theme. */
public enum Level implements Coded {
    STARTER("starter", "Starter"),
    GEVORDERD("gevorderd", "Gevorderd"),
    EXPERT("expert", "Expert");

    private final String code;
    private final String label;

    Level(String code, String label) {
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
