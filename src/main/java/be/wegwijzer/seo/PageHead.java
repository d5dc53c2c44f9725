package be.wegwijzer.seo;

import java.util.List;
import java.util.Map;

/**
 * What the first response of a page says about it, before any script runs: its status, title, description,
 * canonical address, whether it belongs in a search index, its breadcrumbs, structured data, the feeds it announces
 * and the content written into the page shell (which the Vaadin view then replaces).
 *
 * @param status         200, 404 (no such page) or 410 (an item that was withdrawn)
 * @param title          the document title, or null to leave Vaadin's
 * @param canonicalPath  the one address of this page ({@code /zoeken} for every search), or null for none
 * @param indexable      false: {@code noindex} (search results, personal scan results, login, back office)
 * @param ogType         Open Graph type: {@code website} or {@code article}
 * @param structuredData schema.org nodes, each written as its own JSON-LD script
 * @param content        the page's main content for readers without JavaScript, or null for none
 */
record PageHead(
        int status,
        String title,
        String description,
        String canonicalPath,
        boolean indexable,
        String ogType,
        List<Crumb> crumbs,
        List<Map<String, Object>> structuredData,
        List<Alternate> alternates,
        Content content) {

    /** A feed or calendar the page announces with {@code <link rel="alternate">}. */
    record Alternate(String type, String title, String path) {

        static final String ATOM = "application/atom+xml";
        static final String CALENDAR = "text/calendar";
    }

    /** A link in the content: to an owner, a replacement, a calendar file. */
    record Link(String label, String path) {}

    /** A question and its answer. */
    record Question(String question, String answer) {}

    /**
     * The readable content: a heading, the lead paragraph, the main text as safe HTML (or null), links, questions.
     *
     * @param kind a short label above the heading (the item's type), or null
     */
    record Content(
            String kind, String heading, String lead, String bodyHtml, List<Link> links, List<Question> questions) {

        static Content of(String heading, String lead) {
            return new Content(null, heading, lead, null, List.of(), List.of());
        }
    }
}
