package be.wegwijzer.alerts;

/** What a subscription follows. A theme or an audience is a search with that one filter. */
public enum AlertKind {
    /** New and changed items of a saved search, in a weekly or monthly digest. */
    SEARCH,
    /** A reminder some days before a measure's closing date. */
    DEADLINE
}
