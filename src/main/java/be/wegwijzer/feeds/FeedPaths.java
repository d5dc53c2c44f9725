package be.wegwijzer.feeds;

import be.wegwijzer.catalog.ItemType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the portal's feeds and calendars, in one place: the controllers answer them, the pages link to
 * them. The feed of a search lives beside the search URL ({@code search.SearchUrl.FEED_PATH}), so that the search page
 * can offer it without depending on this feature.
 */
public final class FeedPaths {

    public static final String NEW = "/feeds/nieuw.atom";
    public static final String AGENDA = "/agenda.ics";
    public static final String DEADLINES = "/deadlines.ics";

    private FeedPaths() {}

    public static String audienceFeed(String code) {
        return "/feeds/doelgroep/" + encode(code) + ".atom";
    }

    public static String themeFeed(String code) {
        return "/feeds/thema/" + encode(code) + ".atom";
    }

    public static String audienceAgenda(String code) {
        return "/agenda/doelgroep/" + encode(code) + ".ics";
    }

    public static String themeAgenda(String code) {
        return "/agenda/thema/" + encode(code) + ".ics";
    }

    public static String audienceDeadlines(String code) {
        return "/deadlines/doelgroep/" + encode(code) + ".ics";
    }

    public static String themeDeadlines(String code) {
        return "/deadlines/thema/" + encode(code) + ".ics";
    }

    /** "Zet in je agenda": one activity, or one measure's closing date, as a calendar file of one event. */
    public static String event(ItemType type, String slug) {
        return "/kalender/" + type.segment() + "/" + encode(slug) + ".ics";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
