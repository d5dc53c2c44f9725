package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.catalog.SourceDate;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Script injection, tried as an attacker would: markup that ends a script element, opens an HTML comment, starts a
 * script, breaks out of an attribute or a JavaScript string, and the line separators U+2028/2029, sent through every
 * path parameter of every route (read from Vaadin's route registry), every query parameter the views read, stored in
 * every text field of an item and typed into every field of the editor. Two proofs: the first response holds no
 * script element and no event handler of the attacker's (HTTP, every payload apart), and in real Chromium no
 * dialog opens and no script of the attacker's runs (a hook on alert/confirm/prompt installed before any page
 * script, plus Selenium's own alert check).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionIT {

    /** Each payload calls alert with its own marker, so a failure says which one got through. */
    static final List<String> PAYLOADS = List.of(
            "</script><script>alert('xss1')</script>",
            "<!--<script>alert('xss2')</script>",
            "<script>alert('xss3')</script>",
            "\"'><img src=x onerror=alert('xss4')>",
            "';alert('xss5');//\";alert('xss5b');//",
            "\u2028\u2029</ScRiPt ><svg onload=alert('xss6')>");

    /** Fewer page loads in the browser: every payload still passes, several in one value where they cannot mask each other. */
    static final List<String> BROWSER_PAYLOADS = List.of(
            PAYLOADS.get(0) + PAYLOADS.get(3), PAYLOADS.get(1) + PAYLOADS.get(4), PAYLOADS.get(2) + PAYLOADS.get(5));

    /** The query parameters each view reads (SearchUrl, FinderUrl, WhoHelpsView, LoginView), and one it does not. */
    static final Map<String, List<String>> QUERY_PARAMETERS = Map.of(
            "zoeken",
                    List.of(
                            "q",
                            "type",
                            "thema",
                            "doelgroep",
                            "sector",
                            "grootte",
                            "regio",
                            "niveau",
                            "kosten",
                            "soort",
                            "open",
                            "sortering",
                            "pagina",
                            "voor",
                            "x"),
            "steunzoeker", List.of("statuut", "werknemers", "sector", "regio", "thema", "x"),
            "wie-helpt", List.of("thema", "sector", "regio", "grootte", "soort", "x"),
            "login", List.of("fout", "error", "x"));

    private static final Pattern ROUTE_PARAMETER = Pattern.compile(":([a-zA-Z]+)[?*]?(\\([^)]*\\))?");
    private static final String HOOK = """
            (() => {
              const record = (kind, message) => {
                try { localStorage.setItem('injected', (localStorage.getItem('injected') || '') + kind + ':' + message + ' '); } catch (e) { }
              };
              for (const kind of ['alert', 'confirm', 'prompt']) {
                const original = window[kind].bind(window);
                window[kind] = (message) => { record(kind, message); return original(message); };
              }
            })();""";

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transaction;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    ChromeDriver browser;
    long storedId;
    final List<String> findings = new ArrayList<>();

    @BeforeAll
    void storeAnItemWithMarkupInEveryTextField() {
        // Written past the validation, as data from before it (or from a database restore) would be.
        storedId = transaction.execute(s -> {
            Item item = new Item(ItemType.PRAKTIJK, "injectietest", Instant.now());
            item.setTitle("Injectietest kwakzalver " + PAYLOADS.get(0));
            item.setSummary("Samenvatting kwakzalver " + String.join(" ", PAYLOADS.subList(1, 4)));
            item.setBody("## Kop " + PAYLOADS.get(2) + "\n\n" + String.join("\n\n", PAYLOADS));
            item.verification().setSource(PAYLOADS.get(3));
            item.verification().setVerificationNote(PAYLOADS.get(5));
            item.verification().setSourceDate(SourceDate.of(LocalDate.now()));
            item.verification().setSourceAddress("https://example.org/?bron=" + PAYLOADS.get(4));
            item.verification().setReviewBy(LocalDate.now().plusYears(1));
            item.setLinks(
                    List.of(new Link(PAYLOADS.get(0) + PAYLOADS.get(3), "https://example.org/?q=" + PAYLOADS.get(3))));
            item.publication().publish(Instant.now());
            return items.save(item).getId();
        });
    }

    @AfterAll
    void removeTheItemAndCloseTheBrowser() {
        transaction.executeWithoutResult(s -> items.findById(storedId).ifPresent(items::delete));
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noFirstResponseCarriesAScriptOrAnEventHandlerOfTheAttacker() throws Exception {
        for (String payload : PAYLOADS) {
            for (String path : attackedPaths(payload)) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(base() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                Document page = Jsoup.parse(response.body());
                String policy =
                        response.headers().firstValue("Content-Security-Policy").orElse("");
                Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
                boolean vaadinPage = nonce.find();
                for (Element script : page.select("script")) {
                    if (vaadinPage && !nonce.group(1).equals(script.attr("nonce"))) {
                        findings.add(path + ": a script element without the page's nonce: " + script.outerHtml());
                    }
                    // JSON-LD is data (the browser never runs it) and holds the stored texts by design; what counts
                    // is that no markup in it can end the element, which would turn the rest into a script of its own
                    boolean dataBlock = script.attr("type").equals("application/ld+json");
                    if (dataBlock && script.data().matches("(?s).*(</|<!--|\u2028|\u2029).*")) {
                        findings.add(path + ": markup that could end a JSON-LD block: " + script.data());
                    }
                    if (!dataBlock && script.data().matches("(?s).*alert\\('xss.*") && !script.hasAttr("initial")) {
                        findings.add(path + ": the attacker's script became a script element");
                    }
                }
                page.getAllElements()
                        .forEach(element -> element.attributes().forEach(attribute -> {
                            if (attribute.getKey().startsWith("on")) {
                                findings.add(path + ": an event handler attribute " + attribute);
                            }
                        }));
                if (!vaadinPage && policy.contains("'unsafe-inline'")) {
                    findings.add(path + ": a page without a nonce allows inline scripts");
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void nothingRunsInChromiumWhateverComesThroughAParameter() {
        openBrowser();
        for (String payload : BROWSER_PAYLOADS) {
            for (String path : attackedPaths(payload)) {
                visit(path);
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void nothingRunsInChromiumWhereAStoredItemIsShown() {
        openBrowser();
        for (String path : List.of(
                "/praktijk/injectietest",
                "/zoeken?q=kwakzalver",
                "/beheer",
                "/beheer/item/" + storedId,
                "/beheer/voorbeeld/" + storedId,
                "/beheer/item/" + storedId + "/geschiedenis",
                "/beheer/overzicht")) {
            visit(path);
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void nothingRunsInChromiumWhenEveryEditorFieldHoldsMarkup() {
        openBrowser();
        for (String path : List.of("/beheer/item/" + storedId, "/beheer/nieuw/maatregel", "/bijdragen")) {
            visit(path);
            List<WebElement> fields = browser.findElements(
                    By.cssSelector(
                            "main vaadin-text-field input, main vaadin-text-area textarea,"
                                    + " main vaadin-email-field input, main vaadin-integer-field input, main vaadin-big-decimal-field input"));
            for (int i = 0; i < fields.size(); i++) {
                WebElement field = fields.get(i);
                if (field.isDisplayed() && field.isEnabled() && field.getDomAttribute("readonly") == null) {
                    field.clear();
                    field.sendKeys(BROWSER_PAYLOADS.get(i % BROWSER_PAYLOADS.size()));
                }
            }
            browser
                    .findElements(
                            By.xpath("//main//vaadin-button[.='Bewaren' or .='Voorstel indienen' or .='Insturen']"))
                    .stream()
                    .findFirst()
                    .ifPresent(WebElement::click);
            settle();
            checkNothingRan(path + " (after saving)");
        }
        assertThat(findings).isEmpty();
    }

    /** Every route with the payload in each path parameter and in each query parameter its view reads (ids too: the views parse them). */
    List<String> attackedPaths(String payload) {
        String value = URLEncoder.encode(payload, StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>();
        for (String template : routeTemplates()) {
            Matcher parameter = ROUTE_PARAMETER.matcher(template);
            String path = "/"
                    + parameter.replaceAll(m -> Matcher.quoteReplacement(
                            URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20")));
            String route =
                    template.contains(":") ? template.substring(0, Math.max(0, template.indexOf("/:"))) : template;
            List<String> names = QUERY_PARAMETERS.getOrDefault(route, List.of("x"));
            paths.add(path + "?" + names.stream().map(n -> n + "=" + value).collect(Collectors.joining("&")));
        }
        return paths;
    }

    private List<String> routeTemplates() {
        ApplicationRouteRegistry registry =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        TreeSet<String> templates = new TreeSet<>();
        registry.getRegisteredRoutes().forEach(route -> {
            templates.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
        });
        return List.copyOf(templates);
    }

    private void openBrowser() {
        if (browser == null) {
            browser = Browser.start(
                    1280, 1000, options -> options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE));
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
            Pages.logIn(browser, port); // staff pages too: an editor is the target of a stored injection
        }
    }

    private void visit(String path) {
        browser.get(base() + path);
        settle();
        checkNothingRan(path);
    }

    /** Waits for the page and, where it is a Vaadin page, for Vaadin to finish talking to the server. */
    private void settle() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(d -> Boolean.TRUE.equals(browser.executeScript(
                            "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                    + "return document.readyState === 'complete' && (!clients"
                                    + " || Object.values(clients).every(c => !c.isActive || !c.isActive()));")));
        } catch (UnhandledAlertException e) {
            // an open dialog blocks the page; checkNothingRan reports it
        }
    }

    private void checkNothingRan(String path) {
        try {
            String text = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            findings.add(path + ": a dialog opened: " + text);
        } catch (NoAlertPresentException e) {
            // as it should be
        }
        Object injected = browser.executeScript(
                "const v = localStorage.getItem('injected'); localStorage.removeItem('injected'); return v;");
        if (injected != null) {
            findings.add(path + ": the page called " + injected);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
