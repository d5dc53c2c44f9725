package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.scan.ScanService;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser-side protections on every page type of {@link Pages} (public ones anonymously, editor ones logged in),
 * and the edges: malformed and over-long addresses, unknown addresses, the error page without a login, the session
 * cookie behind a TLS proxy, and one answer for every failed login.
 */
@IntegrationTest
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'");

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    ScanService scans;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyPageTypeCarriesThePolicyAndEveryScriptTheNonce() throws Exception {
        HttpClient visitor = client();
        HttpClient editor = client();
        logIn(editor, Pages.ADMIN_EMAIL, Pages.ADMIN_PASSWORD);
        for (Pages.Page page : Pages.all(items, scans)) {
            HttpResponse<String> response = get(page.editor() ? editor : visitor, page.path());
            assertThat(response.statusCode()).as(page.path()).isIn(200, 404);
            String policy = header(response, "Content-Security-Policy");
            Matcher nonce = NONCE.matcher(policy);
            assertThat(nonce.find()).as(page.path() + ": " + policy).isTrue();
            assertThat(policy)
                    .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                    .doesNotContain("'unsafe-inline'; style", "script-src 'self' 'unsafe-inline'");
            Document html = Jsoup.parse(response.body());
            assertThat(html.select("script"))
                    .as(page.path())
                    .isNotEmpty()
                    .allSatisfy(script -> assertThat(script.attr("nonce"))
                            .as(script.outerHtml())
                            .isEqualTo(nonce.group(1)));
            assertCompanions(response, page.path());
        }
    }

    @Test
    void eachResponseHasANonceOfItsOwn() throws Exception {
        HttpClient visitor = client();
        String first = header(get(visitor, "/"), "Content-Security-Policy");
        String second = header(get(visitor, "/"), "Content-Security-Policy");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void staticFilesAndPlainErrorPagesAllowNoInlineScript() throws Exception {
        for (String path : List.of("/styles/wegwijzer.css", "/error", "/zoeken?q=%ZZ")) {
            RawResponse response = raw(path);
            assertThat(response.header("Content-Security-Policy")).as(path).contains("script-src 'self';");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy")).as(path).contains("camera=()");
        }
    }

    @Test
    void aMalformedAddressAnswers400WithThePortalsErrorPage() throws Exception {
        for (String query : List.of("q=%ZZ", "q=%FF%FE", "q=werk%2")) {
            RawResponse response = raw("/zoeken?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("Dit adres kunnen we niet lezen");
            assertThat(page.select("form[action=/zoeken] input[name=q]")).hasSize(1);
            assertThat(page.select("html").attr("lang")).isEqualTo("nl-BE");
        }
    }

    @Test
    void anAddressTooLongAnswers414AndOneBeyondTheHeaderLimitAClear400() throws Exception {
        HttpResponse<String> long414 = get(client(), "/zoeken?q=" + "a".repeat(5_000));
        assertThat(long414.statusCode()).isEqualTo(414);
        assertThat(Jsoup.parse(long414.body()).select("h1").text()).isEqualTo("Dit adres is te lang");

        HttpResponse<String> beyond = get(client(), "/zoeken?q=" + "a".repeat(10_000));
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(beyond.body()).select("h1").text()).isEqualTo("Dit adres kunnen we niet lezen");
        assertThat(beyond.body()).doesNotContain("Tomcat", "HTTP Status");
    }

    @Test
    void unknownAddressesAndTheErrorPageNeedNoLogin() throws Exception {
        HttpResponse<String> unknown = get(client(), "/dit/adres/bestaat/niet");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Deze pagina bestaat niet (meer)");
        HttpResponse<String> error = get(client(), "/error");
        assertThat(error.statusCode()).isNotIn(301, 302, 303);
        assertThat(Jsoup.parse(error.body()).select("h1").text()).isNotBlank();
        // the staff area still asks for a login first
        assertThat(get(client(), "/beheer").statusCode()).isEqualTo(302);
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-Proto", "https")
                .build();
        HttpResponse<String> overTls = client().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(overTls.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(header(overTls, "Strict-Transport-Security")).contains("max-age=");

        HttpResponse<String> plain = get(client(), "/login");
        assertThat(plain.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly", "SameSite=Lax")
                        .doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerEvenWhenThrottled() throws Exception {
        accounts.create();
        // enough failures to pass the slow-down and the lock of a real account; an unknown one is never throttled
        for (int attempt = 1; attempt <= 8; attempt++) {
            HttpResponse<String> known = logIn(client(), TestAccounts.EDITOR_2, "verkeerd-" + attempt);
            HttpResponse<String> unknown = logIn(client(), "niemand-" + attempt + "@test.wegwijzer.be", "verkeerd");
            assertThat(known.statusCode())
                    .as("attempt " + attempt)
                    .isEqualTo(unknown.statusCode())
                    .isEqualTo(302);
            assertThat(header(known, "Location"))
                    .as("attempt " + attempt)
                    .isEqualTo(header(unknown, "Location"))
                    .endsWith("/login?fout");
        }
        accounts.create(); // unlocks the account for the tests after this one
    }

    private void assertCompanions(HttpResponse<String> response, String path) {
        assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(response, "Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
        assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }

    private HttpResponse<String> logIn(HttpClient client, String email, String password)
            throws IOException, InterruptedException {
        get(client, "/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request sent as typed: java.net.URI refuses a malformed escape, a visitor's browser or a crawler does not.
     * HTTP/1.0, so the answer is neither chunked nor kept open.
     */
    private RawResponse raw(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            List<String> head = List.of(answer.substring(0, split).split("\r\n"));
            return new RawResponse(
                    Integer.parseInt(head.getFirst().split(" ")[1]),
                    head.subList(1, head.size()),
                    answer.substring(split + 4));
        }
    }

    record RawResponse(int status, List<String> headers, String body) {

        String header(String name) {
            return headers.stream()
                    .filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(h -> h.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElse("");
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
