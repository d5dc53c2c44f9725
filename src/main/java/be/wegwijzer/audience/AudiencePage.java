package be.wegwijzer.audience;

import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.search.ItemHit;
import java.util.List;

/**
 * What the page of one audience shows.
 *
 * @param entries   "Ik wil …" entry points with the search they open
 * @param newest    the most recently published items for this audience
 * @param openCalls open support for this audience, nearest deadline first
 */
public record AudiencePage(
        String code,
        String label,
        String intro,
        List<Entry> entries,
        List<ItemCard> highlights,
        List<ItemHit> newest,
        List<ItemHit> openCalls,
        long itemCount) {

    public record Entry(String label, String href) {}
}
