package be.wegwijzer.search;

/**
 * One value of a facet with the number of results it would give.
 *
 * @param depth 0 for top-level values, more for sub-themes and sub-regions (indentation in the UI)
 */
public record FacetValue(String code, String label, long count, boolean selected, int depth) {}
