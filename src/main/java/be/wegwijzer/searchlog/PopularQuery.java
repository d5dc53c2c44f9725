package be.wegwijzer.searchlog;

/**
 * A query and how it fared in a week.
 *
 * @param averageResults results per search, averaged
 * @param clicked        searches after which a hit was opened
 */
public record PopularQuery(String query, long searches, double averageResults, long clicked) {

    /** Share of the searches that led to an opened hit, 0 to 1. */
    public double clickRate() {
        return searches == 0 ? 0 : clicked / (double) searches;
    }
}
