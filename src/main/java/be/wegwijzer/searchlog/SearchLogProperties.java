package be.wegwijzer.searchlog;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search log ({@code wegwijzer.search-log.*}); see README "Configure".
 *
 * @param retention how long a search is kept; ISO-8601 period ({@code P13M}: a year to compare with, plus a month)
 */
@ConfigurationProperties("wegwijzer.search-log")
public record SearchLogProperties(@DefaultValue("P13M") Period retention) {

    public SearchLogProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("wegwijzer.search-log.retention must be positive, not " + retention);
        }
    }
}
