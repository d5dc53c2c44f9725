package be.wegwijzer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.TestClock;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.contentimport.ContentExchange;
import be.wegwijzer.contentimport.ExportFilter;
import be.wegwijzer.curation.ContributionService;
import be.wegwijzer.curation.DashboardService;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.HistoryService;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.search.EditorQuery;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Logins, throttling and locking, the audit log, and exactly which role may call which service method. */
@IntegrationTest
class SecurityIT {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    UserService users;

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    EditorLookup lookup;

    @Autowired
    HistoryService history;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ContributionService contributions;

    @Autowired
    SecurityAuditLog auditLog;

    @Autowired
    ItemRepository items;

    @Autowired
    ContentExchange exchange;

    @BeforeEach
    void createAccounts() {
        accounts.create();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        accounts.removeAll();
    }

    // ---- logging in ----------------------------------------------------------------------------------------

    @Test
    void theFirstAdministratorComesFromConfigurationWithAHashedPassword() {
        UserAccount admin = accountRepository.findByEmail(TestAccounts.ADMIN).orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.BEHEERDER);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Beheerder-test-2026");
        assertThat(login(TestAccounts.ADMIN, "Beheerder-test-2026").getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_BEHEERDER")
                .doesNotContain("ROLE_REDACTEUR", "ROLE_BIJDRAGER");
    }

    @Test
    void aSuccessfulLoginIsAuditedAndAnyCapitalisationOfTheEmailWorks() {
        long before = events.count();
        Authentication authentication = login("Redacteur@Test.Wegwijzer.be", TestAccounts.PASSWORD);
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(newEvents(before)).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(SecurityEvent.Type.LOGIN_SUCCEEDED);
            assertThat(e.getActor()).isEqualTo(TestAccounts.EDITOR);
        });
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedWithoutSayingWhetherTheAccountExists() {
        long before = events.count();
        assertThatThrownBy(() -> login(TestAccounts.EDITOR, "verkeerd-wachtwoord"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("niemand@test.wegwijzer.be", "verkeerd-wachtwoord"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(newEvents(before))
                .filteredOn(e -> e.getType() == SecurityEvent.Type.LOGIN_FAILED)
                .hasSize(2);
    }

    @Test
    void repeatedFailuresFirstSlowDownThenLockTheAccountForAWhile() {
        for (int i = 0; i < UserAccount.SLOW_DOWN_AFTER; i++) {
            assertThatThrownBy(() -> login(TestAccounts.EDITOR, "fout")).isInstanceOf(BadCredentialsException.class);
        }
        // even the right password must wait now, so guessing slows down
        assertThatThrownBy(() -> login(TestAccounts.EDITOR, TestAccounts.PASSWORD))
                .isInstanceOf(LoginThrottle.TooManyAttemptsException.class)
                .hasMessageContaining("wacht 5 seconden");

        long before = events.count();
        for (int i = UserAccount.SLOW_DOWN_AFTER; i < UserAccount.LOCK_AFTER; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> login(TestAccounts.EDITOR, "fout")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(newEvents(before)).extracting(SecurityEvent::getType).contains(SecurityEvent.Type.ACCOUNT_LOCKED);

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> login(TestAccounts.EDITOR, TestAccounts.PASSWORD))
                .isInstanceOf(LockedException.class)
                .isNotInstanceOf(LoginThrottle.TooManyAttemptsException.class);

        clock.advance(UserAccount.LOCK_DURATION);
        assertThat(login(TestAccounts.EDITOR, TestAccounts.PASSWORD).isAuthenticated())
                .isTrue();
        assertThat(accountRepository
                        .findByEmail(TestAccounts.EDITOR)
                        .orElseThrow()
                        .waitBeforeNextAttempt(clock.instant()))
                .isZero();
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        accounts.loginAs(TestAccounts.ADMIN);
        long id =
                accountRepository.findByEmail(TestAccounts.EDITOR).orElseThrow().getId();
        users.setEnabled(id, false);
        accounts.logout();
        assertThatThrownBy(() -> login(TestAccounts.EDITOR, TestAccounts.PASSWORD))
                .isInstanceOf(AuthenticationException.class);
    }

    // ---- account administration ----------------------------------------------------------------------------

    @Test
    void administratorsManageAccountsAndEveryChangeIsAudited() {
        accounts.loginAs(TestAccounts.ADMIN);
        long before = events.count();
        UserService.Account created = users.create(
                "Nieuw@Test.Wegwijzer.be",
                "Nieuwe collega",
                Role.BIJDRAGER,
                "kenniscentrum-werk",
                "Lang-genoeg-wachtwoord");
        assertThat(created.email()).isEqualTo("nieuw@test.wegwijzer.be");
        assertThat(created.organisationName()).isNotBlank();
        users.changeRole(created.id(), Role.REDACTEUR, null);
        assertThat(newEvents(before))
                .extracting(SecurityEvent::getType)
                .containsExactly(SecurityEvent.Type.USER_CREATED, SecurityEvent.Type.ROLE_CHANGED);
        assertThat(newEvents(before)).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(TestAccounts.ADMIN));
    }

    @Test
    void invalidAccountInputGetsAMessageForTheField() {
        accounts.loginAs(TestAccounts.ADMIN);
        assertThatThrownBy(() -> users.create("geen-adres", "X", Role.REDACTEUR, null, "Lang-genoeg-wachtwoord"))
                .isInstanceOfSatisfying(
                        UserService.InvalidAccount.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> users.create("kort@test.wegwijzer.be", "X", Role.REDACTEUR, null, "kort"))
                .isInstanceOfSatisfying(
                        UserService.InvalidAccount.class,
                        e -> assertThat(e.getMessage()).contains("minstens 12"));
        assertThatThrownBy(() ->
                        users.create("org@test.wegwijzer.be", "X", Role.BIJDRAGER, null, "Lang-genoeg-wachtwoord"))
                .isInstanceOfSatisfying(
                        UserService.InvalidAccount.class,
                        e -> assertThat(e.field()).isEqualTo("organisation"));
        assertThatThrownBy(() -> users.create(TestAccounts.EDITOR, "X", Role.REDACTEUR, null, "Lang-genoeg-wachtwoord"))
                .hasMessageContaining("bestaat al");
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        accounts.loginAs(TestAccounts.ADMIN);
        long id =
                accountRepository.findByEmail(TestAccounts.ADMIN).orElseThrow().getId();
        assertThatThrownBy(() -> users.changeRole(id, Role.REDACTEUR, null)).hasMessageContaining("laatste beheerder");
        assertThatThrownBy(() -> users.setEnabled(id, false)).hasMessageContaining("eigen account");
        assertThat(accountRepository
                        .findByEmail(TestAccounts.ADMIN)
                        .orElseThrow()
                        .getRole())
                .isEqualTo(Role.BEHEERDER);
    }

    // ---- who may call what ---------------------------------------------------------------------------------

    /** Every guarded service action, and the roles that may call it. */
    Map<String, Runnable> actions() {
        Map<String, Runnable> actions = new LinkedHashMap<>();
        actions.put(
                "list items", () -> editor.list(new EditorQuery(null, null, null, null, null), PageRequest.of(0, 5)));
        actions.put("item pickers", () -> lookup.organisations());
        actions.put("dashboard", () -> dashboards.dashboard());
        actions.put("list accounts", () -> users.accounts());
        actions.put("audit log", () -> auditLog.page(PageRequest.of(0, 5)));
        actions.put("delete item", () -> removals.delete(-1, "test"));
        actions.put("restore version", () -> history.restore(-1, 1, 0));
        actions.put("contribute", () -> contributions.submit(null, null));
        actions.put("export content", () -> exchange.export(OutputStream.nullOutputStream(), ExportFilter.all()));
        actions.put("import content", () -> exchange.preview(new byte[0], false));
        return actions;
    }

    static final Map<String, Set<String>> MAY = Map.of(
            "list items", Set.of(TestAccounts.CONTRIBUTOR, TestAccounts.EDITOR, TestAccounts.ADMIN),
            "item pickers", Set.of(TestAccounts.CONTRIBUTOR, TestAccounts.EDITOR, TestAccounts.ADMIN),
            "dashboard", Set.of(TestAccounts.EDITOR, TestAccounts.ADMIN),
            "list accounts", Set.of(TestAccounts.ADMIN),
            "audit log", Set.of(TestAccounts.ADMIN),
            "delete item", Set.of(TestAccounts.ADMIN),
            "restore version", Set.of(TestAccounts.EDITOR, TestAccounts.ADMIN),
            "contribute", Set.of(TestAccounts.CONTRIBUTOR, TestAccounts.EDITOR, TestAccounts.ADMIN),
            "export content", Set.of(TestAccounts.EDITOR, TestAccounts.ADMIN),
            "import content", Set.of(TestAccounts.ADMIN));

    @Test
    void eachRoleMayCallExactlyWhatItIsAllowed() {
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("anoniem", TestAccounts.CONTRIBUTOR, TestAccounts.EDITOR, TestAccounts.ADMIN)) {
            if (user.equals("anoniem")) {
                accounts.logout();
            } else {
                accounts.loginAs(user);
            }
            actions().forEach((name, action) -> {
                boolean refused = refused(action);
                boolean allowed = MAY.get(name).contains(user);
                if (refused == allowed) {
                    wrong.add(user + " → " + name + (refused ? " was refused" : " was allowed"));
                }
            });
        }
        accounts.logout();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aContributorIsRefusedWithAClearMessageOutsideTheirOrganisation() {
        accounts.loginAs(TestAccounts.EDITOR);
        long foreign = editor.list(new EditorQuery(null, null, null, "kenniscentrum-werk", null), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        assertThatThrownBy(() -> editor.load(foreign))
                .isInstanceOf(EditorException.NotAllowed.class)
                .hasMessageContaining("Je kunt alleen items van");
        assertThat(editor.list(new EditorQuery(null, null, null, "kenniscentrum-werk", null), PageRequest.of(0, 50))
                        .getContent())
                .as("the owner filter cannot widen a contributor's list")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.ownerName())
                        .isEqualTo(organisationTitle(TestAccounts.CONTRIBUTOR_ORGANISATION)));
    }

    /** Refused by method security, as opposed to reaching the method and failing there for another reason. */
    private static boolean refused(Runnable action) {
        try {
            action.run();
            return false;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return true;
        } catch (RuntimeException reachedTheMethod) {
            return false;
        }
    }

    private String organisationTitle(String slug) {
        return items.findByTypeAndSlug(ItemType.ORGANISATIE, slug).orElseThrow().getTitle();
    }

    private Authentication login(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private List<SecurityEvent> newEvents(long before) {
        return events.findAll().stream()
                .sorted(Comparator.comparing(SecurityEvent::getId))
                .skip(before)
                .toList();
    }
}
