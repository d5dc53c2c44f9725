package be.wegwijzer.base.web;

/**
 * Addresses of the e-mail alert pages ({@code be.wegwijzer.alerts}), here because pages of other features link to
 * them (search, theme, audience and measure pages) and the security set-up lets the one-click unsubscribe through.
 */
public final class AlertPaths {

    /** The subscribe form; takes the search page's parameters, or {@link #MEASURE} for a deadline reminder. */
    public static final String SUBSCRIBE = "op-de-hoogte";
    /** The measure (its slug) a deadline reminder is for. */
    public static final String MEASURE = "maatregel";

    public static final String CONFIRM = "op-de-hoogte/bevestigen";
    public static final String MANAGE = "op-de-hoogte/mijn";
    public static final String UNSUBSCRIBE = "op-de-hoogte/uitschrijven";
    /**
     * RFC 8058 one-click unsubscribe: mail programs POST here without a session or CSRF token (the unguessable token
     * in the address is the proof), so CSRF protection is off for this path only.
     */
    public static final String ONE_CLICK = "op-de-hoogte/afmelden";

    private AlertPaths() {}

    /** The subscribe form for a search, given its query string as the search page writes it (may be empty). */
    public static String subscribe(String searchQueryString) {
        return "/" + SUBSCRIBE
                + (searchQueryString == null || searchQueryString.isEmpty() ? "" : "?" + searchQueryString);
    }

    /** The subscribe form for a reminder before a measure's closing date. */
    public static String remind(String measureSlug) {
        return "/" + SUBSCRIBE + "?" + MEASURE + "=" + measureSlug;
    }
}
