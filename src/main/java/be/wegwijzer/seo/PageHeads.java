package be.wegwijzer.seo;

import be.wegwijzer.base.Markdown;
import be.wegwijzer.base.web.DutchTexts;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.WithdrawnItem;
import be.wegwijzer.feeds.FeedPaths;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, from a page's address alone, what its first response says: the same answer for every visitor and bot.
 * Items, themes and audiences are looked up (an unknown one is a 404, a withdrawn item a 410); the other pages have
 * fixed texts. The Vaadin views decide the same things again when they render; the tests hold both to one answer.
 */
@Service
@Transactional(readOnly = true)
public class PageHeads {

    static final int OK = 200;
    static final int NOT_FOUND = 404;
    static final int GONE = 410;

    private final CatalogService catalog;
    private final TaxonomyService taxonomy;
    private final Clock clock;

    PageHeads(CatalogService catalog, TaxonomyService taxonomy, Clock clock) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /**
     * @param path       the page's path without the context path, e.g. {@code /maatregel/werkbaarheidscheque}
     * @param parameters its query parameters
     * @param base       the portal's public address, for the absolute addresses in the structured data
     */
    PageHead of(String path, Map<String, List<String>> parameters, String base) {
        String clean = path == null ? "" : path.replaceAll("^/+|/+$", "");
        String[] segments = clean.isEmpty() ? new String[0] : clean.split("/");
        if (segments.length == 0) {
            return home(base);
        }
        String first = segments[0];
        if (segments.length == 1) {
            return switch (first) {
                case SearchUrl.PATH -> search(parameters, base);
                case "steunzoeker" ->
                    simple("/steunzoeker", "seo.finder.title", "finder.title", "seo.finder.description", base);
                case "scan" -> simple("/scan", "seo.scan.title", "scan.title", "seo.scan.description", base);
                case "wie-helpt" ->
                    simple("/wie-helpt", "seo.whohelps.title", "whohelps.title", "seo.whohelps.description", base);
                case "themas" -> simple("/themas", "seo.themes.title", "nav.themes", "home.themes.intro", base);
                case "agenda" -> agenda(base);
                case "toegankelijkheid" ->
                    simple(
                            "/toegankelijkheid",
                            "seo.statement.title",
                            "statement.title",
                            "seo.statement.description",
                            base);
                case "login" -> unlisted("seo.login.title", "login.title", "seo.login.description");
                case "beheer", "bijdragen" -> backOffice();
                default -> notFound(base);
            };
        }
        if (first.equals("beheer") || first.equals("bijdragen")) {
            return backOffice();
        }
        if (segments.length == 2) {
            String second = segments[1];
            if (first.equals("thema")) {
                return theme(second, base);
            }
            if (first.equals("voor")) {
                return audience(second, base);
            }
            Optional<ItemType> type = ItemType.fromSegment(first);
            if (type.isPresent()) {
                return item(type.get(), second, base);
            }
        }
        if (segments.length == 3 && first.equals("scan") && segments[1].equals("resultaat")) {
            return unlisted("seo.scanresult.title", "scan.result.title", "seo.scanresult.description");
        }
        return notFound(base);
    }

    private PageHead home(String base) {
        String name = DutchTexts.get("app.name");
        String description = DutchTexts.get("seo.home.description");
        List<Map<String, Object>> data = new ArrayList<>();
        data.add(StructuredData.website(name, description, base));
        data.add(StructuredData.breadcrumbs(List.of(home()), base));
        return new PageHead(
                OK,
                DutchTexts.get("home.pagetitle"),
                description,
                "/",
                true,
                "website",
                List.of(home()),
                data,
                List.of(newFeed()),
                PageHead.Content.of(name, description));
    }

    private PageHead search(Map<String, List<String>> parameters, String base) {
        SearchRequest request = SearchUrl.parse(new QueryParameters(parameters));
        boolean results = !request.query().isBlank() || !request.filters().isEmpty() || request.openOnly();
        String title = request.query().isBlank()
                ? DutchTexts.get("search.pagetitle")
                : DutchTexts.get("search.pagetitle.query", request.query());
        String description = request.query().isBlank()
                ? DutchTexts.get("seo.search.description")
                : DutchTexts.get("seo.search.results.description", request.query());
        List<Crumb> crumbs = List.of(home(), new Crumb(DutchTexts.get("search.title"), "/" + SearchUrl.PATH));
        List<PageHead.Alternate> alternates = new ArrayList<>();
        alternates.add(newFeed());
        alternates.add(new PageHead.Alternate(
                PageHead.Alternate.ATOM, DutchTexts.get("seo.feed.search"), SearchUrl.feedHref(request)));
        return new PageHead(
                OK,
                title,
                description,
                "/" + SearchUrl.PATH,
                !results, // result pages stay out of indexes; the search page itself is in
                "website",
                crumbs,
                List.of(
                        StructuredData.webPage("SearchResultsPage", title, description, base + "/" + SearchUrl.PATH),
                        StructuredData.breadcrumbs(crumbs, base)),
                alternates,
                PageHead.Content.of(DutchTexts.get("search.title"), description));
    }

    private PageHead agenda(String base) {
        PageHead head = simple("/agenda", "seo.agenda.title", "agenda.title", "seo.agenda.description", base);
        List<PageHead.Alternate> alternates = new ArrayList<>(head.alternates());
        alternates.add(new PageHead.Alternate(
                PageHead.Alternate.CALENDAR, DutchTexts.get("feeds.agenda.title"), FeedPaths.AGENDA));
        alternates.add(new PageHead.Alternate(
                PageHead.Alternate.CALENDAR, DutchTexts.get("feeds.deadlines.title"), FeedPaths.DEADLINES));
        return withAlternates(head, alternates);
    }

    private PageHead theme(String code, String base) {
        Optional<TaxonomyService.Term> theme = taxonomy.snapshot().theme(code);
        if (theme.isEmpty()) {
            return notFound(base);
        }
        TaxonomyService.Term term = theme.get();
        String description =
                blank(term.explanation()) ? DutchTexts.get("seo.theme.description", term.label()) : term.explanation();
        String path = "/thema/" + code;
        List<Crumb> crumbs =
                List.of(home(), new Crumb(DutchTexts.get("nav.themes"), "/themas"), new Crumb(term.label(), path));
        return collection(
                DutchTexts.get("theme.pagetitle", term.label()),
                term.label(),
                description,
                path,
                crumbs,
                base,
                DutchTexts.get("feeds.theme.title", term.label()),
                term.label(),
                new Feeds(FeedPaths.themeFeed(code), FeedPaths.themeAgenda(code), FeedPaths.themeDeadlines(code)));
    }

    private PageHead audience(String code, String base) {
        Optional<TaxonomyService.Term> audience = taxonomy.snapshot().audience(code);
        if (audience.isEmpty()) {
            return notFound(base);
        }
        TaxonomyService.Term term = audience.get();
        String description = blank(term.explanation())
                ? DutchTexts.get("seo.audience.description", term.label())
                : term.explanation();
        String path = "/voor/" + code;
        String heading = DutchTexts.get("audience.title", term.label());
        List<Crumb> crumbs = List.of(home(), new Crumb(heading, path));
        return collection(
                DutchTexts.get("audience.pagetitle", term.label()),
                heading,
                description,
                path,
                crumbs,
                base,
                DutchTexts.get("feeds.audience.title", term.label()),
                term.label(),
                new Feeds(
                        FeedPaths.audienceFeed(code),
                        FeedPaths.audienceAgenda(code),
                        FeedPaths.audienceDeadlines(code)));
    }

    /** The addresses of a collection's own Atom feed, activity calendar and deadline calendar. */
    private record Feeds(String atom, String agenda, String deadlines) {}

    /** A theme or audience page: a collection of items with its own feed and calendars. */
    private static PageHead collection(
            String title,
            String heading,
            String description,
            String path,
            List<Crumb> crumbs,
            String base,
            String feedTitle,
            String scope,
            Feeds feeds) {
        return new PageHead(
                OK,
                title,
                description,
                path,
                true,
                "website",
                crumbs,
                List.of(
                        StructuredData.webPage("CollectionPage", heading, description, base + path),
                        StructuredData.breadcrumbs(crumbs, base)),
                List.of(
                        newFeed(),
                        new PageHead.Alternate(PageHead.Alternate.ATOM, feedTitle, feeds.atom()),
                        new PageHead.Alternate(
                                PageHead.Alternate.CALENDAR,
                                DutchTexts.get("feeds.agenda.scoped", scope),
                                feeds.agenda()),
                        new PageHead.Alternate(
                                PageHead.Alternate.CALENDAR,
                                DutchTexts.get("feeds.deadlines.scoped", scope),
                                feeds.deadlines())),
                PageHead.Content.of(heading, description));
    }

    private PageHead item(ItemType type, String slug, String base) {
        Optional<ItemPage> page = catalog.publishedPage(type, slug);
        if (page.isEmpty()) {
            return catalog.withdrawn(type, slug)
                    .map(withdrawn -> gone(withdrawn, base))
                    .orElseGet(() -> notFound(base));
        }
        Item item = page.get().item();
        String path = item.path();
        List<Crumb> crumbs = List.of(
                home(),
                new Crumb(type.pluralLabel(), "/" + SearchUrl.PATH + "?type=" + type.segment()),
                new Crumb(item.getTitle(), path));
        List<Map<String, Object>> data = new ArrayList<>();
        data.add(StructuredData.item(item, base + path, base));
        List<FaqEntry> faq = switch (type) {
            case MAATREGEL -> item.measure().getFaq();
            case TOOL -> item.tool().getFaq();
            default -> List.of();
        };
        Map<String, Object> faqPage = StructuredData.faq(faq);
        if (faqPage != null) {
            data.add(faqPage);
        }
        data.add(StructuredData.breadcrumbs(crumbs, base));

        List<PageHead.Link> links = new ArrayList<>();
        if (item.getOwner() != null && item.getOwner().isPublished()) {
            links.add(new PageHead.Link(
                    DutchTexts.get("seo.item.owner", item.getOwner().getTitle()),
                    item.getOwner().path()));
        }
        if (hasCalendarEvent(item)) {
            links.add(new PageHead.Link(DutchTexts.get("item.calendar"), FeedPaths.event(type, slug)));
        }
        PageHead.Content content = new PageHead.Content(
                type.label(),
                item.getTitle(),
                item.getSummary(),
                Markdown.toSafeHtml(item.getBody()),
                links,
                faq.stream()
                        .map(q -> new PageHead.Question(q.question(), q.answer()))
                        .toList());
        return new PageHead(
                OK,
                DutchTexts.get("item.pagetitle", item.getTitle()),
                item.getSummary(),
                path,
                true,
                "article",
                crumbs,
                data,
                List.of(newFeed()),
                content);
    }

    /** The same rule as the "Zet in je agenda" link on the item page and the calendar file itself. */
    private boolean hasCalendarEvent(Item item) {
        LocalDate today = LocalDate.now(clock);
        return switch (item.getType()) {
            case ACTIVITEIT -> item.activity().getStart() != null;
            case MAATREGEL -> item.measure().hasComingDeadline(today);
            default -> false;
        };
    }

    private PageHead gone(WithdrawnItem withdrawn, String base) {
        List<PageHead.Link> links = new ArrayList<>();
        if (withdrawn.replacement() != null) {
            links.add(new PageHead.Link(
                    DutchTexts.get(
                            "item.gone.replacement", withdrawn.replacement().title()),
                    withdrawn.replacement().path()));
        }
        links.add(new PageHead.Link(DutchTexts.get("notfound.all"), "/" + SearchUrl.PATH));
        List<Crumb> crumbs = List.of(home());
        return new PageHead(
                GONE,
                DutchTexts.get("seo.gone.title"),
                DutchTexts.get("item.gone.text", withdrawn.title()),
                null,
                false,
                "website",
                crumbs,
                List.of(StructuredData.breadcrumbs(crumbs, base)),
                List.of(newFeed()),
                new PageHead.Content(
                        null,
                        DutchTexts.get("item.gone.title"),
                        DutchTexts.get("item.gone.text", withdrawn.title()),
                        null,
                        links,
                        List.of()));
    }

    private PageHead notFound(String base) {
        List<Crumb> crumbs = List.of(home());
        return new PageHead(
                NOT_FOUND,
                DutchTexts.get("seo.notfound.title"),
                DutchTexts.get("notfound.text"),
                null,
                false,
                "website",
                crumbs,
                List.of(StructuredData.breadcrumbs(crumbs, base)),
                List.of(newFeed()),
                new PageHead.Content(
                        null,
                        DutchTexts.get("notfound.title"),
                        DutchTexts.get("notfound.text"),
                        null,
                        List.of(
                                new PageHead.Link(DutchTexts.get("notfound.home"), "/"),
                                new PageHead.Link(DutchTexts.get("notfound.all"), "/" + SearchUrl.PATH)),
                        List.of()));
    }

    /** A public page with fixed texts. */
    private PageHead simple(String path, String titleKey, String headingKey, String descriptionKey, String base) {
        String heading = DutchTexts.get(headingKey);
        String description = DutchTexts.get(descriptionKey);
        List<Crumb> crumbs = List.of(home(), new Crumb(heading, path));
        return new PageHead(
                OK,
                DutchTexts.get(titleKey),
                description,
                path,
                true,
                "website",
                crumbs,
                List.of(
                        StructuredData.webPage("WebPage", heading, description, base + path),
                        StructuredData.breadcrumbs(crumbs, base)),
                List.of(newFeed()),
                PageHead.Content.of(heading, description));
    }

    /** A page that is public but personal or a doorway (login, a kept scan result): readable, never indexed. */
    private PageHead unlisted(String titleKey, String headingKey, String descriptionKey) {
        String description = DutchTexts.get(descriptionKey);
        return new PageHead(
                OK,
                DutchTexts.get(titleKey),
                description,
                null,
                false,
                "website",
                List.of(),
                List.of(),
                List.of(),
                PageHead.Content.of(DutchTexts.get(headingKey), description));
    }

    /** The editors' pages: only kept out of indexes; their titles and content are Vaadin's, behind a login. */
    private static PageHead backOffice() {
        return new PageHead(OK, null, null, null, false, "website", List.of(), List.of(), List.of(), null);
    }

    private static PageHead withAlternates(PageHead head, List<PageHead.Alternate> alternates) {
        return new PageHead(
                head.status(),
                head.title(),
                head.description(),
                head.canonicalPath(),
                head.indexable(),
                head.ogType(),
                head.crumbs(),
                head.structuredData(),
                List.copyOf(alternates),
                head.content());
    }

    private static Crumb home() {
        return new Crumb(DutchTexts.get("seo.crumbs.home"), "/");
    }

    private static PageHead.Alternate newFeed() {
        return new PageHead.Alternate(PageHead.Alternate.ATOM, DutchTexts.get("feeds.new.title"), FeedPaths.NEW);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
