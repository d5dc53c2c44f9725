package be.wegwijzer.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Link;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The link check on the shared test context. Test items are pointed at {@link TestSite} on 127.0.0.1 and put back
 * afterwards; {@code wegwijzer.link-check.only-hosts=127.0.0.1} (test profile) keeps the corpus's outside address
 * ({@code https://www.voorbeeld-sectorfonds.be}) from ever being contacted.
 */
@IntegrationTest
class LinkCheckIT {

    @Autowired
    LinkCheckService linkCheck;

    @Autowired
    LinkCheckRepository results;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestAccounts accounts;

    TestSite site;
    final Map<String, Snapshot> originals = new LinkedHashMap<>();

    /** The fields this test changes, to put them back. */
    record Snapshot(List<Link> links, String applyUrl, String web, String registerUrl, ItemStatus status) {}

    @BeforeEach
    void pointTestItemsAtTheLocalSite() {
        accounts.create();
        accounts.loginAs(TestAccounts.EDITOR); // checking on demand and the dashboard list are for editors
        site = TestSite.start();
        change(
                "telewerkkaart",
                i -> i.setLinks(List.of(new Link("Werkt", site.url("/ok")), new Link("Weg", site.url("/missing")))));
        change("kenniscentrum-werk", i -> i.organisation().setWeb(site.url("/ok")));
        change("werkbaarheidscheque", i -> i.measure().setApplyUrl(site.url("/moved")));
        change("webinar-telewerk", i -> i.activity().setRegisterUrl(site.url("/server-error")));
        change("werkdruk", i -> {
            i.publication().returnToConcept();
            i.setLinks(List.of(new Link("Concept", site.url("/draft-missing"))));
        });
        change("toekomstige-premie", i -> {
            i.publication().archive();
            i.measure().setApplyUrl(site.url("/archived"));
        });
    }

    @AfterEach
    void restoreTheTestCorpus() {
        originals.forEach((slug, s) -> transaction.executeWithoutResult(tx -> {
            Item item = items.findBySlug(slug).orElseThrow();
            item.setLinks(s.links());
            item.measure().setApplyUrl(s.applyUrl());
            item.organisation().setWeb(s.web());
            item.activity().setRegisterUrl(s.registerUrl());
            switch (s.status()) { // put the status back through the transition that leads to it
                case GEPUBLICEERD -> item.publication().publish(Instant.now());
                case GEARCHIVEERD -> item.publication().archive();
                case TER_REVIEW -> item.publication().submitForReview();
                case CONCEPT -> item.publication().returnToConcept();
            }
        }));
        results.deleteAll();
        site.close();
        accounts.removeAll();
    }

    @Test
    void checkNowStoresOneResultPerDistinctAddressOfPublishedAndDraftItems() {
        LinkCheckSummary summary = linkCheck.checkNow();

        assertThat(summary.checked()).isEqualTo(5);
        assertThat(summary.ok()).isEqualTo(1);
        assertThat(summary.broken()).isEqualTo(3);
        assertThat(summary.redirected()).isEqualTo(1);
        assertThat(summary.timeouts() + summary.errors()).isZero();
        assertThat(summary.duration()).isPositive();
        assertThat(results.findAll())
                .extracting(LinkCheck::getUrl)
                .containsExactlyInAnyOrder(
                        site.url("/ok"),
                        site.url("/missing"),
                        site.url("/moved"),
                        site.url("/server-error"),
                        site.url("/draft-missing"));
        assertThat(site.requests()).noneMatch(r -> r.endsWith("/archived"));
    }

    @Test
    void theDashboardListsTheLinksThatNeedAnEditorWithTheItemsThatUseThem() {
        linkCheck.checkNow();

        Map<String, LinkProblem> problems = byUrl(linkCheck.problems());

        assertThat(problems)
                .containsOnlyKeys(
                        site.url("/missing"),
                        site.url("/moved"),
                        site.url("/server-error"),
                        site.url("/draft-missing"));
        assertThat(problems.get(site.url("/missing"))).satisfies(p -> {
            assertThat(p.status()).isEqualTo(LinkStatus.BROKEN);
            assertThat(p.httpStatus()).isEqualTo(404);
            assertThat(p.message()).contains("niet gevonden");
            assertThat(p.failingSince()).isEqualTo(p.checkedAt());
            assertThat(p.consecutiveFailures()).isEqualTo(1);
            assertThat(p.usedBy())
                    .containsExactly(new LinkUse(
                            id("telewerkkaart"),
                            ItemType.TOOL,
                            "telewerkkaart",
                            title("telewerkkaart"),
                            ItemStatus.GEPUBLICEERD,
                            LinkField.LINK,
                            "Weg"));
        });
        assertThat(problems.get(site.url("/moved"))).satisfies(p -> {
            assertThat(p.status()).isEqualTo(LinkStatus.REDIRECTED);
            assertThat(p.finalUrl()).isEqualTo(site.url("/ok"));
            assertThat(p.usedBy())
                    .extracting(LinkUse::slug, LinkUse::field)
                    .containsExactly(tuple("werkbaarheidscheque", LinkField.APPLY_URL));
        });
        assertThat(problems.get(site.url("/server-error")).usedBy())
                .singleElement()
                .satisfies(use -> {
                    assertThat(use.path()).isEqualTo("/activiteit/webinar-telewerk");
                    assertThat(use.field()).isEqualTo(LinkField.REGISTER_URL);
                });
        assertThat(problems.get(site.url("/draft-missing")).usedBy())
                .singleElement()
                .extracting(LinkUse::itemStatus)
                .isEqualTo(ItemStatus.CONCEPT);
    }

    @Test
    void aLinkThatWorksAgainDropsOutAndANewFailureComesFirst() {
        linkCheck.checkNow();
        Instant serverErrorSince =
                byUrl(linkCheck.problems()).get(site.url("/server-error")).failingSince();
        site.answer("/missing", 200);
        site.answer("/ok", 410);

        linkCheck.checkNow();

        List<LinkProblem> problems = linkCheck.problems();
        assertThat(problems).extracting(LinkProblem::url).doesNotContain(site.url("/missing"));
        assertThat(problems.getFirst()).satisfies(p -> {
            assertThat(p.url()).isEqualTo(site.url("/ok"));
            assertThat(p.status()).isEqualTo(LinkStatus.BROKEN);
            assertThat(p.failingSince()).isAfter(serverErrorSince);
            assertThat(p.usedBy())
                    .extracting(LinkUse::slug, LinkUse::field)
                    .containsExactly(
                            tuple("telewerkkaart", LinkField.LINK), tuple("kenniscentrum-werk", LinkField.WEBSITE));
        });
        assertThat(byUrl(problems).get(site.url("/server-error"))).satisfies(p -> {
            assertThat(p.failingSince()).isEqualTo(serverErrorSince);
            assertThat(p.consecutiveFailures()).isEqualTo(2);
        });
        assertThat(results.findByUrlHash(LinkCheck.hash(site.url("/missing"))))
                .get()
                .satisfies(c -> {
                    assertThat(c.getStatus()).isEqualTo(LinkStatus.OK);
                    assertThat(c.getFirstFailedAt()).isNull();
                    assertThat(c.getConsecutiveFailures()).isZero();
                });
    }

    @Test
    void aSecondRunWhileOneIsGoingIsRefused() throws Exception {
        change("werkstress-scan", i -> i.setLinks(List.of(new Link("Traag", site.url("/slow")))));
        CompletableFuture<LinkCheckSummary> first = CompletableFuture.supplyAsync(
                linkCheck::checkNow, new DelegatingSecurityContextExecutor(ForkJoinPool.commonPool()));
        while (!site.requests().contains("HEAD /slow") && !first.isDone()) {
            Thread.sleep(10);
        }

        assertThatThrownBy(linkCheck::checkNow)
                .isInstanceOf(LinkCheckBusyException.class)
                .hasMessageStartingWith("Er loopt al een linkcontrole");
        assertThat(first.get().timeouts()).isEqualTo(1);
    }

    private void change(String slug, Consumer<Item> change) {
        transaction.executeWithoutResult(tx -> {
            Item item = items.findBySlug(slug).orElseThrow();
            originals.putIfAbsent(
                    slug,
                    new Snapshot(
                            new ArrayList<>(item.getLinks()),
                            item.measure().getApplyUrl(),
                            item.organisation().getWeb(),
                            item.activity().getRegisterUrl(),
                            item.getStatus()));
            change.accept(item);
        });
    }

    private long id(String slug) {
        return items.findBySlug(slug).orElseThrow().getId();
    }

    private String title(String slug) {
        return items.findBySlug(slug).orElseThrow().getTitle();
    }

    private static Map<String, LinkProblem> byUrl(List<LinkProblem> problems) {
        Map<String, LinkProblem> map = new LinkedHashMap<>();
        problems.forEach(p -> map.put(p.url(), p));
        return map;
    }
}
