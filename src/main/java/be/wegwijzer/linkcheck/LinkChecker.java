package be.wegwijzer.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Checks whether one web address still works. Plain Java on {@link HttpClient}, no Spring, so it can be tested
 * against a local server. Redirects are followed here rather than by the client, to tell permanent from temporary
 * ones, to cap them and to never leave http(s).
 */
public class LinkChecker implements AutoCloseable {

    public static final int MAX_REDIRECTS = 5;
    public static final String DEFAULT_USER_AGENT =
            "Mozilla/5.0 (compatible; WegwijzerWerkbaarWerk-linkcontrole/1.0; controleert links in de Wegwijzer Werkbaar Werk)";

    /**
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the answer to one request (each hop of a redirect is one request)
     * @param userAgent      sent with every request, so site owners can see who checks their pages
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout, String userAgent) {

        public Settings {
            Objects.requireNonNull(connectTimeout);
            Objects.requireNonNull(requestTimeout);
            Objects.requireNonNull(userAgent);
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), DEFAULT_USER_AGENT);
        }
    }

    private record Answer(int status, Optional<String> location) {}

    private final Settings settings;
    private final HttpClient client;

    public LinkChecker(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 only: some servers mishandle the h2c upgrade that HTTP/2 sends to plain http addresses
                .version(HttpClient.Version.HTTP_1_1)
                // honours -Dhttps.proxyHost and friends where the server reaches the web through a proxy
                .proxy(ProxySelector.getDefault())
                .build();
    }

    /** Checks {@code url}; never throws, every failure is a result. */
    public LinkCheckResult check(String url) {
        URI uri;
        try {
            uri = webAddress(url);
        } catch (IllegalArgumentException e) {
            return new LinkCheckResult(LinkStatus.ERROR, null, null, e.getMessage());
        }
        boolean movedPermanently = false;
        Set<URI> visited = new HashSet<>();
        for (int redirects = 0; ; redirects++) {
            if (!visited.add(uri)) {
                return new LinkCheckResult(
                        LinkStatus.ERROR,
                        null,
                        uri.toString(),
                        "De doorverwijzingen draaien in een kring en komen nooit bij een pagina.");
            }
            Answer answer;
            try {
                answer = fetch(uri);
            } catch (HttpConnectTimeoutException e) {
                return new LinkCheckResult(
                        LinkStatus.TIMEOUT,
                        null,
                        finalUrl(url, uri),
                        "Geen verbinding met " + uri.getHost() + " binnen " + seconds(settings.connectTimeout()) + ".");
            } catch (HttpTimeoutException e) {
                return new LinkCheckResult(
                        LinkStatus.TIMEOUT,
                        null,
                        finalUrl(url, uri),
                        "Geen antwoord van " + uri.getHost() + " binnen " + seconds(settings.requestTimeout()) + ".");
            } catch (IOException e) {
                return new LinkCheckResult(LinkStatus.ERROR, null, finalUrl(url, uri), describe(e, uri));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new LinkCheckResult(LinkStatus.ERROR, null, finalUrl(url, uri), "De controle werd onderbroken.");
            }
            int status = answer.status();
            if (!isRedirect(status)) {
                return verdict(status, finalUrl(url, uri), movedPermanently);
            }
            if (redirects == MAX_REDIRECTS) {
                return new LinkCheckResult(
                        LinkStatus.ERROR,
                        status,
                        uri.toString(),
                        "Meer dan " + MAX_REDIRECTS + " doorverwijzingen na elkaar; de controle stopt daar.");
            }
            if (answer.location().isEmpty()) {
                return new LinkCheckResult(
                        LinkStatus.ERROR,
                        status,
                        finalUrl(url, uri),
                        "Doorverwijzing (" + status + ") zonder nieuw adres.");
            }
            URI next;
            try {
                next = webAddress(uri.resolve(answer.location().get().trim()).toString());
            } catch (IllegalArgumentException e) {
                return new LinkCheckResult(
                        LinkStatus.ERROR,
                        status,
                        finalUrl(url, uri),
                        "Verwijst door naar '" + answer.location().get() + "', dat geen webpagina is.");
            }
            movedPermanently |= status == 301 || status == 308;
            uri = next;
        }
    }

    /** HEAD first; GET when the server does not answer HEAD properly. */
    private Answer fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> head = client.send(request(uri, "HEAD"), BodyHandlers.discarding());
        if (!headRefused(head.statusCode())) {
            return new Answer(head.statusCode(), head.headers().firstValue("Location"));
        }
        HttpResponse<InputStream> get = client.send(request(uri, "GET"), BodyHandlers.ofInputStream());
        // The status and headers are enough: closing without reading spares downloading a large page or PDF.
        get.body().close();
        return new Answer(get.statusCode(), get.headers().firstValue("Location"));
    }

    /**
     * Servers answer HEAD with 405 or 501, and quite a few with 403, 404 or even 500 where GET works. So any error
     * is retried once with GET; only 429 (too many requests) is not, out of politeness.
     */
    static boolean headRefused(int status) {
        return status >= 400 && status != 429;
    }

    private HttpRequest request(URI uri, String method) {
        return HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "nl-BE,nl;q=0.9,en;q=0.5")
                .build();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static LinkCheckResult verdict(int status, String finalUrl, boolean movedPermanently) {
        String after = finalUrl == null ? "" : " (na doorverwijzing naar " + finalUrl + ")";
        if (status >= 200 && status < 300) {
            return movedPermanently
                    ? new LinkCheckResult(
                            LinkStatus.REDIRECTED,
                            status,
                            finalUrl,
                            "Permanent verhuisd naar " + finalUrl + ". Pas de link aan.")
                    : new LinkCheckResult(LinkStatus.OK, status, finalUrl, null);
        }
        if (status >= 400) {
            return new LinkCheckResult(LinkStatus.BROKEN, status, finalUrl, httpProblem(status) + after + ".");
        }
        return new LinkCheckResult(
                LinkStatus.ERROR, status, finalUrl, "Onverwacht antwoord van de server (" + status + ")" + after + ".");
    }

    static String httpProblem(int status) {
        String what = switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Aanmelden vereist";
            case 403 -> "Toegang geweigerd";
            case 404 -> "Pagina niet gevonden";
            case 410 -> "Pagina verwijderd";
            case 429 -> "Te veel verzoeken; de server weigert tijdelijk";
            case 500 -> "Fout op de server";
            case 502, 503, 504 -> "Server tijdelijk niet bereikbaar";
            default -> status < 500 ? "De server weigert de pagina" : "Fout op de server";
        };
        return what + " (HTTP " + status + ")";
    }

    /** Turns a network failure into something an editor understands. */
    static String describe(IOException e, URI uri) {
        String host = uri.getHost();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "Onbekende server " + host + ": bestaat de website nog, en is het adres juist gespeld?";
            }
            if (t instanceof SSLException) {
                return "Beveiligde verbinding met " + host + " mislukt: mogelijk een ongeldig of verlopen certificaat.";
            }
        }
        if (e instanceof ConnectException) {
            return "De server " + host + " weigert de verbinding.";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Netwerkfout bij " + host + ": " + detail;
    }

    /** Only absolute http(s) addresses with a host; anything else is refused before any request. */
    static URI webAddress(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is geen geldig webadres.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(
                    "Alleen http- en https-adressen worden gecontroleerd, niet '" + url + "'.");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is geen geldig webadres: de server ontbreekt.");
        }
        return uri;
    }

    private static String finalUrl(String original, URI current) {
        String now = current.toString();
        return now.equals(original == null ? null : original.trim()) ? null : now;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0
                ? (millis / 1000) + " s"
                : String.format(Locale.forLanguageTag("nl-BE"), "%.1f s", millis / 1000.0);
    }

    @Override
    public void close() {
        client.close();
    }
}
