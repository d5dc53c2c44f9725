package be.wegwijzer.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.AccessDeniedView;
import be.wegwijzer.security.SecurityEvent;
import be.wegwijzer.security.UserAccountRepository;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account pages, users and audit log, without a browser: administrators only. */
class AccountViewsTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository accountRepository;

    @BeforeEach
    void createAccounts() {
        accounts.create();
    }

    @AfterEach
    void removeAccounts() {
        accounts.removeAll();
    }

    @Test
    void visitorsWhoAreNotLoggedInDoNotSeeTheAccountPages() {
        accounts.logout();
        // the redirect to the login page itself is a page load, checked in the browser journey (CurationJourneyIT)
        for (String path : List.of("beheer/gebruikers", "beheer/auditlog")) {
            navigate(path, Component.class);
            assertThat(getCurrentView()).as(path).isNotInstanceOfAny(UsersView.class, AuditLogView.class);
        }
    }

    @Test
    void editorsAndContributorsMayNotOpenTheAccountPages() {
        for (String who : List.of(TestAccounts.EDITOR, TestAccounts.CONTRIBUTOR)) {
            accounts.loginAs(who);
            for (String path : List.of("beheer/gebruikers", "beheer/auditlog")) {
                navigate(path, Component.class);
                assertThat(getCurrentView()).as(who + " " + path).isInstanceOf(AccessDeniedView.class);
                assertThat(texts(H1.class)).containsExactly("Geen toegang tot deze pagina");
            }
        }
    }

    @Test
    void anAdministratorCreatesAnAccountFromTheUsersPageAndTheAuditLogShowsIt() {
        accounts.loginAs(TestAccounts.ADMIN);
        UsersView users = target(navigate(UsersView.class));
        test(users.email).setValue("nieuwe.redacteur@test.wegwijzer.be");
        test(users.name).setValue("Nieuwe Redacteur");
        test(users.role).selectItem("Redacteur");
        test(users.password).setValue("kort");
        test($view(Button.class).withText("Account aanmaken").single()).click();
        assertThat(users.password.isInvalid()).isTrue();
        assertThat(users.password.getErrorMessage()).contains("minstens 12");
        assertThat(accountRepository.findByEmail("nieuwe.redacteur@test.wegwijzer.be"))
                .isEmpty();

        test(users.password).setValue("Een-lang-wachtwoord");
        test($view(Button.class).withText("Account aanmaken").single()).click();
        assertThat(accountRepository.findByEmail("nieuwe.redacteur@test.wegwijzer.be"))
                .isPresent();
        assertThat(users.grid
                        .getDataProvider()
                        .fetch(new Query<>())
                        .map(a -> a.email())
                        .toList())
                .contains("nieuwe.redacteur@test.wegwijzer.be");

        AuditLogView log = target(navigate(AuditLogView.class));
        assertThat(log.grid
                        .getDataProvider()
                        .fetch(new Query<>(0, 50, List.of(), null, null))
                        .toList())
                .anySatisfy(event -> {
                    assertThat(event.getType()).isEqualTo(SecurityEvent.Type.USER_CREATED);
                    assertThat(event.getDetail()).startsWith("nieuwe.redacteur@test.wegwijzer.be");
                });
    }

    @Test
    void theOrganisationPickerOffersTheOrganisationsOfTheCorpus() {
        accounts.loginAs(TestAccounts.ADMIN);
        UsersView users = target(navigate(UsersView.class));
        assertThat(users.organisation
                        .getListDataView()
                        .getItems()
                        .map(o -> o.slug())
                        .toList())
                .contains(TestAccounts.CONTRIBUTOR_ORGANISATION);
    }
}
