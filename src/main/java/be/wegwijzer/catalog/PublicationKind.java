package be.wegwijzer.catalog;

/** What kind of publication a library item is. */
public enum PublicationKind implements Coded {
    REGELGEVING("regelgeving", "Wet of regelgeving"),
    CAO("cao", "Cao"),
    CONVENANT("convenant", "Convenant"),
    ACTIEPLAN("actieplan", "Actieplan"),
    ONDERZOEKSRAPPORT("onderzoeksrapport", "Onderzoeksrapport"),
    GIDS("gids", "Gids"),
    BROCHURE("brochure", "Brochure"),
    TOOLKIT("toolkit", "Toolkit");

    private final String code;
    private final String label;

    PublicationKind(String code, String label) {
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
