package be.wegwijzer.searchlog;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.security.Role;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymous search analytics: what visitors search for, what finds nothing and what nobody opens, per ISO week.
 *
 * <p>A search is written in the background, each in its own short transaction, by one thread with a bounded queue:
 * the search page never waits for the log, and a full queue or a database problem loses log rows, never a search.
 * Searches by logged-in staff are not logged: they try searches out (often from the report itself), and the
 * reports are about visitors. Rows older than {@code wegwijzer.search-log.retention} are deleted every night.
 */
@Service
public class SearchLogService {

    private static final Logger log = LoggerFactory.getLogger(SearchLogService.class);

    /** Rows per report table. */
    public static final int REPORT_SIZE = 50;
    /** Searches waiting to be written; beyond this they are dropped rather than slowing the portal down. */
    static final int QUEUE_CAPACITY = 1_000;
    /** Highest rank a click is recorded for (the search page has at most 10,000 pages of 20). */
    static final int MAX_RANK = 200_000;

    private final SearchEventRepository events;
    private final SearchLogProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            Thread.ofPlatform().name("search-log").daemon().factory(),
            (task, executor) -> log.warn("Search log queue full; a search or click was not logged"));

    SearchLogService(
            SearchEventRepository events,
            SearchLogProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Logs a visitor's search in the background and returns its random id, for {@link #recordClick}. Never throws
     * and never waits for the database.
     */
    public UUID record(LoggedSearch search, long resultCount, boolean relaxed) {
        UUID searchId = UUID.randomUUID();
        try {
            if (!byStaff()) {
                Instant at = clock.instant();
                write(() -> events.save(new SearchEvent(searchId, at, clock.getZone(), search, resultCount, relaxed)));
            }
        } catch (RuntimeException e) {
            log.warn("Search not logged: {}", e.toString());
        }
        return searchId;
    }

    /** Notes that hit number {@code rank} (1-based, over all pages) of a logged search was opened; the first click counts. */
    public void recordClick(UUID searchId, int rank) {
        if (searchId == null || rank < 1 || rank > MAX_RANK) {
            return;
        }
        try {
            write(() -> events.recordClick(searchId.toString(), rank));
        } catch (RuntimeException e) {
            log.warn("Click not logged: {}", e.toString());
        }
    }

    /** Waits until the searches and clicks handed over so far are written: for an orderly shutdown, and for tests. */
    public void awaitWrites(Duration timeout) {
        try {
            Future<?> marker = writer.submit(() -> {});
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Search log writes still pending: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn(
                    "Search log: {} searches not written at shutdown",
                    writer.shutdownNow().size());
        }
    }

    // ---- reports --------------------------------------------------------------------------------------------

    /** This week first, then every earlier week with searches, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<IsoWeek> weeks() {
        IsoWeek current = currentWeek();
        List<IsoWeek> weeks = new ArrayList<>(List.of(current));
        events.weeks().stream()
                .map(IsoWeek::parse)
                .filter(w -> w.compareTo(current) < 0)
                .forEach(weeks::add);
        return weeks;
    }

    public IsoWeek currentWeek() {
        return IsoWeek.of(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public WeekSummary summary(IsoWeek week) {
        return events.summary(week.toString());
    }

    /** The most searched queries, with their average number of results and how often a hit was opened. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<PopularQuery> popular(IsoWeek week) {
        return events.popular(week.toString(), PageRequest.of(0, REPORT_SIZE));
    }

    /** Queries that found nothing, the most frequent first. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<ZeroResultQuery> zeroResults(IsoWeek week) {
        return events.zeroResults(week.toString(), PageRequest.of(0, REPORT_SIZE));
    }

    /** Queries that found something, yet not one of their searches that week led to an opened hit. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<UnclickedQuery> unclicked(IsoWeek week) {
        return events.unclicked(week.toString(), PageRequest.of(0, REPORT_SIZE));
    }

    /**
     * Per calendar month (UTC) and distinct query with its filters: how many searches found nothing, and how many
     * found something yet led to no opened hit. Counts only, for the public signals; from {@code from} on.
     */
    @Transactional(readOnly = true)
    public List<MonthlyOutcome> monthlyOutcomes(Instant from) {
        return events.monthlyOutcomes(from).stream()
                .map(r -> new MonthlyOutcome(
                        String.format(Locale.ROOT, "%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    // ---- retention ------------------------------------------------------------------------------------------

    /** Deletes searches older than {@code wegwijzer.search-log.retention}; returns how many. */
    @Scheduled(cron = "0 15 4 * * *", zone = "Europe/Brussels")
    @Transactional
    public int forgetExpired() {
        Instant cutoff = ZonedDateTime.now(clock).minus(properties.retention()).toInstant();
        int deleted = events.deleteOccurredBefore(cutoff);
        if (deleted > 0) {
            log.info("Search log: deleted {} searches from before {}", deleted, cutoff);
        }
        return deleted;
    }

    private void write(Runnable action) {
        writer.execute(() -> {
            try {
                transactions.executeWithoutResult(status -> action.run());
            } catch (RuntimeException e) {
                log.warn("Search log write failed: {}", e.toString());
            }
        });
    }

    /** Logged-in editors, administrators and contributors. */
    private static boolean byStaff() {
        return !CurrentActor.SYSTEM.equals(CurrentActor.name());
    }
}
