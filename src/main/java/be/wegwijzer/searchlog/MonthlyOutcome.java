package be.wegwijzer.searchlog;

/**
 * How the searches for one query with one set of filters ended in one month.
 *
 * @param month       yyyy-MM
 * @param query       the normalised words (see {@link LoggedSearch})
 * @param filters     the canonical filter string, e.g. {@code thema=werkdruk&type=tool}
 * @param zeroResults searches that found nothing
 * @param unclicked   searches that found something but led to no opened hit
 */
public record MonthlyOutcome(String month, String query, String filters, long zeroResults, long unclicked) {}
