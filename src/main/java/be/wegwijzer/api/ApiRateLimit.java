package be.wegwijzer.api;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@link ApiProperties#requestsPerMinute()} API requests per client address and minute (a token bucket per
 * address, Bucket4j); more are answered with 429 and {@code Retry-After}. The client address is Tomcat's remote
 * address: with {@code server.forward-headers-strategy=native} Tomcat takes it from {@code X-Forwarded-For} only when
 * the request came from an internal address (a proxy of our own), so a client cannot pick its own bucket.
 */
class ApiRateLimit extends OncePerRequestFilter {

    /** The addresses remembered at most; the least recently seen one is forgotten first. */
    static final int MAX_CLIENTS = 50_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    ApiRateLimit(ApiProperties properties) {
        this.perMinute = properties.requestsPerMinute();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (HttpMethod.OPTIONS.matches(request.getMethod())) {
            chain.doFilter(request, response); // a CORS preflight is the browser's, not a request of the client
            return;
        }
        ConsumptionProbe probe = bucket(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        response.setHeader("X-RateLimit-Limit", String.valueOf(perMinute));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
        response.setContentType(ApiErrors.PROBLEM.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + request.getContextPath() + "/ontwikkelaars#te-veel-verzoeken\","
                        + "\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Meer dan " + perMinute + " verzoeken per minuut van dit adres. Probeer het"
                        + " opnieuw over " + seconds + " seconden.\",\"errors\":[]}");
    }

    private Bucket bucket(String address) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(
                    address,
                    a -> Bucket.builder()
                            .addLimit(limit ->
                                    limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                            .build());
        }
    }
}
