package be.wegwijzer.seo;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.TaxonomyService;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /sitemap.xml} against the sitemaps.org protocol (its rules as an XML Schema, plus the limits the schema cannot
 * say) with every published item, theme and audience page and the main pages, and {@code /robots.txt}.
 */
@IntegrationTest
class SitemapIT {

    /** The protocol's limit for one sitemap file, uncompressed. */
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    TaxonomyService taxonomy;

    @Test
    void theSitemapFollowsTheProtocolAndListsEveryPublishedItemWithItsLastChange() throws Exception {
        HttpResponse<String> response = get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        String xml = response.body();
        assertThat(xml.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_BYTES);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator validator =
                schemas.newSchema(getClass().getResource("/seo/sitemap.xsd")).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new StringReader(xml))); // throws on any violation

        Document sitemap = Jsoup.parse(xml, Parser.xmlParser());
        assertThat(sitemap.select("urlset > url")).hasSizeLessThanOrEqualTo(50_000);
        Map<String, String> lastmods = new LinkedHashMap<>();
        for (Element url : sitemap.select("urlset > url")) {
            String loc = url.selectFirst("loc").text();
            assertThat(loc).startsWith(base() + "/"); // one host, absolute, as the protocol asks
            assertThat(lastmods.put(loc, url.select("lastmod").text()))
                    .as("listed twice: " + loc)
                    .isNull();
        }

        List<Item> published = items.findByPublicationStatus(ItemStatus.GEPUBLICEERD);
        assertThat(published).isNotEmpty();
        for (Item item : published) {
            assertThat(lastmods).containsKey(base() + item.path());
            assertThat(lastmods.get(base() + item.path()))
                    .isEqualTo(
                            item.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        for (Item item : items.findAll()) {
            if (!item.isPublished()) {
                assertThat(lastmods).doesNotContainKey(base() + item.path());
            }
        }
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        terms.themes().forEach(t -> assertThat(lastmods).containsKey(base() + "/thema/" + t.code()));
        terms.audiences().forEach(a -> assertThat(lastmods).containsKey(base() + "/voor/" + a.code()));
        assertThat(lastmods)
                .containsKeys(
                        base() + "/",
                        base() + "/zoeken",
                        base() + "/steunzoeker",
                        base() + "/scan",
                        base() + "/wie-helpt",
                        base() + "/themas",
                        base() + "/agenda",
                        base() + "/toegankelijkheid");
        assertThat(lastmods)
                .hasSize(published.size()
                        + terms.themes().size()
                        + terms.audiences().size()
                        + 8);

        // every listed address is a page that answers, with the same canonical address
        for (String loc : new HashSet<>(lastmods.keySet())) {
            HttpResponse<String> page = get(loc.substring(base().length()));
            assertThat(page.statusCode()).as(loc).isEqualTo(200);
            assertThat(Jsoup.parse(page.body())
                            .selectFirst("link[rel=canonical]")
                            .attr("href"))
                    .as(loc)
                    .isEqualTo(loc);
        }
    }

    @Test
    void robotsPointsToTheSitemapAndKeepsTheBackOfficeLoginAndSearchResultsOut() throws Exception {
        HttpResponse<String> response = get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body().lines())
                .contains(
                        "User-agent: *",
                        "Disallow: /beheer",
                        "Disallow: /bijdragen",
                        "Disallow: /login",
                        "Disallow: /zoeken?",
                        "Disallow: /scan/resultaat/",
                        "Sitemap: " + base() + "/sitemap.xml")
                .doesNotContain("Disallow: /", "Disallow: /zoeken");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
