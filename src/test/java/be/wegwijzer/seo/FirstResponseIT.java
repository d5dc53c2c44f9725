package be.wegwijzer.seo;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.base.Markdown;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first response of every public page type, read as a search engine or a link-preview bot reads it: over HTTP,
 * without running any script. Title, description, canonical address, Open Graph and Twitter tags, JSON-LD that parses
 * with the expected types, the item's own text, the feeds it announces, and the status codes of unknown and withdrawn
 * items.
 */
@IntegrationTest
class FirstResponseIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the portal writes into the head (Vaadin's own tags carry a session token that differs per visitor). */
    private static final String OUR_TAGS = "title, meta[name=description], meta[name=robots], meta[property^=og:], "
            + "meta[name^=twitter:], link[rel=canonical], link[rel=alternate], script[type=application/ld+json]";

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transactions;

    /** A page, the title its first response must have, and the schema.org types its JSON-LD must contain. */
    record Expected(String path, String title, Set<String> types) {}

    @Test
    void everyPublicPageTypeArrivesWithItsOwnHeadAndStructuredData() throws Exception {
        List<Expected> pages = List.of(
                new Expected("/", "Wegwijzer Werkbaar Werk", Set.of("WebSite", "BreadcrumbList")),
                new Expected(
                        "/zoeken", "Zoeken | Wegwijzer Werkbaar Werk", Set.of("SearchResultsPage", "BreadcrumbList")),
                new Expected(
                        "/voor/werkgevers",
                        "Voor Werkgevers | Wegwijzer Werkbaar Werk",
                        Set.of("CollectionPage", "BreadcrumbList")),
                new Expected("/thema/werkstress", null, Set.of("CollectionPage", "BreadcrumbList")),
                new Expected("/themas", "Thema's | Wegwijzer Werkbaar Werk", Set.of("WebPage", "BreadcrumbList")),
                new Expected("/agenda", "Agenda | Wegwijzer Werkbaar Werk", Set.of("WebPage", "BreadcrumbList")),
                new Expected(
                        "/steunzoeker", "Steunzoeker | Wegwijzer Werkbaar Werk", Set.of("WebPage", "BreadcrumbList")),
                new Expected(
                        "/scan",
                        "Quick scan werkbaar werk | Wegwijzer Werkbaar Werk",
                        Set.of("WebPage", "BreadcrumbList")),
                new Expected("/wie-helpt", "Wie helpt? | Wegwijzer Werkbaar Werk", Set.of("WebPage", "BreadcrumbList")),
                new Expected(
                        "/toegankelijkheid",
                        "Toegankelijkheid | Wegwijzer Werkbaar Werk",
                        Set.of("WebPage", "BreadcrumbList")),
                new Expected("/tool/werkstress-scan", null, Set.of("CreativeWork", "BreadcrumbList")),
                new Expected("/fiche/werkdruk", null, Set.of("CreativeWork", "BreadcrumbList")),
                new Expected("/praktijk/bakkerij-limburg", null, Set.of("CreativeWork", "BreadcrumbList")),
                new Expected(
                        "/maatregel/werkbaarheidscheque",
                        "Werkbaarheidscheque | Wegwijzer Werkbaar Werk",
                        Set.of("GovernmentService", "FAQPage", "BreadcrumbList")),
                new Expected("/organisatie/sectorfonds-voeding", null, Set.of("Organization", "BreadcrumbList")),
                new Expected("/activiteit/webinar-telewerk", null, Set.of("Event", "BreadcrumbList")));
        for (Expected page : pages) {
            HttpResponse<String> response = get(page.path(), "Mozilla/5.0");
            assertThat(response.statusCode()).as(page.path()).isEqualTo(200);
            Document html = Jsoup.parse(response.body());
            String where = page.path();
            assertThat(html.selectFirst("html").attr("lang")).as(where).isEqualTo("nl-BE");
            assertThat(html.title()).as(where).isNotBlank().endsWith("Wegwijzer Werkbaar Werk");
            if (page.title() != null) {
                assertThat(html.title()).as(where).isEqualTo(page.title());
            }
            assertThat(meta(html, "name", "description")).as(where).isNotBlank();
            assertThat(html.select("meta[name=robots]")).as(where).isEmpty();
            String canonical = html.selectFirst("link[rel=canonical]").attr("href");
            assertThat(canonical).as(where).isEqualTo(base() + page.path());
            assertThat(meta(html, "property", "og:title")).as(where).isNotBlank();
            assertThat(meta(html, "property", "og:description")).isEqualTo(meta(html, "name", "description"));
            assertThat(meta(html, "property", "og:url")).isEqualTo(canonical);
            assertThat(meta(html, "property", "og:image")).isEqualTo(base() + "/images/deelkaart.png");
            assertThat(meta(html, "name", "twitter:card")).isEqualTo("summary_large_image");
            assertThat(html.select("link[rel=alternate][type=application/atom+xml]"))
                    .as(where)
                    .anySatisfy(link -> assertThat(link.attr("href")).isEqualTo(base() + "/feeds/nieuw.atom"));
            assertThat(types(html)).as(where).containsAll(page.types());
            assertThat(html.select(".prerendered h1")).as(where).hasSize(1);
        }
        assertThat(get("/images/deelkaart.png", "Mozilla/5.0").statusCode()).isEqualTo(200);
        // the apostrophe survives the message formatting, here and in the view's own title
        assertThat(Jsoup.parse(get("/thema/werkstress", "Mozilla/5.0").body()).title())
                .endsWith(" | Thema's | Wegwijzer Werkbaar Werk");
    }

    @Test
    void anItemPageCarriesTitleSummaryTextAndItsTypesFacts() throws Exception {
        Item cheque = items.findByTypeAndSlug(ItemType.MAATREGEL, "werkbaarheidscheque")
                .orElseThrow();
        Document html =
                Jsoup.parse(get("/maatregel/werkbaarheidscheque", "Mozilla/5.0").body());
        Element article = html.selectFirst(".prerendered article");
        assertThat(article.selectFirst("h1").text()).isEqualTo(cheque.getTitle());
        assertThat(article.selectFirst(".lead").text()).isEqualTo(cheque.getSummary());
        assertThat(meta(html, "name", "description")).isEqualTo(cheque.getSummary());
        assertThat(article.selectFirst(".item-body").text())
                .isEqualTo(Jsoup.parse(Markdown.toSafeHtml(cheque.getBody())).text());
        assertThat(article.select(".faq dt").eachText())
                .containsExactly("Kan een sectorconsulent de aanvraag voor mij voorbereiden?");
        assertThat(html.select(".prerendered .breadcrumbs li").eachText())
                .containsExactly("Start", "Steunmaatregelen", "Werkbaarheidscheque");

        JsonNode service = node(html, "GovernmentService");
        assertThat(service.get("name").asString()).isEqualTo("Werkbaarheidscheque");
        assertThat(service.get("provider").get("@type").asString()).isEqualTo("Organization");
        assertThat(service.get("provider").get("url").asString()).isEqualTo(base() + "/organisatie/kenniscentrum-werk");
        assertThat(service.get("areaServed").get(0).get("name").asString()).isEqualTo("Vlaanderen");
        assertThat(service.get("offers").get("@type").asString()).isEqualTo("Offer");
        JsonNode crumbs = node(html, "BreadcrumbList").get("itemListElement");
        assertThat(crumbs.get(2).get("item").asString()).isEqualTo(base() + "/maatregel/werkbaarheidscheque");

        JsonNode event = node(
                Jsoup.parse(get("/activiteit/webinar-telewerk", "Mozilla/5.0").body()), "Event");
        assertThat(event.get("startDate").asString()).isEqualTo("2099-02-10");
        assertThat(event.get("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(event.get("organizer").get("name").asString()).isNotBlank();
        Document webinar =
                Jsoup.parse(get("/activiteit/webinar-telewerk", "Mozilla/5.0").body());
        assertThat(webinar.select(".prerendered a[href=/kalender/activiteit/webinar-telewerk.ics]"))
                .hasSize(1);

        JsonNode work =
                node(Jsoup.parse(get("/tool/werkstress-scan", "Mozilla/5.0").body()), "CreativeWork");
        assertThat(work.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(work.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(work.get("dateModified").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aLinkPreviewBotGetsWhatAPersonGets() throws Exception {
        for (String path : List.of("/maatregel/werkbaarheidscheque", "/thema/werkstress", "/")) {
            String person = withoutNonces(
                    get(path, "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0").body());
            for (String bot : List.of(
                    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                    "LinkedInBot/1.0",
                    "Twitterbot/1.0",
                    "Googlebot/2.1 (+http://www.google.com/bot.html)")) {
                HttpResponse<String> response = get(path, bot);
                assertThat(response.statusCode()).isEqualTo(200);
                Document forBot = Jsoup.parse(withoutNonces(response.body()));
                Document forPerson = Jsoup.parse(person);
                assertThat(forBot.head().select(OUR_TAGS).outerHtml())
                        .as(path + " for " + bot)
                        .isNotBlank()
                        .isEqualTo(forPerson.head().select(OUR_TAGS).outerHtml());
                assertThat(forBot.select(".prerendered").outerHtml())
                        .isEqualTo(forPerson.select(".prerendered").outerHtml());
            }
        }
    }

    @Test
    void unknownPagesAnswer404InTheFirstResponse() throws Exception {
        for (String path : List.of(
                "/tool/bestaat-niet", "/thema/bestaat-niet", "/voor/bestaat-niet", "/bestaat/niet/echt", "/niets")) {
            HttpResponse<String> response = get(path, "Mozilla/5.0");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document html = Jsoup.parse(response.body());
            assertThat(meta(html, "name", "robots")).as(path).contains("noindex");
            assertThat(html.select("link[rel=canonical]")).as(path).isEmpty();
            assertThat(html.selectFirst(".prerendered h1").text()).isEqualTo("Deze pagina bestaat niet (meer)");
        }
        // a draft is not public: the same answer as an address that never existed
        whileChanged(
                "oude-oproep",
                item -> item.publication().returnToConcept(),
                item -> item.publication().publish(item.getUpdatedAt()),
                () -> assertThat(get("/maatregel/oude-oproep", "Mozilla/5.0").statusCode())
                        .isEqualTo(404));
    }

    @Test
    void aWithdrawnMeasureAnswers410AndPointsToWhatReplacesIt() throws Exception {
        whileChanged(
                "oude-oproep",
                item -> {
                    item.measure()
                            .setReplacedBy(items.findByTypeAndSlug(ItemType.MAATREGEL, "werkbaarheidscheque")
                                    .orElseThrow());
                    item.publication().archive();
                },
                item -> {
                    item.measure().setReplacedBy(null);
                    item.publication().publish(item.getUpdatedAt());
                },
                () -> {
                    HttpResponse<String> response = get("/maatregel/oude-oproep", "Mozilla/5.0");
                    assertThat(response.statusCode()).isEqualTo(410);
                    Document html = Jsoup.parse(response.body());
                    assertThat(meta(html, "name", "robots")).contains("noindex");
                    assertThat(html.selectFirst(".prerendered h1").text())
                            .isEqualTo("Deze pagina is niet meer beschikbaar");
                    assertThat(html.select(".prerendered a[href=/maatregel/werkbaarheidscheque]")
                                    .text())
                            .isEqualTo("In de plaats kwam: Werkbaarheidscheque");
                });
    }

    @Test
    void searchResultPagesStayOutOfIndexesAndOfferTheirFeed() throws Exception {
        Document results =
                Jsoup.parse(get("/zoeken?q=werkdruk&type=tool", "Mozilla/5.0").body());
        assertThat(meta(results, "name", "robots")).isEqualTo("noindex, follow");
        assertThat(results.title()).isEqualTo("werkdruk | Zoeken | Wegwijzer Werkbaar Werk");
        assertThat(results.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base() + "/zoeken");
        assertThat(results.select("link[rel=alternate][type=application/atom+xml]")
                        .eachAttr("href"))
                .contains(base() + "/feeds/zoeken.atom?q=werkdruk&type=tool");
        Document login = Jsoup.parse(get("/login", "Mozilla/5.0").body());
        assertThat(meta(login, "name", "robots")).contains("noindex");
    }

    /** A stored title that tries to end the JSON-LD script and start one of its own stays text. */
    @Test
    void aHostileTitleStaysInertInTheJsonLdAndTheHead() throws Exception {
        String hostile = "Premie </script><script>alert(1)</script> <!-- \u2028";
        String[] original = new String[1];
        whileChanged(
                "oude-oproep",
                item -> {
                    original[0] = item.getTitle();
                    item.setTitle(hostile);
                },
                item -> item.setTitle(original[0]),
                () -> {
                    HttpResponse<String> response = get("/maatregel/oude-oproep", "Mozilla/5.0");
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(response.body()).doesNotContain("<script>alert(1)");
                    Document html = Jsoup.parse(response.body());
                    for (Element script : html.select("script")) {
                        assertThat(script.data()).doesNotContain("</script", "<script");
                        assertThat(script.attr("type"))
                                .as(script.outerHtml())
                                .isIn("", "module", "application/ld+json", "text/javascript");
                    }
                    assertThat(node(html, "GovernmentService").get("name").asString())
                            .isEqualTo(hostile);
                    assertThat(meta(html, "property", "og:title")).isEqualTo(hostile);
                    assertThat(html.selectFirst(".prerendered h1").text()).contains("</script><script>alert(1)");
                });
    }

    interface Check {
        void run() throws Exception;
    }

    /** Changes a stored item for the length of a check, then puts it back, whatever the check found. */
    private void whileChanged(String slug, Consumer<Item> change, Consumer<Item> undo, Check check) throws Exception {
        transactions.executeWithoutResult(status ->
                change.accept(items.findByTypeAndSlug(ItemType.MAATREGEL, slug).orElseThrow()));
        try {
            check.run();
        } finally {
            transactions.executeWithoutResult(status -> undo.accept(
                    items.findByTypeAndSlug(ItemType.MAATREGEL, slug).orElseThrow()));
        }
    }

    private static Set<String> types(Document html) {
        Set<String> types = new TreeSet<>();
        for (Element script : html.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            assertThat(node.get("@context").asString()).isEqualTo("https://schema.org");
            types.add(node.get("@type").asString());
        }
        return types;
    }

    private static JsonNode node(Document html, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : html.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (type.equals(node.get("@type").asString())) {
                found.add(node);
            }
        }
        assertThat(found).as(type).hasSize(1);
        return found.getFirst();
    }

    private static String meta(Document html, String attribute, String key) {
        Element meta = html.selectFirst("meta[" + attribute + "=" + key + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static String withoutNonces(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String userAgent) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("User-Agent", userAgent)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
