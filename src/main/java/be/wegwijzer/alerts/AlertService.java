package be.wegwijzer.alerts;

import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.mail.MailAddress;
import be.wegwijzer.mail.MailService;
import be.wegwijzer.search.ChangedItems;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SearchSort;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail alerts without an account: subscribe (double opt-in), confirm, manage and unsubscribe through token links,
 * and the job's work — weekly or monthly digests of what is new for a saved search, reminders before a measure's
 * closing date, and deleting what was never confirmed.
 *
 * <p>The job is idempotent: each subscription is handled in its own transaction that queues its mail (with a dedup key
 * per subscription and period), writes the sent log and moves the subscription's window on, all or nothing. A crash
 * in the middle leaves the subscriptions before it done and the rest untouched; the next run does the rest.
 */
@Service
public class AlertService {

    /** Reminder choices offered on a measure page. */
    public static final List<Integer> DAYS_BEFORE = List.of(7, 14, 30);

    private final AlertAddressRepository addresses;
    private final AlertSubscriptionRepository subscriptions;
    private final AlertSentRepository sentLog;
    private final MailService mail;
    private final SearchService search;
    private final CatalogService catalog;
    private final AlertMails mails;
    private final AlertProperties properties;
    private final Tokens tokens;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AlertService(
            AlertAddressRepository addresses,
            AlertSubscriptionRepository subscriptions,
            AlertSentRepository sentLog,
            MailService mail,
            SearchService search,
            CatalogService catalog,
            AlertMails mails,
            AlertProperties properties,
            Tokens tokens,
            TransactionTemplate transaction,
            Clock clock) {
        this.addresses = addresses;
        this.subscriptions = subscriptions;
        this.sentLog = sentLog;
        this.mail = mail;
        this.search = search;
        this.catalog = catalog;
        this.mails = mails;
        this.properties = properties;
        this.tokens = tokens;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The search of a subscription: words, filters and "only open"; sort, page and audience ranking do not matter. */
    public static SearchRequest saved(SearchRequest request) {
        return new SearchRequest(
                request.query(),
                request.filters(),
                request.openOnly(),
                SearchSort.RELEVANCE,
                0,
                SearchRequest.DEFAULT_PAGE_SIZE);
    }

    /** What a search follows, in words: "„werkdruk“ · Thema: Werkdruk · alleen open steun". */
    public String describe(SearchRequest request) {
        SearchRequest saved = saved(request);
        List<String> parts = new ArrayList<>();
        if (!saved.query().isBlank()) {
            parts.add("„" + saved.query().strip() + "“");
        }
        if (!saved.filters().isEmpty()) {
            SearchResult result = search.search(saved.withPage(0));
            for (Facet facet : Facet.values()) {
                List<String> labels = result.facets().getOrDefault(facet, List.of()).stream()
                        .filter(FacetValue::selected)
                        .map(FacetValue::label)
                        .toList();
                if (!labels.isEmpty()) {
                    parts.add(facet.label() + ": " + String.join(", ", labels));
                }
            }
        }
        if (saved.openOnly()) {
            parts.add("alleen open steun");
        }
        return parts.isEmpty() ? "alles op Wegwijzer" : String.join(" · ", parts);
    }

    /** A published measure one can still be reminded of: its title and closing date. */
    @Transactional(readOnly = true)
    public Optional<Measure> measure(String slug) {
        LocalDate today = LocalDate.now(clock);
        return catalog.publishedPage(ItemType.MAATREGEL, slug)
                .map(page -> page.item())
                .filter(item -> item.measure().deadline() != null
                        && !item.measure().deadline().isBefore(today))
                .map(item -> new Measure(
                        item.getSlug(), item.getTitle(), item.measure().deadline()));
    }

    /** A measure with a closing date. */
    public record Measure(String slug, String title, LocalDate deadline) {}

    /**
     * Subscribes an address to a digest of a search and queues the confirmation mail. When the address already follows
     * this search, nothing changes and no mail is sent (the answer is the same, so it tells nothing about the address).
     *
     * @throws be.wegwijzer.mail.InvalidMailAddressException when the address is not one
     * @throws AlertException                                when the search is too long or too many wait for a confirmation
     */
    @Transactional
    public void subscribeToSearch(String email, SearchRequest request, AlertFrequency frequency) {
        MailAddress to = MailAddress.parse(email);
        SearchRequest saved = saved(request);
        String query = SearchUrl.toParameters(saved).getQueryString();
        if (query.length() > AlertSubscription.SEARCH_QUERY_MAX_LENGTH) {
            throw new AlertException(
                    "Deze zoekopdracht is te lang om te bewaren. Kies minder filters of korter zoekwoorden en probeer opnieuw.");
        }
        AlertAddress address = address(to);
        if (!replacePending(
                address,
                s -> s.getKind() == AlertKind.SEARCH
                        && s.getSearchQuery().equals(query)
                        && s.getFrequency() == frequency)) {
            return;
        }
        Instant now = clock.instant();
        AlertSubscription s = subscriptions.save(AlertSubscription.search(
                address, query, describe(saved), frequency, tokens, now.plus(properties.confirmValid()), now));
        mail.queue(mails.confirmation(s, properties.confirmValid()));
    }

    /**
     * Subscribes an address to a reminder {@code daysBefore} days before a measure closes; see
     * {@link #subscribeToSearch}.
     */
    @Transactional
    public void subscribeToDeadline(String email, String slug, int daysBefore) {
        MailAddress to = MailAddress.parse(email);
        if (!DAYS_BEFORE.contains(daysBefore)) {
            throw new AlertException("Kies hoeveel dagen op voorhand je een herinnering wilt: 7, 14 of 30.");
        }
        Measure measure = measure(slug)
                .orElseThrow(
                        () -> new AlertException(
                                "Voor deze maatregel kun je geen herinnering krijgen: ze heeft geen einddatum of is al afgelopen."));
        AlertAddress address = address(to);
        if (!replacePending(
                address,
                s -> s.getKind() == AlertKind.DEADLINE
                        && s.getItemSlug().equals(slug)
                        && s.getDaysBefore() == daysBefore)) {
            return;
        }
        Instant now = clock.instant();
        AlertSubscription s = subscriptions.save(AlertSubscription.deadline(
                address, slug, daysBefore, measure.title(), tokens, now.plus(properties.confirmValid()), now));
        mail.queue(mails.confirmation(s, properties.confirmValid()));
    }

    private AlertAddress address(MailAddress to) {
        return addresses
                .findByEmail(to.value())
                .orElseGet(() -> addresses.save(new AlertAddress(to.value(), tokens.next(), clock.instant())));
    }

    /**
     * False when the address already follows this (confirmed); otherwise deletes an unconfirmed copy (a new link
     * replaces it) and checks that not too many wait for a confirmation.
     */
    private boolean replacePending(AlertAddress address, Predicate<AlertSubscription> same) {
        List<AlertSubscription> existing = subscriptions.findByAddressOrderByCreatedAtAscIdAsc(address);
        if (existing.stream().anyMatch(s -> s.isConfirmed() && same.test(s))) {
            return false;
        }
        existing.stream().filter(s -> !s.isConfirmed() && same.test(s)).forEach(subscriptions::delete);
        long pending =
                existing.stream().filter(s -> !s.isConfirmed() && !same.test(s)).count();
        if (pending >= properties.maxPendingPerAddress()) {
            throw new AlertException("Voor dit adres wachten al " + pending
                    + " inschrijvingen op bevestiging. Klik eerst op de link in de mails die we stuurden, of probeer het over "
                    + properties.confirmValid().toHours() + " uur opnieuw.");
        }
        return true;
    }

    /** What an unused, unexpired confirmation link is for. */
    @Transactional(readOnly = true)
    public Optional<String> pending(String confirmToken) {
        return unexpired(confirmToken).map(AlertSubscription::getLabel);
    }

    /**
     * Confirms a subscription: from now on its mails come.
     *
     * @return the token of the address's manage page; empty when the link is unknown, used or expired
     */
    @Transactional
    public Optional<String> confirm(String confirmToken) {
        return unexpired(confirmToken).map(s -> {
            s.confirm(clock.instant(), LocalDate.now(clock));
            return s.getAddress().getManageToken();
        });
    }

    private Optional<AlertSubscription> unexpired(String confirmToken) {
        if (confirmToken == null || confirmToken.isBlank()) {
            return Optional.empty();
        }
        return subscriptions
                .findByConfirmToken(confirmToken)
                .filter(s -> s.getConfirmExpiresAt().isAfter(clock.instant()));
    }

    /** What an unsubscribe link stops. */
    @Transactional(readOnly = true)
    public Optional<String> unsubscribeLabel(String unsubscribeToken) {
        return subscriptions.findByUnsubscribeToken(unsubscribeToken).map(AlertSubscription::getLabel);
    }

    /**
     * Stops one subscription (the link in each mail, and the one-click POST of mail programs). When it was the
     * address's last, the address is deleted with every mail to it still in the outbox.
     *
     * @return false when the link is unknown (already unsubscribed)
     */
    @Transactional
    public boolean unsubscribe(String unsubscribeToken) {
        Optional<AlertSubscription> found = subscriptions.findByUnsubscribeToken(unsubscribeToken);
        found.ifPresent(this::delete);
        return found.isPresent();
    }

    /** Every subscription of the address a manage link belongs to. */
    @Transactional(readOnly = true)
    public Optional<AlertOverview> overview(String manageToken) {
        return addresses
                .findByManageToken(manageToken)
                .map(address -> new AlertOverview(
                        address.getEmail(),
                        subscriptions.findByAddressOrderByCreatedAtAscIdAsc(address).stream()
                                .map(s ->
                                        new AlertOverview.Entry(s.getId(), s.getLabel(), schedule(s), s.isConfirmed()))
                                .toList()));
    }

    /** Stops one subscription from the manage page; false when it is not one of this address. */
    @Transactional
    public boolean remove(String manageToken, long subscriptionId) {
        Optional<AlertSubscription> found = addresses
                .findByManageToken(manageToken)
                .flatMap(address -> subscriptions
                        .findById(subscriptionId)
                        .filter(s -> s.getAddress().getId().equals(address.getId())));
        found.ifPresent(this::delete);
        return found.isPresent();
    }

    /** Stops every subscription of the address and deletes it, with every mail to it still in the outbox. */
    @Transactional
    public boolean forget(String manageToken) {
        Optional<AlertAddress> address = addresses.findByManageToken(manageToken);
        address.ifPresent(a -> {
            subscriptions.deleteAll(subscriptions.findByAddressOrderByCreatedAtAscIdAsc(a));
            deleteAddress(a);
        });
        return address.isPresent();
    }

    private void delete(AlertSubscription s) {
        AlertAddress address = s.getAddress();
        subscriptions.delete(s);
        if (subscriptions.countByAddress(address) == 0) {
            deleteAddress(address);
        }
    }

    private void deleteAddress(AlertAddress address) {
        subscriptions.flush();
        addresses.delete(address);
        mail.forget(new MailAddress(address.getEmail()));
    }

    private static String schedule(AlertSubscription s) {
        return s.getKind() == AlertKind.DEADLINE
                ? s.getDaysBefore() + " dagen voor de deadline"
                : s.getFrequency().label();
    }

    // ----- the job -----

    /** Queues the digest of every confirmed search subscription whose period has come, when something is new. */
    public int sendDigests() {
        return sendDigests(id -> {});
    }

    /**
     * @param inTransaction called for each subscription after its mail is queued and before its transaction commits
     *                      (tests throw here to simulate a crash)
     * @return how many digests were queued
     */
    int sendDigests(LongConsumer inTransaction) {
        List<Long> ids = transaction.execute(status -> subscriptions.confirmedIds(AlertKind.SEARCH));
        int queued = 0;
        for (Long id : ids) {
            if (Boolean.TRUE.equals(transaction.execute(status -> digest(id, inTransaction)))) {
                queued++;
            }
        }
        return queued;
    }

    private boolean digest(long id, LongConsumer inTransaction) {
        AlertSubscription s = subscriptions.findById(id).orElse(null);
        if (s == null || !s.isConfirmed()) {
            return false; // unsubscribed meanwhile
        }
        Instant now = clock.instant();
        String period = s.getFrequency().period(LocalDate.now(clock));
        if (period.equals(s.getLastPeriod())) {
            return false; // this period's digest is handled
        }
        SearchRequest request = SearchUrl.parse(QueryParameters.fromString(s.getSearchQuery()));
        ChangedItems items = search.changedBetween(request, s.getLastMailedAt(), now, properties.maxItems());
        boolean queued = !items.isEmpty();
        if (queued) {
            String key = "alert:" + id + ":" + period;
            mail.queue(mails.digest(s, items, key, SearchUrl.href(request)));
            log(id, period, (int) items.total(), now);
        }
        s.digestHandled(period, now);
        inTransaction.accept(id);
        return queued;
    }

    /** Queues the reminders that are due: from {@code daysBefore} days before a closing date until that day, once. */
    public int sendReminders() {
        Map<String, Measure> measures = transaction.execute(status -> {
            Map<String, Measure> result = new HashMap<>();
            for (Item item : catalog.published(ItemType.MAATREGEL)) {
                LocalDate deadline = item.measure().deadline();
                if (deadline != null) {
                    result.put(item.getSlug(), new Measure(item.getSlug(), item.getTitle(), deadline));
                }
            }
            return result;
        });
        List<Long> ids = transaction.execute(status -> subscriptions.confirmedIds(AlertKind.DEADLINE));
        int queued = 0;
        for (Long id : ids) {
            if (Boolean.TRUE.equals(transaction.execute(status -> remind(id, measures)))) {
                queued++;
            }
        }
        return queued;
    }

    private boolean remind(long id, Map<String, Measure> measures) {
        AlertSubscription s = subscriptions.findById(id).orElse(null);
        Measure measure = s == null ? null : measures.get(s.getItemSlug());
        if (measure == null || !s.isConfirmed()) {
            return false; // unsubscribed, or the measure is unpublished or has no closing date (any more)
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = measure.deadline();
        if (today.isAfter(deadline)
                || today.isBefore(deadline.minusDays(s.getDaysBefore()))
                || deadline.equals(s.getRemindedFor())) {
            return false;
        }
        mail.queue(mails.reminder(
                s,
                measure.title(),
                "/" + ItemType.MAATREGEL.segment() + "/" + measure.slug(),
                deadline,
                ChronoUnit.DAYS.between(today, deadline)));
        log(id, "deadline:" + deadline, 1, clock.instant());
        s.reminded(deadline);
        return true;
    }

    private void log(long id, String period, int items, Instant now) {
        if (!sentLog.existsBySubscriptionIdAndPeriodKey(id, period)) {
            sentLog.save(new AlertSent(id, period, items, now));
        }
    }

    /** Deletes subscriptions whose confirmation link expired, and addresses left without any. */
    @Transactional
    public int purgeExpired() {
        List<AlertSubscription> expired = subscriptions.expiredUnconfirmed(clock.instant());
        expired.forEach(this::delete);
        return expired.size();
    }
}
