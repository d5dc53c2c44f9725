package be.wegwijzer.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real visitor sessions against the production jar on the real corpus, Vaadin round trips included, with a stepped
 * number of concurrent visitors: {@code ./mvnw -Pload verify} (docs/deployment.md, "Load and faults").
 *
 * <p>One visit, as Chromium does it (captured from the browser, see docs/deployment.md): the first page
 * ({@code GET /}, whose HTML carries the first UIDL with the CSRF token and node ids, plus its scripts and styles), the
 * client's first round trip, type-ahead in the search box, Enter, a tick on the first "Soort inhoud" filter, an item
 * page and the Steunzoeker with a situation in the URL (router navigations); then the visitor leaves (the browser's
 * unload beacon). Each round trip is a UIDL POST that carries the CSRF token, the server's last sync id and the
 * client's message counter, as the Flow client sends them. Think time between steps: {@code load.think} seconds.
 *
 * <p>Closed model: {@code load.levels} concurrent visitors, each level held for {@code load.plateau} seconds; a visitor
 * who is done is replaced by a new one. After the levels, {@code load.held} further visitors make the same visit but
 * keep their page open; their sessions are ended over JMX to measure the heap they held.
 */
public class LoadSimulation extends Simulation {

    private static final double P95_BOUND_MS = 1000;
    private static final int[] LEVELS = Arrays.stream(
                    System.getProperty("load.levels", "10,20,40,60,80,100,130,160,200")
                            .split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    private static final Duration PLATEAU = Duration.ofSeconds(Long.getLong("load.plateau", 45));
    private static final Duration RAMP = Duration.ofSeconds(5);
    /** A few visitors first, not measured: the JIT compiles the hot paths, as in a portal that has been running. */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmup", 60));

    private static final int WARM_UP_VISITORS = 5;
    private static final int HELD = Integer.getInteger("load.held", 200);
    private static final int[] THINK = Arrays.stream(
                    System.getProperty("load.think", "2-6").split("-"))
            .mapToInt(Integer::parseInt)
            .toArray();
    private static final Path RESULTS = Path.of("target", "load-results.md");

    /** Real searches, items and situations from content/: search, item page, Steunzoeker. */
    private static final List<Map<String, Object>> VISITS = List.of(
            visit(
                    "werkdruk",
                    "fiche/emotionele-belasting-opvangen",
                    "statuut=werkgever&werknemers=8&sector=voeding&regio=limburg"),
            visit(
                    "burn-out",
                    "fiche/burn-out-voorkomen",
                    "statuut=werkgever&werknemers=25&sector=bouw&regio=antwerpen"),
            visit(
                    "telewerk",
                    "fiche/digitaal-loskoppelen",
                    "statuut=werkgever&werknemers=12&sector=horeca&regio=oost-vlaanderen"),
            visit(
                    "coachend leiderschap",
                    "fiche/coachend-leiderschap",
                    "statuut=werkgever&werknemers=40&sector=metaal&regio=west-vlaanderen"),
            visit(
                    "opleiding",
                    "maatregel/competentiechecks-ondernemingen",
                    "statuut=werkgever&werknemers=5&sector=voeding&regio=vlaams-brabant"),
            visit(
                    "ergonomie",
                    "tool/alimento-ergonomiescan",
                    "statuut=werkgever&werknemers=60&sector=voeding&regio=limburg"),
            visit(
                    "sectorconsulent",
                    "maatregel/begeleiding-door-sectorconsulent",
                    "statuut=zelfstandige&sector=hout&regio=antwerpen"),
            visit("loopbaan", "fiche/duurzame-loopbanen", "statuut=werknemer&regio=brussel"));

    /** The "Soort inhoud" checkbox group and its first checkbox, as the UIDL that renders the search page adds them. */
    private static final Pattern TYPE_FILTER = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":2,\"index\":0,"
                    + "\"addNodes\":\\[(\\d+)[^]]*]},\\{\"node\":\\1,\"type\":\"put\",\"key\":\"accessibleName\",\"feat\":1,\"value\":\"Soort inhoud\"}");

    private static final LoadLevels LOAD = new LoadLevels(LEVELS, PLATEAU.toMillis(), RAMP.toMillis());
    private static final Set<String> OPEN_SESSIONS = ConcurrentHashMap.newKeySet();
    private static volatile PortalProcess portal;
    private static volatile String startup = "";

    public LoadSimulation() {
        HttpProtocolBuilder protocol = http.acceptLanguageHeader("nl-BE,nl;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) wegwijzer-load-test")
                // the first page's scripts and styles, fetched once per visitor (a first visit, nothing cached)
                .inferHtmlResources();

        ScenarioBuilder visitors = scenario("bezoekers")
                .exec(
                        exec(session -> {
                            LOAD.start(System.currentTimeMillis()
                                    + WARM_UP.plus(RAMP).toMillis());
                            return session;
                        }),
                        doIfOrElse(session -> !LOAD.pastTheLimit(System.currentTimeMillis(), P95_BOUND_MS))
                                .then(visit(), leave())
                                // past the knee: stand by instead of adding waiting visitors (the closed model replaces
                                // a visitor at once)
                                .orElse(pause(PLATEAU)));

        ScenarioBuilder holders = scenario("open pagina's")
                .exec(
                        visit(),
                        getCookieValue(
                                CookieKey("JSESSIONID").withDomain("127.0.0.1").saveAs("sessionId")),
                        exec(session -> {
                            OPEN_SESSIONS.add(session.getString("sessionId"));
                            return session;
                        }));

        List<ClosedInjectionStep> steps = new ArrayList<>();
        steps.add(constantConcurrentUsers(WARM_UP_VISITORS).during(WARM_UP));
        for (int i = 0; i < LEVELS.length; i++) {
            steps.add(rampConcurrentUsers(i == 0 ? WARM_UP_VISITORS : LEVELS[i - 1])
                    .to(LEVELS[i])
                    .during(RAMP));
            steps.add(constantConcurrentUsers(LEVELS[i]).during(PLATEAU));
        }
        setUp(visitors.injectClosed(steps)
                        .andThen(holders.injectOpen(rampUsers(HELD).during(Duration.ofSeconds(30)))))
                .protocols(protocol);
    }

    // ---- the visit ----------------------------------------------------------------------------------------

    private static ChainBuilder visit() {
        return exec(
                exec(session -> session.setAll(VISITS.get((int) (session.userId() % VISITS.size())))),
                timed(http("pagina /")
                        .get(session -> url("/"))
                        .check(
                                status().is(200),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"syncId\":(\\d+)").saveAs("syncId"),
                                regex("\"clientId\":(\\d+)").saveAs("clientId"),
                                regex(
                                                "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-text-field\"}")
                                        .saveAs("searchField"))),
                // the client confirms the route it shows
                uidl("uidl: eerste pagina", session -> navigation("/", "", 0, "")),
                think(),
                uidl(
                        "uidl: typen",
                        session -> "[{\"type\":\"event\",\"node\":" + session.getString("searchField")
                                + ",\"event\":\"input\",\"data\":{\"1\":1,\"element.value\":" + json(typed(session))
                                + ",\"for\":\"trailing\"}}]"),
                uidl(
                        "uidl: zoeken (Enter)",
                        session -> {
                            String field = session.getString("searchField");
                            String query = json(session.getString("query"));
                            return "[{\"type\":\"event\",\"node\":" + field
                                    + ",\"event\":\"input\",\"data\":{\"1\":1,\"element.value\":" + query
                                    + ",\"for\":\"trailing\"}},{\"type\":\"event\",\"node\":" + field
                                    + ",\"event\":\"keypress\",\"data\":"
                                    + "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.code\":\"Enter\",\"event.key\":\"Enter\","
                                    + "\"event.isComposing\":false,\"event.ctrlKey\":false,\"event.repeat\":false,\"event.location\":0,"
                                    + "\"event.altKey\":false}},{\"type\":\"mSync\",\"node\":" + field
                                    + ",\"feature\":1,\"property\":\"value\","
                                    + "\"value\":" + query + "},{\"type\":\"event\",\"node\":" + field
                                    + ",\"event\":\"change\",\"data\":{}}]";
                        },
                        substring("hit-title"),
                        bodyString().transform(LoadSimulation::typeFilter).saveAs("typeFilter")),
                think(),
                uidl(
                        "uidl: filter",
                        session -> {
                            String[] nodes = session.getString("typeFilter").split(",");
                            return "[{\"type\":\"mSync\",\"node\":" + nodes[1]
                                    + ",\"feature\":1,\"property\":\"checked\",\"value\":true},"
                                    + "{\"type\":\"event\",\"node\":" + nodes[1]
                                    + ",\"event\":\"checked-changed\",\"data\":{}},"
                                    + "{\"type\":\"mSync\",\"node\":" + nodes[0]
                                    + ",\"feature\":1,\"property\":\"value\",\"value\":[\"1\"]},"
                                    + "{\"type\":\"event\",\"node\":" + nodes[0]
                                    + ",\"event\":\"value-changed\",\"data\":{}}]";
                        },
                        substring("hit-title")),
                think(),
                uidl(
                        "uidl: itempagina",
                        session -> navigation(session.getString("item"), "", 2, "client"),
                        substring("\"h1\"")),
                think(),
                uidl(
                        "uidl: steunzoeker",
                        session -> navigation("steunzoeker", session.getString("situation"), 3, "client"),
                        substring("finder-fits")),
                think());
    }

    /** What the browser sends when the visitor closes the tab or goes elsewhere: the server closes the UI. */
    private static ChainBuilder leave() {
        return exec(http("uidl: weg (unload beacon)")
                .post(session -> url("/?v-r=uidl&v-uiId=" + session.getString("uiId")))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> message(session, "[]").replaceFirst("}$", ",\"UNLOAD\":true}")))
                .check(status().is(200)));
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(THINK[0]), Duration.ofSeconds(THINK[THINK.length - 1]));
    }

    @SafeVarargs
    private static ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(
                status().is(200),
                regex("^\\{\"clientId\":(\\d+)").saveAs("clientId"),
                regex("\"syncId\":(\\d+)}\\s*$").saveAs("syncId"),
                // what Vaadin answers when something went wrong on the server or the session is gone
                substring("appError").notExists(),
                substring("sessionExpired").notExists(),
                substring("\"add\":[\"error-page\"]").notExists(),
                substring("\"add\":[\"not-found\"]").notExists()));
        all.addAll(List.of(checks));
        return timed(http(name)
                .post(session -> url("/?v-r=uidl&v-uiId=" + session.getString("uiId")))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message(session, rpc.apply(session))))
                .check(all));
    }

    /** Times the round trip as the visitor waits for it, records it for its level, and ends the visit when it failed. */
    private static ChainBuilder timed(HttpRequestActionBuilder request) {
        return exec(
                exec(session ->
                        session.set("sentAt", System.currentTimeMillis()).set("sentNanos", System.nanoTime())),
                exec(request),
                exec(session -> {
                    LOAD.record(
                            session.getLong("sentAt"),
                            System.nanoTime() - session.getLong("sentNanos"),
                            !session.isFailed());
                    return session;
                }),
                exitHereIfFailed());
    }

    private static String message(Session session, String rpc) {
        return "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":" + rpc + ",\"syncId\":"
                + session.getString("syncId") + ",\"clientId\":" + session.getString("clientId") + "}";
    }

    private static String navigation(String route, String query, int historyIndex, String trigger) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(route)
                + ",\"query\":"
                + json(query) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + historyIndex + "},\"trigger\":"
                + json(trigger) + "}}]";
    }

    /** The first letters of the query, as typed before the suggestions show. */
    private static String typed(Session session) {
        String query = session.getString("query");
        return query.substring(0, Math.min(4, query.length()));
    }

    static String typeFilter(String uidl) {
        Matcher matcher = TYPE_FILTER.matcher(uidl);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1) + "," + matcher.group(2);
        }
        if (found == null) {
            throw new IllegalStateException("No 'Soort inhoud' filter in the search page");
        }
        return found;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, Object> visit(String query, String item, String situation) {
        return Map.of("query", query, "item", item, "situation", situation);
    }

    private static String url(String pathAndQuery) {
        return portal.url(pathAndQuery).toString();
    }

    // ---- the portal ---------------------------------------------------------------------------------------

    @Override
    public void before() {
        try {
            Path project = Path.of("").toAbsolutePath();
            String given = System.getProperty("load.jar", "");
            long buildStarted = System.nanoTime();
            Path jar = given.isBlank() ? PortalProcess.buildProductionJar(project) : Path.of(given);
            Path dataDir = PortalContext.DATA_ROOT.resolve("load").toAbsolutePath();
            PortalContext.deleteRecursively(dataDir);
            portal = PortalProcess.start(
                    jar, dataDir, project.resolve("content"), PortalContext.DATA_ROOT.resolve("load-portal.log"));
            // a child process outlives its parent: should Gatling end without after(), the portal (and its MariaDB)
            // must not stay
            PortalProcess started = portal;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception e) {
                    // already stopped by after()
                }
            }));
            Duration ready = portal.awaitPageContaining("/zoeken?q=werkdruk", "hit-title", Duration.ofMinutes(10));
            portal.expireAllSessions(); // the polling above opened one per try
            startup = String.format(
                    Locale.ROOT,
                    "Production jar %s; portal (heap %s, embedded MariaDB, local Lucene index) "
                            + "on an empty data folder, showing the imported corpus after %.0f s.",
                    given.isBlank()
                            ? String.format(
                                    Locale.ROOT,
                                    "built in %.0f s",
                                    (System.nanoTime() - buildStarted) / 1e9 - ready.toSeconds())
                            : "given with -Dload.jar",
                    PortalProcess.HEAP,
                    ready.toMillis() / 1000.0);
            System.out.println("[load] " + startup);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the portal", e);
        }
    }

    @Override
    public void after() {
        try {
            Report report = new Report(RESULTS);
            report.line("# Load test results");
            report.line("");
            report.line(Benchmark.machine());
            report.line("");
            report.line(startup);
            levels(report);
            heap(report);
            System.out.println("[load] figures written to " + RESULTS.toAbsolutePath());
        } catch (Exception e) {
            throw new IllegalStateException("Could not measure the portal", e);
        } finally {
            try {
                portal.close();
            } catch (Exception e) {
                System.err.println("[load] could not stop the portal: " + e);
            }
        }
    }

    private static void levels(Report report) {
        report.heading("Concurrent visitors");
        report.line(String.format(
                Locale.ROOT,
                "Closed model: each level keeps this many visitors busy for %d s (a visitor who is "
                        + "done is replaced at once); think time %d–%d s between steps; %d s of warm-up with %d visitors before the first level. A row counts every page request and UIDL "
                        + "round trip a visitor waits for (scripts and styles not included) that started during the level.",
                PLATEAU.toSeconds(),
                THINK[0],
                THINK[THINK.length - 1],
                WARM_UP.toSeconds(),
                WARM_UP_VISITORS));
        List<List<String>> rows = new ArrayList<>();
        for (LoadLevels.Level level : LOAD.levels()) {
            LatencyStats s = level.stats();
            rows.add(List.of(
                    String.valueOf(level.visitors()),
                    Report.num(s.count(), 0),
                    Report.num(s.throughput(), 1),
                    Report.ms(s.p50()),
                    Report.ms(s.p95()),
                    Report.ms(s.p99()),
                    Report.ms(s.max()),
                    String.valueOf(level.errors()),
                    level.held(P95_BOUND_MS) ? "yes" : "no"));
        }
        report.table(
                List.of(
                        "visitors",
                        "round trips",
                        "per s",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "max ms",
                        "errors",
                        "p95 < 1 s, no error"),
                rows);
        report.line(String.format(
                Locale.ROOT,
                "**Held: %d concurrent visitors** with p95 under 1 s and no error (round trips outside the "
                        + "levels — warm-up, ramps, the open-page visitors: %d, of which %d failed).",
                LOAD.held(P95_BOUND_MS),
                LOAD.outsidePlateaus(),
                LOAD.outsideErrors()));
    }

    private static void heap(Report report) throws Exception {
        int sessions = portal.activeSessions();
        long withAll = portal.heapAfterGc();
        portal.expireSessions(OPEN_SESSIONS);
        int left = portal.activeSessions();
        long withoutOpen = portal.heapAfterGc();
        portal.expireAllSessions();
        long none = portal.heapAfterGc();
        int open = sessions - left;
        report.heading("Heap per session");
        report.line(String.format(
                Locale.ROOT,
                "Heap used after full GCs (over JMX) with every session of the run, after ending the "
                        + "%d sessions whose visitors kept their page open (the Steunzoeker after the whole visit), and after ending "
                        + "all %d sessions. The other sessions belong to visitors who left (unload beacon: their UI is closed, the "
                        + "HTTP session lives on until its 30-minute timeout).",
                open,
                sessions));
        report.table(
                List.of("sessions", "heap after GC"),
                List.of(
                        List.of(sessions + " (" + open + " with an open page)", Report.mb(withAll)),
                        List.of(left + " (visitors who left)", Report.mb(withoutOpen)),
                        List.of("0", Report.mb(none))));
        report.line(String.format(
                Locale.ROOT,
                "**%.0f KB per session with an open page**; %.1f KB per session of a visitor who left.",
                (withAll - withoutOpen) / 1024.0 / Math.max(1, open),
                (withoutOpen - none) / 1024.0 / Math.max(1, left)));
        Files.createDirectories(RESULTS.getParent());
    }
}
