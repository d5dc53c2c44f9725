package be.wegwijzer.searchlog;

/** A query that found something in a week, but after which nobody opened a hit: the results may not fit the question. */
public record UnclickedQuery(String query, long searches, double averageResults) {}
