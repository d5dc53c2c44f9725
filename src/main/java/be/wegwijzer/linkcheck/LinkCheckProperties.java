package be.wegwijzer.linkcheck;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the link check ({@code wegwijzer.link-check.*}); see README "Configure". The schedule,
 * {@code wegwijzer.link-check.cron}, is read by {@code @Scheduled} directly.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer
 * @param concurrency    how many hosts are checked at the same time; one host never gets more than one request at a time
 * @param userAgent      how the checker introduces itself to the sites it checks; blank means the built-in one
 * @param onlyHosts      when not empty, only addresses on these hosts (or their subdomains) are checked; the tests use
 *                       it to never leave the machine
 */
@ConfigurationProperties("wegwijzer.link-check")
public record LinkCheckProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("4") int concurrency,
        String userAgent,
        @DefaultValue List<String> onlyHosts) {

    public LinkCheckProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException(
                    "wegwijzer.link-check.concurrency must be at least 1, not " + concurrency);
        }
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = LinkChecker.DEFAULT_USER_AGENT;
        }
        onlyHosts = onlyHosts == null
                ? List.of()
                : onlyHosts.stream()
                        .map(h -> h.trim().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .toList();
    }

    LinkChecker.Settings checkerSettings() {
        return new LinkChecker.Settings(connectTimeout, requestTimeout, userAgent);
    }

    /** Whether an address on {@code host} may be checked. */
    boolean allows(String host) {
        if (onlyHosts.isEmpty()) {
            return true;
        }
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return onlyHosts.stream().anyMatch(allowed -> h.equals(allowed) || h.endsWith("." + allowed));
    }
}
