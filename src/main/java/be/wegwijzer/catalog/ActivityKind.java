package be.wegwijzer.catalog;

/** What kind of activity it is. */
public enum ActivityKind implements Coded {
    EVENEMENT("evenement", "Evenement"),
    CAMPAGNE("campagne", "Campagne"),
    WEBINAR("webinar", "Webinar"),
    NETWERKMOMENT("netwerkmoment", "Netwerkmoment"),
    OPLEIDING("opleiding", "Opleiding"),
    THEMA_IN_DE_KIJKER("thema-in-de-kijker", "Thema in de kijker");

    private final String code;
    private final String label;

    ActivityKind(String code, String label) {
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
