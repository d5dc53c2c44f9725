package be.wegwijzer.searchlog;

/**
 * The searches of one week in numbers.
 *
 * @param searches     all searches, with or without words
 * @param withoutWords browsing with filters only
 * @param zeroResults  searches that found nothing
 * @param clicked      searches after which a hit was opened
 */
public record WeekSummary(long searches, long withoutWords, long zeroResults, long clicked) {}
