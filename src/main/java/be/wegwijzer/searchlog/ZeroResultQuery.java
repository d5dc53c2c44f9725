package be.wegwijzer.searchlog;

import java.time.Instant;

/**
 * A query that found nothing in a week: candidates for a synonym, or for content nobody has written yet.
 *
 * @param withFilters how many of those searches also had filters (which may be the reason they found nothing)
 * @param lastSeen    the latest of those searches, to the hour
 */
public record ZeroResultQuery(String query, long searches, long withFilters, Instant lastSeen) {}
