package be.wegwijzer.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestClock;
import be.wegwijzer.TestMailServer;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.mail.InvalidMailAddressException;
import be.wegwijzer.mail.MailAddress;
import be.wegwijzer.mail.MailDispatcher;
import be.wegwijzer.mail.MailService;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts end to end on the real database, the real index and a real SMTP server: opt-in, digests with exactly the
 * matching items, silence when nothing is new, reminders on the right day, unsubscribing, and a rerun after a crash.
 */
@IntegrationTest
class AlertsIT {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String ANNE = "anne@bakkerij-test.be";
    static final String BRAM = "bram@zorg-test.be";
    static final String CATO = "cato@bouw-test.be";

    @Autowired
    AlertService alerts;

    @Autowired
    AlertAddressRepository addresses;

    @Autowired
    AlertSubscriptionRepository subscriptions;

    @Autowired
    AlertSentRepository sentLog;

    @Autowired
    MailService mail;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestMailServer server;

    @Autowired
    TestClock clock;

    @Value("${local.server.port}")
    int port;

    /** updatedAt of the items a test touched, put back after it so other tests see the corpus as imported. */
    final Map<String, Instant> touched = new HashMap<>();

    @BeforeEach
    void clean() {
        clock.reset();
        subscriptions.deleteAll();
        addresses.deleteAll();
        for (String address : List.of(ANNE, BRAM, CATO)) {
            mail.forget(MailAddress.parse(address));
        }
        server.clear();
    }

    @AfterEach
    void restore() {
        transaction.executeWithoutResult(
                status -> touched.forEach((key, at) -> item(key).touch(at)));
        touched.clear();
        clean();
    }

    @Test
    void optInThenAWeeklyDigestWithExactlyTheNewMatchingItemsAndNothingWhenNothingIsNew() throws Exception {
        alerts.subscribeToSearch(ANNE, themeWerkdruk(), AlertFrequency.WEKELIJKS);
        dispatcher.sendDue();
        MimeMessage confirmation = only(ANNE);
        assertThat(confirmation.getSubject()).isEqualTo("Bevestig je inschrijving bij Wegwijzer Werkbaar Werk");
        assertThat(AlertMailbox.text(confirmation)).contains("wekelijks", "Thema: Werkdruk", "48 uur");

        // not confirmed: no digest, however much is new
        touch(ItemType.MAATREGEL, "werkbaarheidscheque");
        clock.advance(Duration.ofDays(8));
        assertThat(alerts.sendDigests()).isZero();
        clock.reset();

        String token = AlertMailbox.token(confirmation, AlertPaths.CONFIRM);
        assertThat(alerts.pending(token)).contains("Thema: Werkdruk");
        assertThat(alerts.confirm(token)).isPresent();
        assertThat(alerts.confirm(token)).as("a confirmation link works once").isEmpty();
        server.clear();

        clock.advance(Duration.ofMinutes(5));
        touch(ItemType.MAATREGEL, "werkbaarheidscheque"); // theme werkdruk: in
        touch(ItemType.TOOL, "werkstress-scan"); // werkdruk too: in
        touch(ItemType.TOOL, "telewerkkaart"); // telewerk: out
        assertThat(alerts.sendDigests())
                .as("the week of the confirmation is not over")
                .isZero();

        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isEqualTo(1);
        dispatcher.sendDue();
        MimeMessage digest = only(ANNE);
        assertThat(AlertMailbox.listedTitles(digest))
                .containsExactlyInAnyOrder(
                        title(ItemType.MAATREGEL, "werkbaarheidscheque"), title(ItemType.TOOL, "werkstress-scan"));
        assertThat(digest.getSubject()).isEqualTo("2 nieuwe of bijgewerkte items voor Thema: Werkdruk");
        String text = AlertMailbox.text(digest);
        assertThat(text)
                .contains(
                        "http://localhost:" + port + "/maatregel/werkbaarheidscheque",
                        "/" + AlertPaths.UNSUBSCRIBE + "/",
                        "/" + AlertPaths.MANAGE + "/",
                        "/zoeken?thema=werkdruk");
        assertThat(AlertMailbox.html(digest))
                .contains("<a href=\"http://localhost:" + port + "/maatregel/werkbaarheidscheque\">");
        assertThat(digest.getHeader("List-Unsubscribe")[0])
                .startsWith("<http://localhost:" + port + "/" + AlertPaths.ONE_CLICK + "/");
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(alerts.sendDigests()).as("one digest per week").isZero();

        // a week later with nothing new: no mail
        server.clear();
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isZero();
        dispatcher.sendDue();
        assertThat(server.receivedBy(ANNE)).isEmpty();

        // changed again: only that item
        touch(ItemType.TOOL, "werkstress-scan");
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isEqualTo(1);
        dispatcher.sendDue();
        assertThat(AlertMailbox.listedTitles(only(ANNE))).containsExactly(title(ItemType.TOOL, "werkstress-scan"));
        long subscription = subscriptions.findAll().getFirst().getId();
        assertThat(sentLog.findBySubscriptionIdOrderByIdAsc(subscription))
                .extracting(AlertSent::getItemCount)
                .containsExactly(2, 1);
    }

    @Test
    void aDeadlineReminderComesOnTheDayItIsDueAndOnce() throws Exception {
        // toekomstige-premie: open from 2099-01-01 to 2099-12-31
        alerts.subscribeToDeadline(BRAM, "toekomstige-premie", 7);
        dispatcher.sendDue();
        alerts.confirm(AlertMailbox.token(only(BRAM), AlertPaths.CONFIRM)).orElseThrow();
        server.clear();

        moveTo(LocalDate.of(2099, 12, 23));
        assertThat(alerts.sendReminders()).as("8 days before").isZero();
        moveTo(LocalDate.of(2099, 12, 24));
        assertThat(alerts.sendReminders()).as("7 days before").isEqualTo(1);
        assertThat(alerts.sendReminders()).as("once").isZero();
        dispatcher.sendDue();
        MimeMessage reminder = only(BRAM);
        assertThat(reminder.getSubject()).isEqualTo("Herinnering: Toekomstige opleidingspremie sluit over 7 dagen");
        assertThat(AlertMailbox.text(reminder))
                .contains("tot en met 31 december 2099", "http://localhost:" + port + "/maatregel/toekomstige-premie");
        assertThat(reminder.getHeader("List-Unsubscribe")).hasSize(1);

        moveTo(LocalDate.of(2099, 12, 31));
        assertThat(alerts.sendReminders()).isZero();
    }

    @Test
    void aRerunAfterACrashSendsNothingTwiceAndSkipsNoOne() throws Exception {
        for (String address : List.of(ANNE, BRAM, CATO)) {
            alerts.subscribeToSearch(address, themeWerkdruk(), AlertFrequency.MAANDELIJKS);
        }
        dispatcher.sendDue();
        for (String address : List.of(ANNE, BRAM, CATO)) {
            alerts.confirm(AlertMailbox.token(only(address), AlertPaths.CONFIRM))
                    .orElseThrow();
        }
        server.clear();
        clock.advance(Duration.ofMinutes(5));
        touch(ItemType.MAATREGEL, "werkbaarheidscheque");
        clock.advance(Duration.ofDays(32));

        AtomicInteger handled = new AtomicInteger();
        assertThatThrownBy(() -> alerts.sendDigests(id -> {
                    if (handled.incrementAndGet() == 2) {
                        throw new IllegalStateException("crash while handling the second subscription");
                    }
                }))
                .hasMessageContaining("crash");
        dispatcher.sendDue();
        assertThat(server.received()).as("the first was done before the crash").hasSize(1);

        assertThat(alerts.sendDigests()).as("the rerun does the other two").isEqualTo(2);
        assertThat(alerts.sendDigests()).isZero();
        dispatcher.sendDue();
        for (String address : List.of(ANNE, BRAM, CATO)) {
            assertThat(AlertMailbox.listedTitles(only(address)))
                    .containsExactly(title(ItemType.MAATREGEL, "werkbaarheidscheque"));
        }
        assertThat(sentLog.findAll()).hasSize(3);
    }

    @Test
    void oneClickUnsubscribeWithoutASessionStopsAllMailAndDeletesTheAddress() throws Exception {
        alerts.subscribeToSearch(ANNE, themeWerkdruk(), AlertFrequency.WEKELIJKS);
        dispatcher.sendDue();
        alerts.confirm(AlertMailbox.token(only(ANNE), AlertPaths.CONFIRM)).orElseThrow();
        server.clear();
        clock.advance(Duration.ofMinutes(5));
        touch(ItemType.MAATREGEL, "werkbaarheidscheque");
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isEqualTo(1); // queued, not sent yet
        String token = subscriptions.findAll().getFirst().getUnsubscribeToken();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/" + AlertPaths.ONE_CLICK + "/" + token))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Je bent uitgeschreven.");

        assertThat(addresses.findByEmail(ANNE)).as("the address is deleted").isEmpty();
        assertThat(subscriptions.findAll()).isEmpty();
        assertThat(dispatcher.sendDue()).as("the queued digest went with it").isZero();
        touch(ItemType.TOOL, "werkstress-scan");
        clock.advance(Duration.ofDays(7));
        assertThat(alerts.sendDigests()).isZero();
        assertThat(server.receivedBy(ANNE)).isEmpty();
    }

    @Test
    void theManageLinkStopsEverythingAtOnce() throws Exception {
        alerts.subscribeToSearch(ANNE, themeWerkdruk(), AlertFrequency.WEKELIJKS);
        alerts.subscribeToDeadline(ANNE, "toekomstige-premie", 14);
        dispatcher.sendDue();
        for (MimeMessage confirmation : server.receivedBy(ANNE)) {
            alerts.confirm(AlertMailbox.token(confirmation, AlertPaths.CONFIRM)).orElseThrow();
        }
        String manage = addresses.findByEmail(ANNE).orElseThrow().getManageToken();
        assertThat(alerts.overview(manage).orElseThrow().entries())
                .extracting(AlertOverview.Entry::schedule)
                .containsExactly("wekelijks", "14 dagen voor de deadline");
        assertThat(alerts.forget(manage)).isTrue();
        assertThat(addresses.findAll()).isEmpty();
        assertThat(subscriptions.findAll()).isEmpty();
        assertThat(alerts.overview(manage)).isEmpty();
    }

    @Test
    void unconfirmedSubscriptionsExpireWithTheirAddress() {
        alerts.subscribeToSearch(CATO, themeWerkdruk(), AlertFrequency.WEKELIJKS);
        clock.advance(Duration.ofHours(47));
        assertThat(alerts.purgeExpired()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(alerts.purgeExpired()).isEqualTo(1);
        assertThat(addresses.findByEmail(CATO)).isEmpty();
        assertThat(dispatcher.sendDue())
                .as("the unused confirmation mail is forgotten too")
                .isZero();
    }

    @Test
    void badInputGetsADutchMessageAndStoresNothing() {
        assertThatThrownBy(
                        () -> alerts.subscribeToSearch("anne.bakkerij.be", themeWerkdruk(), AlertFrequency.WEKELIJKS))
                .isInstanceOf(InvalidMailAddressException.class);
        assertThatThrownBy(() -> alerts.subscribeToDeadline(ANNE, "oude-oproep", 7))
                .isInstanceOf(AlertException.class)
                .hasMessageContaining("geen einddatum of is al afgelopen");
        assertThat(addresses.findAll()).isEmpty();
        for (int i = 0; i < 3; i++) {
            alerts.subscribeToSearch(ANNE, SearchRequest.of("stress " + i), AlertFrequency.WEKELIJKS);
        }
        assertThatThrownBy(() -> alerts.subscribeToSearch(ANNE, SearchRequest.of("telewerk"), AlertFrequency.WEKELIJKS))
                .isInstanceOf(AlertException.class)
                .hasMessageContaining("wachten al 3 inschrijvingen op bevestiging");
    }

    static SearchRequest themeWerkdruk() {
        return SearchRequest.of("").withFilter(Facet.THEME, "werkdruk");
    }

    private MimeMessage only(String address) {
        List<MimeMessage> received = server.receivedBy(address);
        assertThat(received).as("mails to " + address).hasSize(1);
        return received.getFirst();
    }

    private void moveTo(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(
                clock.instant(), day.atTime(LocalTime.of(7, 0)).atZone(BRUSSELS).toInstant()));
    }

    private void touch(ItemType type, String slug) {
        transaction.executeWithoutResult(status -> {
            Item item = items.findByTypeAndSlug(type, slug).orElseThrow();
            touched.putIfAbsent(type.name() + "/" + slug, item.getUpdatedAt());
            item.touch(clock.instant());
        });
    }

    private Item item(String key) {
        String[] parts = key.split("/");
        return items.findByTypeAndSlug(ItemType.valueOf(parts[0]), parts[1]).orElseThrow();
    }

    private String title(ItemType type, String slug) {
        return transaction.execute(
                status -> items.findByTypeAndSlug(type, slug).orElseThrow().getTitle());
    }
}
