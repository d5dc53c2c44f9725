package be.wegwijzer.benchmark;

import be.wegwijzer.browser.Browser;
import be.wegwijzer.search.SearchUrl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production jar on the real corpus, as a visitor meets it: cold and warm start to the first page, heap per
 * open search page (Vaadin UI), the time until Chromium shows results, and concurrent page loads over HTTP.
 */
final class PortalBenchmark {

    /** Records when the first search hit appears, measured by the page itself from the start of the navigation. */
    private static final String FIRST_HIT_PROBE = """
            new MutationObserver((changes, observer) => {
              if (document.querySelector('.hit')) { window.__firstHit = performance.now(); observer.disconnect(); }
            }).observe(document, {childList: true, subtree: true});
            """;

    private static final String RESULTS_PAGE = "/zoeken?q=werkdruk";
    /** A class name of a result in the server-rendered page. */
    private static final String RESULTS_MARK = "hit-title";

    record Settings(
            int uiCount, int warmNavigations, Duration perHttpLevel, int[] httpConcurrency, int maxRequestsPerLevel) {
        static Settings full() {
            return new Settings(300, 20, Duration.ofSeconds(15), new int[] {1, 2, 4, 8}, 4000);
        }

        static Settings quick() {
            return new Settings(20, 2, Duration.ofSeconds(2), new int[] {1, 2}, 200);
        }
    }

    private PortalBenchmark() {}

    static void run(Path projectDir, Path contentDir, Settings settings, Report report) throws Exception {
        report.heading("Portal: production jar on the real corpus");
        long buildStarted = System.nanoTime();
        Path jar = PortalProcess.buildProductionJar(projectDir);
        report.line(String.format(
                "Production jar built from a copy of the sources in %.0f s (`./mvnw -Pproduction -DskipTests package`).",
                (System.nanoTime() - buildStarted) / 1e9));
        Path dataDir = PortalContext.DATA_ROOT.resolve("portal").toAbsolutePath();
        PortalContext.deleteRecursively(dataDir);
        Duration coldFirstPage;
        Duration coldResults;
        try (PortalProcess portal =
                PortalProcess.start(jar, dataDir, contentDir, PortalContext.DATA_ROOT.resolve("portal-cold.log"))) {
            coldFirstPage = portal.awaitFirstPage(Duration.ofMinutes(5));
            coldResults = portal.awaitPageContaining(RESULTS_PAGE, RESULTS_MARK, Duration.ofMinutes(5));
        }
        try (PortalProcess portal =
                PortalProcess.start(jar, dataDir, contentDir, PortalContext.DATA_ROOT.resolve("portal.log"))) {
            Duration warmFirstPage = portal.awaitFirstPage(Duration.ofMinutes(5));
            Duration warmResults = portal.awaitPageContaining(RESULTS_PAGE, RESULTS_MARK, Duration.ofMinutes(5));
            report.line(String.format(
                    "From `java -jar` to the first `GET /` answering 200: **cold %.1f s** (empty data folder: "
                            + "unpack MariaDB, create the schema, start Vaadin) and warm %.1f s (existing data). The start-up import "
                            + "runs after the web server is up, so the first page comes before the content: `%s` first shows "
                            + "results after **%.1f s cold** (import and index %s) and %.1f s warm (content unchanged). JVM %s.",
                    coldFirstPage.toMillis() / 1000.0,
                    warmFirstPage.toMillis() / 1000.0,
                    RESULTS_PAGE,
                    coldResults.toMillis() / 1000.0,
                    contentDir,
                    warmResults.toMillis() / 1000.0,
                    PortalProcess.HEAP));
            List<String> urls = QueryMix.QUERIES.stream()
                    .map(q -> SearchUrl.href(q.request()))
                    .toList();
            heapPerUi(portal, urls, settings, report);
            browser(portal, urls, settings, report);
            httpLoad(portal, urls, settings, report);
        }
    }

    // ---- heap per UI ------------------------------------------------------------------------------------

    private static void heapPerUi(PortalProcess portal, List<String> urls, Settings settings, Report report)
            throws Exception {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 30; i++) {
            get(client, portal.url(urls.get(i % urls.size())));
        }
        portal.expireAllSessions();
        long before = portal.heapAfterGc();
        int sessionsBefore = portal.activeSessions();
        List<List<String>> rows = new ArrayList<>();
        long previous = before;
        int previousSessions = sessionsBefore;
        for (int round = 1; round <= 2; round++) {
            // no cookies: every request is a new visitor, so a new HTTP session with one UI on the search page
            for (int i = 0; i < settings.uiCount(); i++) {
                int status = get(client, portal.url(urls.get(i % urls.size())));
                if (status != 200) {
                    throw new IllegalStateException("Search page answered " + status);
                }
            }
            long after = portal.heapAfterGc();
            int sessions = portal.activeSessions();
            rows.add(List.of(
                    String.valueOf(round),
                    String.valueOf(sessions - previousSessions),
                    Report.mb(previous),
                    Report.mb(after),
                    Report.num((after - previous) / 1024.0 / Math.max(1, sessions - previousSessions), 0)));
            previous = after;
            previousSessions = sessions;
        }
        report.subheading("Heap per open search page");
        report.line(
                "Each UI is one `GET /zoeken?q=…` without cookies (a new HTTP session whose UI Vaadin builds and renders "
                        + "server-side, `vaadin.eagerServerLoad=true`), then heap used after four full GCs (over JMX), before and after.");
        report.table(List.of("round", "new sessions (UIs)", "heap before", "heap after", "KB per UI"), rows);
        report.line(String.format(
                "Over both rounds: **%.0f KB per UI**.",
                (previous - before) / 1024.0 / Math.max(1, previousSessions - sessionsBefore)));
        portal.expireAllSessions();
    }

    // ---- Chromium -----------------------------------------------------------------------------------------

    private static void browser(PortalProcess portal, List<String> urls, Settings settings, Report report) {
        Histogram coldFirstHit = LatencyStats.newHistogram();
        for (int i = 0; i < 3; i++) {
            ChromeDriver chrome = Browser.start(1280, 1000);
            try {
                probe(chrome);
                coldFirstHit.recordValue(firstHitMicros(chrome, portal.url(urls.getFirst())));
            } finally {
                chrome.quit();
            }
        }
        Histogram warmFirstHit = LatencyStats.newHistogram();
        Histogram inPage = LatencyStats.newHistogram();
        ChromeDriver chrome = Browser.start(1280, 1000);
        try {
            probe(chrome);
            for (int i = 0; i < settings.warmNavigations(); i++) {
                warmFirstHit.recordValue(firstHitMicros(chrome, portal.url(urls.get(i % urls.size()))));
            }
            String[] words = {
                "telewerk", "burn-out", "opleiding", "sectorfonds", "motivatie", "re-integratie", "werkdruk", "subsidie"
            };
            for (int i = 0; i < settings.warmNavigations(); i++) {
                String word = words[i % words.length];
                WebElement field = new WebDriverWait(chrome, Duration.ofSeconds(30))
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".search-box input")));
                field.clear();
                field.sendKeys(word);
                long started = System.nanoTime();
                field.sendKeys(Keys.ENTER);
                // the view re-renders, so an element found a moment ago can be gone
                new WebDriverWait(chrome, Duration.ofSeconds(30), Duration.ofMillis(5))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.cssSelector(".result-status"))
                                .getText()
                                .contains(word));
                LatencyStats.record(inPage, System.nanoTime() - started);
            }
        } finally {
            chrome.quit();
        }
        report.subheading("Time until Chromium shows results");
        report.line(
                "Headless Chromium (flags of `browser/Browser.java`). *Page load*: from the start of the navigation to "
                        + "`/zoeken?q=…` until the first `.hit` is in the DOM (a MutationObserver in the page records it); cold = a new "
                        + "browser with an empty cache, warm = the same browser for the searches of the mix. *In-page search*: Enter in the "
                        + "search box until the result status names the new word (measured from the test, polling every 5 ms).");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("page load, cold cache", LatencyStats.of(coldFirstHit, 0)));
        rows.add(row("page load, warm cache", LatencyStats.of(warmFirstHit, 0)));
        rows.add(row("in-page search (Enter)", LatencyStats.of(inPage, 0)));
        report.table(List.of("what", "runs", "p50 ms", "p95 ms", "max ms"), rows);
    }

    private static List<String> row(String what, LatencyStats stats) {
        return List.of(
                what,
                String.valueOf(stats.count()),
                Report.ms(stats.p50()),
                Report.ms(stats.p95()),
                Report.ms(stats.max()));
    }

    private static void probe(ChromeDriver chrome) {
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FIRST_HIT_PROBE));
    }

    private static long firstHitMicros(ChromeDriver chrome, URI url) {
        chrome.get(url.toString());
        Object millis = new WebDriverWait(chrome, Duration.ofSeconds(60), Duration.ofMillis(10))
                .until(d -> ((ChromeDriver) d).executeScript("return window.__firstHit"));
        return Math.round(((Number) millis).doubleValue() * 1000);
    }

    // ---- HTTP load ------------------------------------------------------------------------------------------

    private static void httpLoad(PortalProcess portal, List<String> urls, Settings settings, Report report)
            throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int concurrency : settings.httpConcurrency()) {
            portal.expireAllSessions();
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            long deadline = System.nanoTime() + settings.perHttpLevel().toNanos();
            AtomicLong requests = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            List<Future<Histogram>> parts = new ArrayList<>();
            long started = System.nanoTime();
            MachineLoad.Snapshot load = MachineLoad.now();
            try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
                for (int c = 0; c < concurrency; c++) {
                    int first = c * urls.size() / concurrency;
                    parts.add(pool.submit(() -> {
                        Histogram histogram = LatencyStats.newHistogram();
                        int i = first;
                        while (System.nanoTime() < deadline
                                && requests.incrementAndGet() <= settings.maxRequestsPerLevel()) {
                            long start = System.nanoTime();
                            int status;
                            try {
                                status = get(client, portal.url(urls.get(i)));
                            } catch (Exception e) {
                                status = -1;
                            }
                            LatencyStats.record(histogram, System.nanoTime() - start);
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                            i = (i + 1) % urls.size();
                        }
                        return histogram;
                    }));
                }
            }
            long wall = System.nanoTime() - started;
            Histogram total = LatencyStats.newHistogram();
            for (Future<Histogram> part : parts) {
                total.add(part.resultNow());
            }
            LatencyStats stats =
                    LatencyStats.of(total, wall).withOtherCores(MachineLoad.otherCores(load, MachineLoad.now()));
            int sessions = portal.activeSessions();
            long heap = portal.heapAfterGc();
            rows.add(List.of(
                    String.valueOf(concurrency),
                    Report.ms(stats.p50()),
                    Report.ms(stats.p95()),
                    Report.ms(stats.p99()),
                    Report.num(stats.throughput(), 1),
                    Report.num(stats.count(), 0),
                    String.valueOf(errors.get()),
                    String.valueOf(sessions),
                    Report.mb(heap),
                    Report.cores(stats.otherCores())));
        }
        portal.expireAllSessions();
        report.subheading("Concurrent page loads over HTTP (loopback, from the benchmark process)");
        report.line(
                "Closed loop: each client sends `GET /zoeken?…` for the searches of the mix, without cookies, and the next "
                        + "request when the answer is complete; "
                        + settings.perHttpLevel().toSeconds() + " s per level (at most "
                        + settings.maxRequestsPerLevel()
                        + " requests). What this measures: the whole server-side first page (new HTTP "
                        + "session, new Vaadin UI, the search with facets and highlights, rendering into the HTML response), not the "
                        + "browser's work, static files or later UI round trips. Client and portal share the two cores. Sessions are "
                        + "ended between levels; the last columns show what one level left behind.");
        report.table(
                List.of(
                        "clients",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "pages/s",
                        "requests",
                        "errors",
                        "open sessions after",
                        "heap after GC",
                        "other processes' CPU"),
                rows);
    }

    private static int get(HttpClient client, URI url) throws Exception {
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }
}
