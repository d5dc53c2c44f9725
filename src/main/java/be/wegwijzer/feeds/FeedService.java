package be.wegwijzer.feeds;

import be.wegwijzer.base.web.DutchTexts;
import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the feeds and calendars contain: published items only, read through the catalog and the search, turned into
 * plain records inside one transaction. Themes count with their parents (an item on "werkdruk" is also in its
 * parent theme's feed), as in the search.
 */
@Service
@Transactional(readOnly = true)
public class FeedService {

    /** Newest entries in a feed: readers poll it, they do not page through the archive. */
    static final int FEED_SIZE = 50;
    /** How long past activities stay in a calendar, so that a subscriber still sees what they attended. */
    static final int PAST_ACTIVITY_DAYS = 90;

    private final CatalogService catalog;
    private final TaxonomyService taxonomy;
    private final SearchService search;
    private final Clock clock;

    FeedService(CatalogService catalog, TaxonomyService taxonomy, SearchService search, Clock clock) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.search = search;
        this.clock = clock;
    }

    /** A feed or calendar's subject: everything, one theme or one audience. */
    public record Scope(String label, Predicate<Item> includes) {
        static Scope all() {
            return new Scope(null, item -> true);
        }
    }

    public Optional<Scope> theme(String code) {
        return taxonomy.snapshot()
                .theme(code)
                .map(term -> new Scope(
                        term.label(),
                        item -> item.classification().getThemes().stream()
                                .flatMap(theme -> theme.withAncestors().stream())
                                .map(Theme::getCode)
                                .anyMatch(code::equals)));
    }

    public Optional<Scope> audience(String code) {
        return taxonomy.snapshot()
                .audience(code)
                .map(term -> new Scope(
                        term.label(),
                        item -> item.classification().getAudiences().stream()
                                .map(Audience::getCode)
                                .anyMatch(code::equals)));
    }

    /** New and changed published items, newest change first. */
    List<FeedEntry> newest(Scope scope) {
        return catalog.allPublished().stream()
                .filter(scope.includes())
                .sorted(Comparator.comparing(Item::getUpdatedAt).reversed())
                .limit(FEED_SIZE)
                .map(FeedService::entry)
                .toList();
    }

    /** The items a search finds, newest change first, as far as the search ranks them among its first hits. */
    List<FeedEntry> search(SearchRequest request) {
        List<String> slugs =
                search.all(request, FEED_SIZE).stream().map(ItemHit::slug).toList();
        return catalog.publishedIn(slugs).stream()
                .sorted(Comparator.comparing(Item::getUpdatedAt).reversed())
                .map(FeedService::entry)
                .toList();
    }

    /** Activities from {@value #PAST_ACTIVITY_DAYS} days ago on, by first day. */
    List<CalendarEvent> activities(Scope scope) {
        LocalDate from = LocalDate.now(clock).minusDays(PAST_ACTIVITY_DAYS);
        return catalog.published(ItemType.ACTIVITEIT).stream()
                .filter(scope.includes())
                .filter(i -> i.activity().getStart() != null
                        && !i.activity().lastDay().isBefore(from))
                .map(FeedService::activity)
                .sorted(Comparator.comparing(CalendarEvent::firstDay))
                .toList();
    }

    /** The closing dates of measures and calls that are still open or about to open, soonest first. */
    List<CalendarEvent> deadlines(Scope scope) {
        LocalDate today = LocalDate.now(clock);
        return catalog.published(ItemType.MAATREGEL).stream()
                .filter(scope.includes())
                .filter(i -> i.measure().hasComingDeadline(today))
                .map(FeedService::deadline)
                .sorted(Comparator.comparing(CalendarEvent::firstDay))
                .toList();
    }

    /** "Zet in je agenda": a published activity, or a published measure whose closing date is still to come. */
    Optional<CalendarEvent> event(ItemType type, String slug) {
        LocalDate today = LocalDate.now(clock);
        return catalog.publishedIn(List.of(slug)).stream()
                .filter(i -> i.getType() == type)
                .findFirst()
                .flatMap(item -> switch (item.getType()) {
                    case ACTIVITEIT ->
                        item.activity().getStart() == null ? Optional.empty() : Optional.of(activity(item));
                    case MAATREGEL ->
                        item.measure().hasComingDeadline(today) ? Optional.of(deadline(item)) : Optional.empty();
                    default -> Optional.empty();
                });
    }

    private static FeedEntry entry(Item item) {
        Instant published =
                item.publication().getPublishedAt() != null ? item.publication().getPublishedAt() : item.getCreatedAt();
        return new FeedEntry(
                item.getType(),
                item.getSlug(),
                item.getTitle(),
                item.getSummary(),
                item.getOwner() != null && item.getOwner().isPublished()
                        ? item.getOwner().getTitle()
                        : null,
                item.classification().getThemes().stream()
                        .sorted(Comparator.comparing(Theme::getSortOrder))
                        .map(Theme::getLabel)
                        .toList(),
                published,
                item.getUpdatedAt());
    }

    private static CalendarEvent activity(Item item) {
        ActivityDetails a = item.activity();
        String location = a.getLocation();
        if (Boolean.TRUE.equals(a.getOnline())) {
            location = location == null || location.isBlank()
                    ? DutchTexts.get("feeds.online")
                    : DutchTexts.get("feeds.online.and", location);
        }
        return new CalendarEvent(
                item.getType(),
                item.getSlug(),
                item.getTitle(),
                item.getSummary(),
                false,
                a.getStart(),
                a.lastDay(),
                location,
                item.getUpdatedAt());
    }

    private static CalendarEvent deadline(Item item) {
        LocalDate last = item.measure().getValidUntil();
        return new CalendarEvent(
                item.getType(),
                item.getSlug(),
                DutchTexts.get("feeds.deadline", item.getTitle()),
                item.getSummary(),
                true,
                last,
                last,
                null,
                item.getUpdatedAt());
    }
}
