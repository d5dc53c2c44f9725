package be.wegwijzer.linkcheck;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broken-link check: checks every address in published and draft items, keeps the last result per distinct
 * address, and lists the links that need an editor together with the items that use them.
 */
@Service
public class LinkCheckService {

    private static final Logger log = LoggerFactory.getLogger(LinkCheckService.class);

    /** Published items and drafts on their way there; archived items are shown nowhere, so their links do not matter. */
    static final Set<ItemStatus> CHECKED_STATUSES =
            EnumSet.of(ItemStatus.CONCEPT, ItemStatus.TER_REVIEW, ItemStatus.GEPUBLICEERD);

    private static final Comparator<LinkUse> USE_ORDER = Comparator.comparing(LinkUse::itemType)
            .thenComparing(LinkUse::title)
            .thenComparing(LinkUse::field);

    private final ItemUrlRepository itemUrls;
    private final LinkCheckRepository checks;
    private final LinkChecker checker;
    private final LinkCheckProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    // one run at a time in this portal, whether started by an editor or by the schedule
    private final ReentrantLock running = new ReentrantLock();

    LinkCheckService(
            ItemUrlRepository itemUrls,
            LinkCheckRepository checks,
            LinkChecker checker,
            LinkCheckProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.itemUrls = itemUrls;
        this.checks = checks;
        this.checker = checker;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Checks every address now and stores the results; returns when all are checked. Deliberately not one
     * transaction: a run spends minutes waiting on other servers, so each result is stored as soon as it is known.
     *
     * @throws LinkCheckBusyException when a run is already going
     */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public LinkCheckSummary checkNow() {
        return checkNowInternal();
    }

    private LinkCheckSummary checkNowInternal() {
        if (!running.tryLock()) {
            throw new LinkCheckBusyException();
        }
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    /** The nightly run; the schedule is {@code wegwijzer.link-check.cron}, "-" switches it off. */
    @Scheduled(cron = "${wegwijzer.link-check.cron:0 0 3 * * *}", zone = "Europe/Brussels")
    public void checkNightly() {
        try {
            checkNowInternal();
        } catch (LinkCheckBusyException e) {
            log.info("Nightly link check skipped: a run started on demand is still going");
        }
    }

    /**
     * Links that need an editor (every status but {@link LinkStatus#OK}) with the items that use them, the ones that
     * started failing most recently first. A link that works again, or that no item uses any more, is not listed.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<LinkProblem> problems() {
        Map<String, List<LinkUse>> uses = usesByUrl();
        return checks.findByStatusNotOrderByFirstFailedAtDescUrlAsc(LinkStatus.OK).stream()
                .filter(c -> uses.containsKey(c.getUrl()))
                .map(c -> new LinkProblem(
                        c.getUrl(),
                        c.getStatus(),
                        c.getHttpStatus(),
                        c.getFinalUrl(),
                        c.getMessage(),
                        c.getCheckedAt(),
                        c.getFirstFailedAt(),
                        c.getConsecutiveFailures(),
                        uses.get(c.getUrl())))
                .toList();
    }

    private LinkCheckSummary run() {
        Instant start = clock.instant();
        Set<String> urls = readOnly.execute(tx -> usesByUrl().keySet()).stream()
                .filter(url -> properties.allows(host(url)))
                .collect(Collectors.toCollection(TreeSet::new));
        log.info("Link check started: {} addresses", urls.size());

        List<LinkStatus> outcomes = Collections.synchronizedList(new ArrayList<>());
        checkPolitely(urls, url -> {
            LinkCheckResult result = checker.check(url);
            // a run stopped half-way (the portal shuts down) must not record "interrupted" as the link's state
            if (!Thread.currentThread().isInterrupted()) {
                store(url, result);
                outcomes.add(result.status());
            }
        });
        forgetAddressesNotChecked(urls);

        Map<LinkStatus, Integer> counts = new EnumMap<>(LinkStatus.class);
        outcomes.forEach(s -> counts.merge(s, 1, Integer::sum));
        LinkCheckSummary summary = new LinkCheckSummary(
                start,
                outcomes.size(),
                counts.getOrDefault(LinkStatus.OK, 0),
                counts.getOrDefault(LinkStatus.BROKEN, 0),
                counts.getOrDefault(LinkStatus.REDIRECTED, 0),
                counts.getOrDefault(LinkStatus.TIMEOUT, 0),
                counts.getOrDefault(LinkStatus.ERROR, 0),
                Duration.between(start, clock.instant()));
        log.info("Link check done: {}", summary);
        return summary;
    }

    /**
     * Checks a few hosts at the same time but the addresses of one host one after the other, so no site gets more
     * than one request at a time from us.
     */
    private void checkPolitely(Set<String> urls, Consumer<String> check) {
        Map<String, List<String>> byHost = new TreeMap<>();
        urls.forEach(
                url -> byHost.computeIfAbsent(host(url), h -> new ArrayList<>()).add(url));
        int threads = Math.max(1, Math.min(properties.concurrency(), byHost.size()));
        try (ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("link-check-", 1).daemon(true).factory())) {
            List<Future<?>> hosts = byHost.values().stream()
                    .<Future<?>>map(hostUrls -> pool.submit(() -> {
                        for (String url : hostUrls) {
                            if (Thread.currentThread().isInterrupted()) {
                                return;
                            }
                            check.accept(url);
                        }
                    }))
                    .toList();
            for (Future<?> host : hosts) {
                try {
                    host.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw new IllegalStateException(
                            "Link check failed: " + e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Link check interrupted", e);
                }
            }
        }
    }

    private void store(String url, LinkCheckResult result) {
        transactions.executeWithoutResult(tx -> {
            LinkCheck check = checks.findByUrlHash(LinkCheck.hash(url)).orElseGet(() -> new LinkCheck(url));
            check.record(result, clock.instant());
            checks.save(check);
        });
    }

    /** Results of addresses no item uses any more (or that are not checked here) would only go stale. */
    private void forgetAddressesNotChecked(Set<String> checked) {
        transactions.executeWithoutResult(tx -> checks.deleteAll(checks.findAll().stream()
                .filter(c -> !checked.contains(c.getUrl()))
                .toList()));
    }

    /** Every address in published and draft items, with the items and fields that hold it. */
    private Map<String, List<LinkUse>> usesByUrl() {
        Map<String, List<LinkUse>> uses = new LinkedHashMap<>();
        add(uses, itemUrls.links(CHECKED_STATUSES), LinkField.LINK);
        add(uses, itemUrls.applyUrls(CHECKED_STATUSES), LinkField.APPLY_URL);
        add(uses, itemUrls.websites(CHECKED_STATUSES), LinkField.WEBSITE);
        add(uses, itemUrls.registerUrls(CHECKED_STATUSES), LinkField.REGISTER_URL);
        add(uses, itemUrls.readUrls(CHECKED_STATUSES), LinkField.READ_URL);
        uses.replaceAll((url, list) -> list.stream().sorted(USE_ORDER).toList());
        return uses;
    }

    private static void add(Map<String, List<LinkUse>> uses, List<ItemUrl> rows, LinkField field) {
        rows.stream()
                .filter(r -> !r.url().isBlank())
                .forEach(r ->
                        uses.computeIfAbsent(r.url(), u -> new ArrayList<>()).add(r.use(field)));
    }

    /** Lower-case host of an address; empty for an address that is not valid (the checker reports it). */
    static String host(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
