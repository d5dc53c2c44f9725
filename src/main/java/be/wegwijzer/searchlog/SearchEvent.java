package be.wegwijzer.searchlog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One search on {@code /zoeken}. The click is a column on the same row rather than a table of clicks: the reports
 * only ask whether a search led anywhere and how far down, so one row per search keeps every report a single grouped
 * query, and there is no trail of clicks with their own times. Only the first click counts.
 */
@Entity
@Table(name = "search_event")
class SearchEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Random per search, made on the server; not tied to a session or person. */
    @Column(name = "search_id", nullable = false, updatable = false, length = 36)
    private String searchId;

    /** To the hour: enough for weeks, "last seen" and retention, too coarse to match a web server's access log. */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "iso_week", nullable = false, updatable = false, length = 8)
    private String isoWeek;

    @Column(name = "query_text", nullable = false, updatable = false, length = LoggedSearch.MAX_QUERY_LENGTH)
    private String query;

    @Column(name = "filters", nullable = false, updatable = false, length = LoggedSearch.MAX_FILTERS_LENGTH)
    private String filters;

    @Column(name = "audience", updatable = false, length = LoggedSearch.MAX_AUDIENCE_LENGTH)
    private String audience;

    @Column(name = "result_count", nullable = false, updatable = false)
    private int resultCount;

    /** No item had all words, so the results have some of them. */
    @Column(name = "relaxed", nullable = false, updatable = false)
    private boolean relaxed;

    /** 1-based rank, over all pages, of the first hit opened; null while nothing was opened. */
    @Column(name = "clicked_rank")
    private Integer clickedRank;

    protected SearchEvent() {}

    SearchEvent(UUID searchId, Instant at, ZoneId zone, LoggedSearch search, long resultCount, boolean relaxed) {
        this.searchId = searchId.toString();
        this.occurredAt = at.truncatedTo(ChronoUnit.HOURS);
        this.isoWeek = IsoWeek.of(at.atZone(zone).toLocalDate()).toString();
        this.query = search.query();
        this.filters = search.filters();
        this.audience = search.audience();
        this.resultCount = (int) Math.min(Integer.MAX_VALUE, Math.max(0, resultCount));
        this.relaxed = relaxed;
    }

    Long getId() {
        return id;
    }

    String getSearchId() {
        return searchId;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getIsoWeek() {
        return isoWeek;
    }

    String getQuery() {
        return query;
    }

    String getFilters() {
        return filters;
    }

    String getAudience() {
        return audience;
    }

    int getResultCount() {
        return resultCount;
    }

    boolean isRelaxed() {
        return relaxed;
    }

    Integer getClickedRank() {
        return clickedRank;
    }
}
