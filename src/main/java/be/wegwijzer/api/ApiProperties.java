package be.wegwijzer.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open API ({@code wegwijzer.api.*}); see README "Configure".
 *
 * @param requestsPerMinute how many requests one client address may make per minute; more are answered with 429
 * @param maxAge            how long (seconds) a client or cache may reuse an answer before asking again (with its ETag)
 */
@ConfigurationProperties("wegwijzer.api")
public record ApiProperties(
        @DefaultValue("120") int requestsPerMinute,
        @DefaultValue("60") int maxAge) {

    public ApiProperties {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException(
                    "wegwijzer.api.requests-per-minute must be at least 1, not " + requestsPerMinute);
        }
        if (maxAge < 0) {
            throw new IllegalArgumentException("wegwijzer.api.max-age must not be negative, not " + maxAge);
        }
    }
}
