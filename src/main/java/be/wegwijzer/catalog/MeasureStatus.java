package be.wegwijzer.catalog;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whether one can apply for a measure (or call) today, computed from its validity dates and from how current its
 * facts are. A measure without a known end date is only "open" while its newest source or check is at most
 * {@link #STALE_AFTER} old; beyond that nobody knows, and the portal says so instead of "nu aan te vragen".
 */
public enum MeasureStatus {
    /** One can apply today: the period runs, and either its end date is known or its facts are recent. */
    OPEN,
    /** The period starts after today. */
    UPCOMING,
    /** The last day to apply has passed. */
    ENDED,
    /** No end date known and the newest source or check is older than {@link #STALE_AFTER}: ask the organisation. */
    UNKNOWN;

    public static final Period STALE_AFTER = Period.ofYears(2);

    /**
     * @param currentAsOf the newest day the facts are known to hold ({@link Verification#currentAsOf()}), or null
     */
    public static MeasureStatus of(LocalDate validFrom, LocalDate validUntil, LocalDate currentAsOf, LocalDate today) {
        if (validUntil != null && today.isAfter(validUntil)) {
            return ENDED;
        }
        if (validFrom != null && today.isBefore(validFrom)) {
            return UPCOMING;
        }
        if (validUntil == null && !isCurrent(currentAsOf, today)) {
            return UNKNOWN;
        }
        return OPEN;
    }

    /** Facts known to hold on a day at most {@link #STALE_AFTER} before {@code today}. */
    public static boolean isCurrent(LocalDate currentAsOf, LocalDate today) {
        return currentAsOf != null && !currentAsOf.isBefore(staleBefore(today));
    }

    /** The first day that still counts as current on {@code today}. */
    public static LocalDate staleBefore(LocalDate today) {
        return today.minus(STALE_AFTER);
    }
}
