package be.wegwijzer.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.Theme;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Atom feeds and iCalendar files over HTTP, parsed back with the libraries a subscriber's tools build on (Rome,
 * ical4j) and compared with what the database holds.
 */
@IntegrationTest
class FeedsIT {

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theNewFeedListsPublishedItemsNewestChangeFirst() throws Exception {
        SyndFeed feed = atom("/feeds/nieuw.atom");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Nieuw in de Wegwijzer Werkbaar Werk");
        assertThat(feed.getUri()).isEqualTo(base() + "/feeds/nieuw.atom");
        assertThat(feed.getAuthors()).isNotEmpty();
        List<String> expected = published(item -> true);
        assertThat(links(feed)).containsExactlyElementsOf(expected);
        List<Date> updated =
                feed.getEntries().stream().map(SyndEntry::getUpdatedDate).toList();
        assertThat(updated).isSortedAccordingTo(Comparator.reverseOrder());
        SyndEntry first = feed.getEntries().getFirst();
        assertThat(first.getUri()).isEqualTo(first.getLink());
        assertThat(first.getDescription().getValue()).isNotBlank();
        assertThat(feed.getPublishedDate()).isEqualTo(updated.getFirst());
    }

    @Test
    void themeAndAudienceFeedsHoldExactlyTheirItems() throws Exception {
        assertThat(links(atom("/feeds/thema/werkdruk.atom")))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(published(item -> item.classification().getThemes().stream()
                        .flatMap(t -> t.withAncestors().stream())
                        .map(Theme::getCode)
                        .anyMatch("werkdruk"::equals)));
        // a parent theme holds its children's items
        assertThat(links(atom("/feeds/thema/risicofactoren.atom")))
                .containsAll(links(atom("/feeds/thema/werkdruk.atom")));
        assertThat(links(atom("/feeds/doelgroep/werknemers.atom")))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(published(item -> item.classification().getAudiences().stream()
                        .map(Audience::getCode)
                        .anyMatch("werknemers"::equals)));
        assertThat(get("/feeds/thema/bestaat-niet.atom").statusCode()).isEqualTo(404);
        assertThat(get("/feeds/doelgroep/bestaat-niet.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void aSearchFeedFollowsTheSearchsWordsAndFilters() throws Exception {
        SyndFeed feed = atom("/feeds/zoeken.atom?q=werkdruk&type=tool");
        assertThat(feed.getTitle()).contains("werkdruk");
        assertThat(feed.getUri()).isEqualTo(base() + "/feeds/zoeken.atom?q=werkdruk&type=tool");
        assertThat(links(feed)).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(base() + "/tool/"));
        assertThat(links(atom("/feeds/zoeken.atom?q=qqxxyyzz"))).isEmpty();
        // a hostile query stays text in the feed
        SyndFeed hostile = atom("/feeds/zoeken.atom?q=%3C%2Ftitle%3E%3Cscript%3E");
        assertThat(hostile.getTitle()).contains("</title><script>");
    }

    @Test
    void theAgendaHoldsComingActivitiesAndTheDeadlinesOpenMeasures() throws Exception {
        Calendar agenda = ics("/agenda.ics");
        agenda.validate();
        assertThat(uids(agenda)).contains("activiteit-webinar-telewerk@localhost");
        assertThat(uids(agenda)).doesNotContain("activiteit-netwerkmoment-2020@localhost"); // long past
        VEvent webinar = event(agenda, "activiteit-webinar-telewerk@localhost");
        assertThat(webinar.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20990210");
        assertThat(webinar.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20990211");
        assertThat(webinar.getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo(base() + "/activiteit/webinar-telewerk");
        assertThat(webinar.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Online");

        Calendar deadlines = ics("/deadlines.ics");
        deadlines.validate();
        assertThat(uids(deadlines))
                .contains("deadline-maatregel-toekomstige-premie@localhost")
                .doesNotContain(
                        "deadline-maatregel-oude-oproep@localhost", // ended in 2022
                        "deadline-maatregel-werkbaarheidscheque@localhost"); // no closing date
        VEvent premium = event(deadlines, "deadline-maatregel-toekomstige-premie@localhost");
        assertThat(premium.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20991231");
        assertThat(premium.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Deadline: Toekomstige opleidingspremie");

        assertThat(uids(ics("/agenda/thema/telewerk.ics"))).contains("activiteit-webinar-telewerk@localhost");
        assertThat(uids(ics("/agenda/thema/werkstress.ics"))).doesNotContain("activiteit-webinar-telewerk@localhost");
        assertThat(uids(ics("/agenda/doelgroep/werknemers.ics"))).contains("activiteit-webinar-telewerk@localhost");
        assertThat(uids(ics("/deadlines/doelgroep/werkgevers.ics")))
                .contains("deadline-maatregel-toekomstige-premie@localhost");
        assertThat(uids(ics("/deadlines/thema/competenties.ics")))
                .contains("deadline-maatregel-toekomstige-premie@localhost");
        assertThat(uids(ics("/deadlines/thema/telewerk.ics"))).isEmpty();
        assertThat(get("/agenda/thema/bestaat-niet.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void putInYourCalendarGivesOneEventAsAFile() throws Exception {
        HttpResponse<String> response = get("/kalender/activiteit/webinar-telewerk.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "webinar-telewerk.ics");
        Calendar one = new CalendarBuilder().build(new StringReader(response.body()));
        one.validate();
        assertThat(uids(one)).containsExactly("activiteit-webinar-telewerk@localhost");

        assertThat(uids(ics("/kalender/maatregel/toekomstige-premie.ics")))
                .containsExactly("deadline-maatregel-toekomstige-premie@localhost");
        assertThat(get("/kalender/maatregel/werkbaarheidscheque.ics").statusCode())
                .isEqualTo(404); // no closing date
        assertThat(get("/kalender/maatregel/oude-oproep.ics").statusCode()).isEqualTo(404); // ended
        assertThat(get("/kalender/activiteit/bestaat-niet.ics").statusCode()).isEqualTo(404);
        assertThat(get("/kalender/niets/webinar-telewerk.ics").statusCode()).isEqualTo(404);
    }

    private List<String> published(Predicate<Item> filter) {
        return transactions.execute(status -> items.findByPublicationStatus(ItemStatus.GEPUBLICEERD).stream()
                .filter(filter)
                .sorted(Comparator.comparing(Item::getUpdatedAt).reversed())
                .limit(FeedService.FEED_SIZE)
                .map(item -> base() + item.path())
                .toList());
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    private static Set<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .collect(Collectors.toSet());
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e ->
                        e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst()
                .orElseThrow();
    }

    private SyndFeed atom(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    private Calendar ics(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
