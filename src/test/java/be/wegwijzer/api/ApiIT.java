package be.wegwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchPage;
import be.wegwijzer.search.SearchPageService;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The open API over real HTTP on the test corpus: every endpoint, bad input with the parameter named, 304 with the
 * ETag and Last-Modified, CORS for other origins, the Steunzoeker without session or CSRF token, and 429. Each test
 * comes from an address of its own (X-Forwarded-For, trusted from 127.0.0.1 like from any internal proxy), so the
 * rate limit of one test does not touch another.
 */
@IntegrationTest
class ApiIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    SearchPageService searchPages;

    private final HttpClient http = HttpClient.newHttpClient();
    /** A documentation address (RFC 5737) of this test's own. */
    private final String client = "203.0.113." + CLIENTS.getAndIncrement();

    @Test
    void searchAnswersTheSameFirstResultsAsTheSearchPage() throws Exception {
        for (String query : List.of(
                "q=werkdruk",
                "q=werkdruk&type=tool",
                "q=stress&sortering=nieuwste",
                "type=maatregel&open=ja",
                "thema=werkdruk&sector=voeding",
                "q=hoe+pak+ik+werkstress+aan",
                "")) {
            SearchPage page = searchPages.search(SearchUrl.parse(QueryParameters.fromString(query)), null);
            List<String> expected =
                    page.result().hits().stream().map(ItemHit::slug).toList();
            JsonNode answer = json(get("/api/v1/zoeken" + (query.isEmpty() ? "" : "?" + query)), 200);
            List<String> slugs = new ArrayList<>();
            answer.get("results").forEach(r -> slugs.add(r.get("slug").asString()));
            assertThat(slugs).as(query).isEqualTo(expected);
            assertThat(answer.get("total").asLong())
                    .as(query)
                    .isEqualTo(page.result().total());
        }
        assertThat(json(get("/api/v1/zoeken?q=werkdruk"), 200).get("total").asLong())
                .isPositive();
    }

    @Test
    void searchResultsCarryTheirAddressOwnerSourceAndVerificationDate() throws Exception {
        JsonNode answer = json(get("/api/v1/zoeken?type=maatregel&aantal=1"), 200);
        JsonNode first = answer.get("results").get(0);
        assertThat(first.get("url").asString()).startsWith("http://localhost:" + port + "/maatregel/");
        assertThat(first.get("apiUrl").asString()).contains("/api/v1/items/maatregel/");
        assertThat(first.get("provenance").get("source").asString()).isEqualTo("Testcorpus");
        assertThat(first.get("provenance").get("sourceDate").asString()).matches("\\d{4}(-\\d{2}){0,2}");
        assertThat(first.get("provenance").get("verifiedOn").isNull())
                .as("nobody checked the test corpus: no check date")
                .isTrue();
        assertThat(first.get("status").asString()).isIn("open", "upcoming", "ended");
        assertThat(answer.get("pageSize").asInt()).isEqualTo(1);
        assertThat(answer.get("links").get("next").asString()).contains("pagina=2", "aantal=1");
        assertThat(answer.get("links").has("prev")).isFalse();
        assertThat(answer.get("facets").get("thema")).isNotEmpty();
        JsonNode second = json(get("/api/v1/zoeken?type=maatregel&aantal=1&pagina=2"), 200);
        assertThat(second.get("links").get("prev").asString()).contains("aantal=1");
        assertThat(second.get("results").get(0).get("slug").asString())
                .isNotEqualTo(first.get("slug").asString());
    }

    @Test
    void badSearchParametersAreNamedWithTheReason() throws Exception {
        assertBadParameter("/api/v1/zoeken?pagina=-1", "pagina", "1 of meer");
        assertBadParameter("/api/v1/zoeken?pagina=twee", "pagina", "geheel getal");
        assertBadParameter("/api/v1/zoeken?pagina=999999", "pagina", "hoogstens");
        assertBadParameter("/api/v1/zoeken?sortering=willekeurig", "sortering", "relevantie");
        assertBadParameter("/api/v1/zoeken?type=boek", "type", "'boek' bestaat niet");
        assertBadParameter("/api/v1/zoeken?thema=onbekend-thema", "thema", "taxonomieen");
        assertBadParameter("/api/v1/zoeken?open=misschien", "open", "'ja' of 'nee'");
        assertBadParameter("/api/v1/zoeken?aantal=1000", "aantal", "tussen 1 en 100");
        assertBadParameter("/api/v1/zoeken?zoek=werkdruk", "zoek", "geen parameter");
        JsonNode two = json(get("/api/v1/zoeken?pagina=0&sortering=x"), 400);
        assertThat(two.get("errors")).hasSize(2);
    }

    @Test
    void anItemHasItsPublicFieldsAndRelationsButNothingEditorial() throws Exception {
        HttpResponse<String> response = get("/api/v1/items/maatregel/werkbaarheidscheque");
        JsonNode item = json(response, 200);
        assertThat(item.get("title").asString()).isEqualTo("Werkbaarheidscheque");
        assertThat(item.get("url").asString()).isEqualTo("http://localhost:" + port + "/maatregel/werkbaarheidscheque");
        assertThat(item.get("owner").get("slug").asString()).isEqualTo("kenniscentrum-werk");
        assertThat(item.get("provenance").get("sourceDate").asString()).isEqualTo("2026-11-01");
        assertThat(item.get("provenance").get("verifiedOn").isNull()).isTrue();
        assertThat(item.get("provenance").get("source").asString()).isEqualTo("Testcorpus");
        assertThat(item.get("kind").get("code").asString()).isEqualTo("cheque");
        assertThat(item.get("measure").get("statutes").get(0).get("code").asString())
                .isEqualTo("werkgever");
        assertThat(item.get("measure").get("questions")).hasSize(1);
        assertThat(item.get("measure").get("selfChecks")).hasSize(1);
        assertThat(item.get("related").get("organisatie").get(0).get("slug").asString())
                .isEqualTo("sectorfonds-voeding");
        assertThat(item.has("tool")).isFalse();
        assertThat(item.get("bodyHtml").asString()).contains("<h2>Voor wie</h2>");
        assertThat(response.body())
                .doesNotContain("herzien", "reviewBy", "2027-05-01", "contentHash", "status\":\"GEPUBLICEERD");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("ETag")).isPresent();

        HttpResponse<String> practice = get("/api/v1/items/praktijk/bakkerij-limburg");
        assertThat(json(practice, 200).get("practice")).isNotNull();
        assertThat(practice.body()).doesNotContain("contactName", "contactEmail", "@");
    }

    @Test
    void unknownItemsAndAddressesAreJsonNotFound() throws Exception {
        JsonNode missing = json(get("/api/v1/items/tool/bestaat-niet"), 404);
        assertThat(missing.get("detail").asString()).contains("/tool/bestaat-niet");
        json(get("/api/v1/items/boek/werkdruk"), 404);
        json(get("/api/v1/onbekend"), 404);
        json(get("/api/v1/steunzoeker"), 404);
    }

    @Test
    void answersAreNotSentAgainWhenTheClientHasThem() throws Exception {
        for (String path : List.of(
                "/api/v1/zoeken?q=werkdruk", "/api/v1/items/tool/kmo-gids", "/api/v1/taxonomieen", "/api/v1/agenda")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("max-age");
            HttpResponse<String> again = send(request(path).header("If-None-Match", etag));
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        String lastModified = get("/api/v1/items/tool/kmo-gids")
                .headers()
                .firstValue("Last-Modified")
                .orElseThrow();
        assertThat(send(request("/api/v1/items/tool/kmo-gids").header("If-Modified-Since", lastModified))
                        .statusCode())
                .isEqualTo(304);
        assertThat(send(request("/api/v1/items/tool/kmo-gids").header("If-None-Match", "\"anders\""))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void otherOriginsMayReadAndAskTheSteunzoekerWithoutSessionOrToken() throws Exception {
        HttpResponse<String> read = send(request("/api/v1/taxonomieen").header("Origin", "http://example.org"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
        JsonNode taxonomies = JSON.readTree(read.body());
        assertThat(taxonomies.get("sectors").findValuesAsString("code")).contains("voeding", "bouw");

        HttpResponse<String> preflight = send(request("/api/v1/steunzoeker")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElseThrow())
                .contains("POST");

        HttpResponse<String> found = post(
                "/api/v1/steunzoeker",
                "{\"statuut\":\"werkgever\",\"werknemers\":8,\"sector\":\"voeding\",\"regio\":\"limburg\"}");
        JsonNode answer = json(found, 200);
        assertThat(found.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(answer.get("fits").findValuesAsString("slug")).contains("werkbaarheidscheque");
        JsonNode reasons = answer.get("fits").get(0).get("reasons");
        assertThat(reasons.findValuesAsString("text"))
                .anySatisfy(text -> assertThat(text).contains("Jouw 8 werknemers"));
        assertThat(reasons.findValuesAsString("verdict")).contains("met");
        assertThat(answer.get("portal").asString()).contains("/steunzoeker?statuut=werkgever");
    }

    @Test
    void aSituationThatCannotBeUsedIsNamedField() throws Exception {
        JsonNode missing = json(post("/api/v1/steunzoeker", "{\"werknemers\":-3}"), 400);
        assertThat(missing.get("errors").findValuesAsString("parameter")).containsExactly("statuut", "werknemers");
        JsonNode unknown = json(
                post("/api/v1/steunzoeker", "{\"statuut\":\"werkgever\",\"werknemers\":5,\"sector\":\"ruimtevaart\"}"),
                400);
        assertThat(unknown.get("errors").get(0).get("reason").asString()).contains("ruimtevaart");
        JsonNode employer = json(post("/api/v1/steunzoeker", "{\"statuut\":\"werkgever\"}"), 400);
        assertThat(employer.get("errors").get(0).get("parameter").asString()).isEqualTo("werknemers");
        JsonNode broken = json(post("/api/v1/steunzoeker", "{statuut"), 400);
        assertThat(broken.get("errors").get(0).get("parameter").asString()).isEqualTo("body");
        HttpResponse<String> text = send(request("/api/v1/steunzoeker")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("werkgever")));
        assertThat(text.statusCode()).isEqualTo(415);
    }

    @Test
    void theAgendaListsComingActivities() throws Exception {
        JsonNode agenda = json(get("/api/v1/agenda"), 200);
        assertThat(agenda.get("upcoming").findValuesAsString("slug")).contains("webinar-telewerk");
        assertThat(agenda.get("past").findValuesAsString("slug")).contains("netwerkmoment-2020");
        JsonNode webinar = agenda.get("upcoming").get(0);
        assertThat(webinar.get("startDate").asString()).isEqualTo("2099-02-10");
        assertThat(webinar.get("status").asString()).isEqualTo("upcoming");
    }

    @Test
    void aClientOverItsLimitIsToldWhenToComeBack() throws Exception {
        int limit = 120;
        for (int i = 0; i < limit; i++) {
            assertThat(get("/api/v1/taxonomieen").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = get("/api/v1/taxonomieen");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1, 60);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("120 verzoeken per minuut");
        // another client is not affected
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/taxonomieen"))
                                .header("X-Forwarded-For", "198.51.100.200"))
                        .statusCode())
                .isEqualTo(200);
    }

    private void assertBadParameter(String path, String parameter, String reason) throws Exception {
        JsonNode problem = json(get(path), 400);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsString("parameter"))
                .as(path)
                .contains(parameter);
        assertThat(problem.get("detail").asString() + problem.get("errors"))
                .as(path)
                .contains(reason);
    }

    private JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .as(response.uri().toString())
                .containsAnyOf("application/json", "application/problem+json");
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Origin", "http://example.org")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
