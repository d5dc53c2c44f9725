package be.wegwijzer.linkcheck;

/** Outcome of the last check of a link, with a Dutch label for the editors' dashboards. */
public enum LinkStatus {
    /** Answers 2xx, directly or after temporary redirects only. */
    OK("In orde"),
    /** Answers 4xx or 5xx. */
    BROKEN("Kapot"),
    /** Works, but moved permanently (301/308): the link should be updated to the final address. */
    REDIRECTED("Verhuisd"),
    /** No connection or no answer within the time-out. */
    TIMEOUT("Geen antwoord"),
    /** Anything else: unknown host, refused connection, certificate problem, redirect loop, invalid address. */
    ERROR("Fout");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every status but {@link #OK} needs an editor's attention. */
    public boolean needsAttention() {
        return this != OK;
    }
}
