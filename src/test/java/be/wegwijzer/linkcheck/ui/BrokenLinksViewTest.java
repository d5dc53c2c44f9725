package be.wegwijzer.linkcheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.AccessDeniedView;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.linkcheck.LinkCheckService;
import be.wegwijzer.linkcheck.TestSite;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The link check's own page, without a browser: one test item points at a missing page on {@link TestSite}, the check
 * runs, and the page and the dashboard's count show it.
 */
class BrokenLinksViewTest extends UiTest {

    private static final String SLUG = "telewerkkaart";

    @Autowired
    TestAccounts accounts;

    @Autowired
    LinkCheckService linkCheck;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    TestSite site;
    List<Link> originalLinks;

    @BeforeEach
    void pointATestItemAtAMissingPage() {
        accounts.create();
        site = TestSite.start();
        originalLinks = transaction.execute(tx -> {
            Item item = items.findBySlug(SLUG).orElseThrow();
            List<Link> before = List.copyOf(item.getLinks());
            item.setLinks(List.of(new Link("Weg", site.url("/missing"))));
            return before;
        });
    }

    @AfterEach
    void restoreTheTestCorpus() {
        transaction.executeWithoutResult(
                tx -> items.findBySlug(SLUG).orElseThrow().setLinks(originalLinks));
        jdbc.update("delete from link_check");
        site.close();
        accounts.removeAll();
    }

    @Test
    void anEditorSeesTheBrokenLinkWithTheItemThatUsesItAndTheDashboardCountsIt() {
        accounts.loginAs(TestAccounts.EDITOR);
        linkCheck.checkNow();
        long itemId = items.findBySlug(SLUG).orElseThrow().getId();

        BrokenLinksView view = target(navigate(BrokenLinksView.class));
        assertThat(texts(H1.class)).containsExactly("Links met een probleem");
        assertThat(view.checkNow.getText()).isEqualTo("Links nu controleren");
        assertThat(view.content.getElement().getTextRecursively())
                .contains("1 link met een probleem.", site.url("/missing"), "Kapot (404)");
        assertThat(links()).contains(site.url("/missing"), "/beheer/item/" + itemId);

        navigate("beheer/overzicht", Component.class);
        assertThat(texts(H2.class)).contains("Links met een probleem (1)");
        assertThat($view(Anchor.class)
                        .withText("Naar de linkcontrole: welke items ze gebruiken, en opnieuw controleren")
                        .single()
                        .getHref())
                .isEqualTo("/beheer/links");
    }

    @Test
    void aContributorMayNotOpenTheLinkCheck() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        navigate("beheer/links", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
