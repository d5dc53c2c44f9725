package be.wegwijzer.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administration menu comes from the pages' {@code @Menu} and lists only what the user's role may open. */
class AdminMenuTest extends UiTest {

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
    void aContributorSeesOnlyTheirItemsAndTheContributionForm() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        assertThat(menuOn("beheer")).containsExactly("/beheer Items", "/bijdragen Goede praktijk bijdragen");
    }

    @Test
    void anEditorSeesEverythingButTheAccountPages() {
        accounts.loginAs(TestAccounts.EDITOR);
        assertThat(menuOn("beheer/overzicht"))
                .containsExactly(
                        "/beheer Items",
                        "/beheer/overzicht Overzicht",
                        "/beheer/links Links",
                        "/beheer/uitwisselen Exporteren en importeren",
                        "/bijdragen Goede praktijk bijdragen",
                        "/beheer/zoekgedrag Zoekgedrag",
                        "/beheer/synoniemen Synoniemen",
                        "/beheer/mail Mail",
                        "/beheer/vragen Vragen",
                        "/beheer/vraagroutering Vraagroutering");
    }

    @Test
    void anAdministratorAlsoSeesUsersAndTheAuditLog() {
        accounts.loginAs(TestAccounts.ADMIN);
        assertThat(menuOn("beheer/gebruikers"))
                .containsExactly(
                        "/beheer Items",
                        "/beheer/overzicht Overzicht",
                        "/beheer/links Links",
                        "/beheer/uitwisselen Exporteren en importeren",
                        "/bijdragen Goede praktijk bijdragen",
                        "/beheer/zoekgedrag Zoekgedrag",
                        "/beheer/synoniemen Synoniemen",
                        "/beheer/mail Mail",
                        "/beheer/vragen Vragen",
                        "/beheer/vraagroutering Vraagroutering",
                        "/beheer/gebruikers Gebruikers",
                        "/beheer/auditlog Auditlog");
    }

    @Test
    void theMenuIsANamedNavigationLandmark() {
        accounts.loginAs(TestAccounts.EDITOR);
        navigate("beheer", Component.class);
        AdminMenu menu = $view(AdminMenu.class).single();
        assertThat(menu.getElement().getTag()).isEqualTo("nav");
        assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Beheer");
    }

    /** The menu on a page, as "href text" per link. */
    private List<String> menuOn(String path) {
        navigate(path, Component.class);
        return $(Anchor.class, $view(AdminMenu.class).single()).all().stream()
                .map(a -> a.getHref() + " " + a.getText())
                .toList();
    }
}
