package be.wegwijzer.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The main navigation comes from the public pages' {@code @Menu}, in their order, and holds no administration page. */
class MainNavigationTest extends UiTest {

    private static final List<String> PUBLIC = List.of(
            "/zoeken Zoeken",
            "/steunzoeker Steunzoeker",
            "/scan Quick scan",
            "/wie-helpt Wie helpt?",
            "/themas Thema's",
            "/agenda Agenda");

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts.create();
    }

    @AfterEach
    void removeAccounts() {
        accounts.removeAll();
    }

    @Test
    void aVisitorSeesThePublicPagesInOrder() {
        accounts.logout();
        assertThat(mainNavigationOn("")).containsExactlyElementsOf(PUBLIC);
    }

    @Test
    void anAdministratorFindsNoAdministrationPageInTheMainNavigation() {
        accounts.loginAs(TestAccounts.ADMIN);
        // the single "Beheer" link for people who are logged in is the layout's own (checked in the browser journeys)
        assertThat(mainNavigationOn("agenda"))
                .filteredOn(link -> !link.equals("/beheer Beheer"))
                .containsExactlyElementsOf(PUBLIC);
    }

    /** The main navigation on a page, as "href text" per link. */
    private List<String> mainNavigationOn(String path) {
        navigate(path, Component.class);
        Nav main = $(Nav.class).all().stream()
                .filter(n -> "Hoofdmenu".equals(n.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        return $(Anchor.class, main).all().stream()
                .map(a -> a.getHref() + " " + a.getText())
                .toList();
    }
}
