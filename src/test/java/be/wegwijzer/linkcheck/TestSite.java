package be.wegwijzer.linkcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small web site on 127.0.0.1 with a random port, so link checks are tested without ever leaving the machine.
 *
 * <ul>
 * <li>{@code /ok} 200; {@code /missing} 404; {@code /server-error} 500</li>
 * <li>{@code /moved} 301 to {@code /ok}; {@code /moved-to-missing} 308 to {@code /missing}; {@code /found} 302 to {@code /ok}</li>
 * <li>{@code /loop-a} and {@code /loop-b} redirect to each other; {@code /hops/n} takes n redirects to reach a page</li>
 * <li>{@code /no-head} answers HEAD with 405, {@code /head-not-found} answers HEAD with 404; both work with GET</li>
 * <li>{@code /slow} waits {@link #SLOW} ms before answering; {@code /to-mailto} redirects to a mailto: address;
 * {@code /no-location} is a 301 without a Location</li>
 * </ul>
 * {@link #answer(String, int)} changes the status of a path, to break or repair a page between two checks.
 */
public final class TestSite implements AutoCloseable {

    static final long SLOW = 3_000;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final Queue<String> userAgents = new ConcurrentLinkedQueue<>();

    private TestSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // the slow page must not hold up the others
        server.setExecutor(executor);
        server.start();
    }

    public static TestSite start() {
        return new TestSite();
    }

    /** Full address of {@code path} on this site, e.g. {@code http://127.0.0.1:41234/ok}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** From now on, {@code path} answers {@code status} to every method. */
    void answer(String path, int status) {
        overrides.put(path, status);
    }

    /** Requests received, as "METHOD /path", in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + path);
            userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            boolean head = method.equals("HEAD");

            Integer override = overrides.get(path);
            if (override != null) {
                page(exchange, override, head);
                return;
            }
            if (path.startsWith("/hops/")) {
                int left = Integer.parseInt(path.substring("/hops/".length()));
                if (left == 0) {
                    page(exchange, 200, head);
                } else {
                    redirect(exchange, 302, "/hops/" + (left - 1));
                }
                return;
            }
            switch (path) {
                case "/ok" -> page(exchange, 200, head);
                case "/missing" -> page(exchange, 404, head);
                case "/server-error" -> page(exchange, 500, head);
                case "/moved" -> redirect(exchange, 301, "/ok");
                case "/moved-to-missing" -> redirect(exchange, 308, "/missing");
                case "/found" -> redirect(exchange, 302, "/ok");
                case "/loop-a" -> redirect(exchange, 301, "/loop-b");
                case "/loop-b" -> redirect(exchange, 301, "/loop-a");
                case "/no-head" -> page(exchange, head ? 405 : 200, head);
                case "/head-not-found" -> page(exchange, head ? 404 : 200, head);
                case "/to-mailto" -> redirect(exchange, 301, "mailto:info@example.org");
                case "/no-location" -> page(exchange, 301, true);
                case "/slow" -> {
                    try {
                        Thread.sleep(SLOW);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    page(exchange, 200, head);
                }
                default -> page(exchange, 404, head);
            }
        }
    }

    private static void page(HttpExchange exchange, int status, boolean head) throws IOException {
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = ("<!doctype html><title>" + status + "</title><p>Testpagina " + status)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
