package be.wegwijzer.linkcheck;

import java.time.Duration;
import java.time.Instant;

/**
 * What one run of the link check found, counted per distinct address.
 *
 * @param startedAt  when the run started
 * @param checked    distinct addresses checked
 * @param ok         of which working
 * @param broken     of which answering 4xx/5xx
 * @param redirected of which moved permanently
 * @param timeouts   of which not answering in time
 * @param errors     of which failing otherwise
 * @param duration   how long the run took
 */
public record LinkCheckSummary(
        Instant startedAt,
        int checked,
        int ok,
        int broken,
        int redirected,
        int timeouts,
        int errors,
        Duration duration) {}
