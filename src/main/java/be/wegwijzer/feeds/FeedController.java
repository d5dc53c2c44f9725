package be.wegwijzer.feeds;

import be.wegwijzer.base.PublicUrl;
import be.wegwijzer.base.web.DutchTexts;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.router.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Atom feeds ({@code /feeds/…}) and iCalendar files ({@code /agenda.ics}, {@code /deadlines.ics}, per theme and
 * audience, and one event under {@code /kalender/…}) for intermediaries who follow the portal in a feed reader, a
 * newsletter tool or their own calendar. Plain Spring MVC beside Vaadin; an unknown theme, audience or item is a 404.
 */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    /** Readers and calendar apps poll; a few minutes of delay is fine and spares the database. */
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final FeedService feeds;
    private final PublicUrl address;
    private final Clock clock;

    FeedController(FeedService feeds, PublicUrl address, Clock clock) {
        this.feeds = feeds;
        this.address = address;
        this.clock = clock;
    }

    @GetMapping(FeedPaths.NEW)
    ResponseEntity<String> newest(HttpServletRequest request) {
        return atom(
                request,
                DutchTexts.get("feeds.new.title"),
                DutchTexts.get("feeds.new.subtitle"),
                FeedPaths.NEW,
                "/",
                feeds.newest(FeedService.Scope.all()));
    }

    @GetMapping("/feeds/thema/{code}.atom")
    ResponseEntity<String> theme(@PathVariable String code, HttpServletRequest request) {
        FeedService.Scope scope = found(feeds.theme(code));
        return atom(
                request,
                DutchTexts.get("feeds.theme.title", scope.label()),
                DutchTexts.get("feeds.theme.subtitle", scope.label()),
                FeedPaths.themeFeed(code),
                "/thema/" + code,
                feeds.newest(scope));
    }

    @GetMapping("/feeds/doelgroep/{code}.atom")
    ResponseEntity<String> audience(@PathVariable String code, HttpServletRequest request) {
        FeedService.Scope scope = found(feeds.audience(code));
        return atom(
                request,
                DutchTexts.get("feeds.audience.title", scope.label()),
                DutchTexts.get("feeds.audience.subtitle", scope.label()),
                FeedPaths.audienceFeed(code),
                "/voor/" + code,
                feeds.newest(scope));
    }

    @GetMapping(SearchUrl.FEED_PATH)
    ResponseEntity<String> search(HttpServletRequest request) {
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        SearchRequest search = SearchUrl.parse(new QueryParameters(parameters));
        String self = SearchUrl.feedHref(search);
        String words = search.query().isBlank() ? DutchTexts.get("feeds.search.everything") : search.query();
        return atom(
                request,
                DutchTexts.get("feeds.search.title", words),
                DutchTexts.get("feeds.search.subtitle"),
                self,
                SearchUrl.href(search.withPage(0)),
                feeds.search(search));
    }

    @GetMapping(FeedPaths.AGENDA)
    ResponseEntity<String> agenda(HttpServletRequest request) {
        return calendar(request, DutchTexts.get("feeds.agenda.title"), feeds.activities(FeedService.Scope.all()));
    }

    @GetMapping("/agenda/thema/{code}.ics")
    ResponseEntity<String> themeAgenda(@PathVariable String code, HttpServletRequest request) {
        FeedService.Scope scope = found(feeds.theme(code));
        return calendar(request, DutchTexts.get("feeds.agenda.scoped", scope.label()), feeds.activities(scope));
    }

    @GetMapping("/agenda/doelgroep/{code}.ics")
    ResponseEntity<String> audienceAgenda(@PathVariable String code, HttpServletRequest request) {
        FeedService.Scope scope = found(feeds.audience(code));
        return calendar(request, DutchTexts.get("feeds.agenda.scoped", scope.label()), feeds.activities(scope));
    }

    @GetMapping(FeedPaths.DEADLINES)
    ResponseEntity<String> deadlines(HttpServletRequest request) {
        return calendar(request, DutchTexts.get("feeds.deadlines.title"), feeds.deadlines(FeedService.Scope.all()));
    }

    @GetMapping("/deadlines/thema/{code}.ics")
    ResponseEntity<String> themeDeadlines(@PathVariable String code, HttpServletRequest request) {
        FeedService.Scope scope = found(feeds.theme(code));
        return calendar(request, DutchTexts.get("feeds.deadlines.scoped", scope.label()), feeds.deadlines(scope));
    }

    @GetMapping("/deadlines/doelgroep/{code}.ics")
    ResponseEntity<String> audienceDeadlines(@PathVariable String code, HttpServletRequest request) {
        FeedService.Scope scope = found(feeds.audience(code));
        return calendar(request, DutchTexts.get("feeds.deadlines.scoped", scope.label()), feeds.deadlines(scope));
    }

    /** "Zet in je agenda": one event, offered as a file to open in the visitor's calendar. */
    @GetMapping("/kalender/{type}/{slug}.ics")
    ResponseEntity<String> event(@PathVariable String type, @PathVariable String slug, HttpServletRequest request) {
        ItemType itemType = found(ItemType.fromSegment(type));
        CalendarEvent event = found(feeds.event(itemType, slug));
        String body = Calendars.write(event.title(), List.of(event), address.base(request));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(slug + ".ics")
                                .build()
                                .toString())
                .body(body);
    }

    private ResponseEntity<String> atom(
            HttpServletRequest request,
            String title,
            String subtitle,
            String selfPath,
            String pagePath,
            List<FeedEntry> entries) {
        String base = address.base(request);
        String body = AtomFeeds.write(
                title,
                subtitle,
                base + selfPath,
                base + pagePath,
                base,
                DutchTexts.get("app.name"),
                entries,
                clock.instant());
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CACHE).body(body);
    }

    private ResponseEntity<String> calendar(HttpServletRequest request, String name, List<CalendarEvent> events) {
        String body = Calendars.write(name, events, address.base(request));
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CACHE).body(body);
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
