package be.wegwijzer.security;

/**
 * What someone who logs in may do. The names are the Spring Security roles ({@code ROLE_REDACTEUR} …); the
 * constants below are for {@code @RolesAllowed} on views and services.
 */
public enum Role {
    /** Sector consultant or intermediary: proposes new items and edits, which go to review, for their organisation. */
    BIJDRAGER("Bijdrager"),
    /**
     * Intermediary: answers the visitors' questions sent to their organisation (the question inbox). Like a
     * contributor, the account belongs to one organisation ({@link UserAccount#getOrganisation()}).
     */
    BEMIDDELAAR("Bemiddelaar"),
    /** Editor: edits, reviews and publishes everything. */
    REDACTEUR("Redacteur"),
    /** Administrator: users, taxonomies and everything an editor does. */
    BEHEERDER("Beheerder");

    public static final String CONTRIBUTOR = "BIJDRAGER";
    public static final String INTERMEDIARY = "BEMIDDELAAR";
    public static final String EDITOR = "REDACTEUR";
    public static final String ADMIN = "BEHEERDER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an account with this role acts for one organisation, which it must then name. */
    public boolean belongsToOrganisation() {
        return this == BIJDRAGER || this == BEMIDDELAAR;
    }
}
