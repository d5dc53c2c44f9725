package be.wegwijzer.catalog;

/**
 * Names of the analyzers and index fields of the one full-text index over all items. The analyzers are
 * defined in the search feature ({@code DutchAnalysisConfigurer}); the fields are mapped on {@link Item} and, for computed values, in {@link ItemIndexBinder}.
 */
public final class ItemIndex {

    /** Index-time Dutch analysis: lowercase, accent folding, compound splitting, stemming. */
    public static final String DUTCH = "dutch";
    /** Query-time Dutch analysis: as {@link #DUTCH} without compound splitting (parts would widen the query). */
    public static final String DUTCH_QUERY = "dutch_query";
    /** Type-ahead: edge n-grams of each word, lowercase and folded. */
    public static final String AUTOCOMPLETE = "autocomplete";

    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";
    /** Keyword normaliser for sorting and exact title match. */
    public static final String SORT = "sort";

    public static final String TITLE = "title";
    public static final String TITLE_EXACT = "title_exact";
    public static final String TITLE_SORT = "title_sort";
    public static final String TITLE_AUTOCOMPLETE = "title_autocomplete";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";
    /** Title, summary and body as plain lowercase words, not stemmed: the vocabulary "bedoelde je" suggests from. */
    public static final String SPELL = "spell";

    public static final String TYPE = "type";
    public static final String STATUS = "status";
    public static final String THEME = "theme";
    public static final String AUDIENCE = "audience";
    public static final String SECTOR = "sector";
    public static final String REGION = "region";
    public static final String SIZE = "size";
    public static final String LEVEL = "level";
    public static final String COST = "cost";
    /** Type-specific kind: measure kind, tool form, organisation kind or activity kind (its code). */
    public static final String KIND = "kind";

    public static final String PUBLISHED_AT = "publishedAt";
    /** The newest day the item is known to hold: its check, else the last day its source date can mean. */
    public static final String CURRENT_AS_OF = "currentAsOf";

    public static final String DEADLINE = "deadline";
    public static final String VALID_UNTIL = "validUntil";
    public static final String OWNER = "owner";
    /** The owner organisation's name, only for showing in results. */
    public static final String OWNER_NAME = "ownerName";
    /** The labels of the item's own themes, only for showing in results. */
    public static final String THEME_LABELS = "themeLabels";
    /** A measure's first day or an activity's last day: with the deadline, enough to tell open from ended. */
    public static final String PERIOD_OTHER = "periodOther";

    public static final String REVIEW_BY = "reviewBy";
    public static final String UPDATED_AT = "updatedAt";

    private ItemIndex() {}
}
