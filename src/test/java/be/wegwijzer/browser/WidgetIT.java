package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embeddable widget on a page of another site: a static page served from another origin (the JDK's HTTP server on
 * a port of its own) embeds the portal's widget.js the way an intermediary would, and a visitor searches through it
 * with the keyboard in real Chromium. The API answers across origins (CORS), and axe checks the widget.
 */
@IntegrationTest
class WidgetIT {

    @LocalServerPort
    int port;

    private HttpServer otherSite;
    private ChromeDriver browser;

    @BeforeEach
    void startOtherSite() throws Exception {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String html = switch (path) {
                case "/zoeken.html" ->
                    page(
                            "Zoek mee bij het sociaal secretariaat",
                            "<script src=\"http://localhost:" + port + "/widget/widget.js\""
                                    + " data-doelgroep=\"werkgevers\" data-titel=\"Werkbaar werk voor werkgevers\""
                                    + " async></script>");
                case "/lijst.html" ->
                    page(
                            "Open steun voor de voeding",
                            "<script src=\"http://localhost:" + port + "/widget/widget.js\""
                                    + " data-type=\"maatregel\" data-open=\"ja\" data-zoekvak=\"nee\""
                                    + " data-titel=\"Open steunmaatregelen\" data-aantal=\"3\"></script>");
                default -> null;
            };
            byte[] body = (html == null ? "niet gevonden" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherSite.start();
        browser = Browser.start(1280, 900);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        otherSite.stop(0);
    }

    @Test
    void aVisitorOfAnotherSiteSearchesThroughTheWidget() {
        browser.get(otherOrigin() + "/zoeken.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector(".ww-result")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".ww-title")).getText())
                .isEqualTo("Werkbaar werk voor werkgevers");

        WebElement field = browser.findElement(By.cssSelector("input.ww-input"));
        String labelFor = browser.findElement(By.cssSelector("label.ww-label")).getAttribute("for");
        assertThat(labelFor).isEqualTo(field.getAttribute("id"));

        // keyboard only: tab from the top of the page into the field, type, Enter
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement()).isEqualTo(field);
        field.sendKeys("werkdruk", Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".ww-status")).getText().contains("voor ‘werkdruk’"));

        List<WebElement> results = browser.findElements(By.cssSelector(".ww-result"));
        assertThat(results).isNotEmpty();
        for (WebElement result : results) {
            String href = result.findElement(By.cssSelector("a.ww-link")).getAttribute("href");
            assertThat(href).startsWith("http://localhost:" + port + "/");
            assertThat(result.findElement(By.cssSelector(".ww-source")).getText())
                    .contains("Bron: Testcorpus (2026)", "nog niet nagekeken");
        }
        assertThat(browser.findElement(By.cssSelector(".ww-more-link")).getAttribute("href"))
                .startsWith("http://localhost:" + port + "/zoeken?")
                .contains("q=werkdruk", "doelgroep=werkgevers");

        List<Axe.Finding> findings = Axe.audit(browser, "widget-andere-site", 1280);
        assertThat(findings.stream().filter(Axe.Finding::blocking).map(Axe.Finding::toString))
                .isEmpty();

        // the first result opens the item's page on the portal
        results.getFirst().findElement(By.cssSelector("a.ww-link")).sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + "/"));
    }

    @Test
    void aFixedListNeedsNoSearchBox() {
        browser.get(otherOrigin() + "/lijst.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector(".ww-result")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("input.ww-input"))).isEmpty();
        List<WebElement> results = browser.findElements(By.cssSelector(".ww-result"));
        assertThat(results).hasSizeLessThanOrEqualTo(3);
        assertThat(results)
                .allSatisfy(r -> assertThat(
                                r.findElement(By.cssSelector(".ww-type")).getText())
                        .isEqualTo("Steunmaatregel"))
                .allSatisfy(r -> assertThat(
                                r.findElement(By.cssSelector(".ww-state")).getText())
                        .isEqualTo("Nu aan te vragen"));
        assertThat(Axe.audit(browser, "widget-lijst", 1280).stream()
                        .filter(Axe.Finding::blocking)
                        .map(Axe.Finding::toString))
                .isEmpty();
    }

    @Test
    void theLivePreviewRunsTheWidgetUnderThePortalsOwnPolicy() {
        browser.get("http://localhost:" + port + "/ontwikkelaars/widget");
        Browser.settle(browser);
        Pages.waitForWidgetPreview(browser);
        assertThat(browser.findElement(By.id("widget-snippet")).getText())
                .startsWith("<script src=\"http://localhost:" + port + "/widget/widget.js\"");
        // results in the preview: the policy let widget.js run and fetch from the API
        Object fetched = browser.executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/v1/zoeken')).length");
        assertThat(((Number) fetched).intValue()).isPositive();
        assertThat(Axe.audit(browser, "ontwikkelaars-widget", 1280).stream()
                        .filter(Axe.Finding::blocking)
                        .map(Axe.Finding::toString))
                .isEmpty();
    }

    private String otherOrigin() {
        return "http://127.0.0.1:" + otherSite.getAddress().getPort();
    }

    private static String page(String title, String widget) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><main><h1>" + title + "</h1>" + widget + "</main></body></html>";
    }
}
