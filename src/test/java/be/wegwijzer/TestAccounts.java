package be.wegwijzer;

import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.UserAccount;
import be.wegwijzer.security.UserAccountRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts for tests, one per role, created when a test asks for them and removed when it is done (a contributor
 * account ties an organisation, which another test's import may want to delete). The administrator from
 * {@code application-test.properties} always exists.
 */
@Component
@Profile("test")
public class TestAccounts {

    public static final String PASSWORD = "Test-wachtwoord-2026";
    public static final String ADMIN = "beheerder@test.wegwijzer.be";
    public static final String EDITOR = "redacteur@test.wegwijzer.be";
    public static final String EDITOR_2 = "redacteur2@test.wegwijzer.be";
    public static final String CONTRIBUTOR = "bijdrager@test.wegwijzer.be";
    /** The contributor's organisation in the test corpus. */
    public static final String CONTRIBUTOR_ORGANISATION = "sectorfonds-voeding";
    /** An intermediary who answers questions for {@link #INTERMEDIARY_ORGANISATION}. */
    public static final String INTERMEDIARY = "bemiddelaar@test.wegwijzer.be";

    public static final String INTERMEDIARY_ORGANISATION = "sectorfonds-voeding";
    /** An intermediary of another organisation, {@link #OTHER_INTERMEDIARY_ORGANISATION}. */
    public static final String OTHER_INTERMEDIARY = "bemiddelaar2@test.wegwijzer.be";

    public static final String OTHER_INTERMEDIARY_ORGANISATION = "kenniscentrum-werk";

    private final UserAccountRepository accounts;
    private final ItemRepository items;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;

    TestAccounts(
            UserAccountRepository accounts,
            ItemRepository items,
            PasswordEncoder encoder,
            UserDetailsService users,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.items = items;
        this.encoder = encoder;
        this.users = users;
        this.transaction = transaction;
    }

    /** Creates the editor, second editor, contributor and intermediary accounts when missing, with fresh counters. */
    public void create() {
        transaction.executeWithoutResult(s -> {
            ensure(EDITOR, "Redacteur Test", Role.REDACTEUR, null);
            ensure(EDITOR_2, "Tweede Redacteur", Role.REDACTEUR, null);
            ensure(CONTRIBUTOR, "Bijdrager Test", Role.BIJDRAGER, CONTRIBUTOR_ORGANISATION);
            ensure(INTERMEDIARY, "Bemiddelaar Voeding", Role.BEMIDDELAAR, INTERMEDIARY_ORGANISATION);
            ensure(OTHER_INTERMEDIARY, "Bemiddelaar Kenniscentrum", Role.BEMIDDELAAR, OTHER_INTERMEDIARY_ORGANISATION);
        });
    }

    /** Removes every account but the configured administrator. */
    public void removeAll() {
        logout();
        transaction.executeWithoutResult(s -> accounts.findAll().stream()
                .filter(a -> !a.getEmail().equals(ADMIN))
                .forEach(accounts::delete));
    }

    /** Acts as this user in the current thread, as after a successful login. */
    public void loginAs(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    private void ensure(String email, String name, Role role, String organisation) {
        UserAccount account = accounts.findByEmail(email)
                .orElseGet(() -> new UserAccount(email, name, encoder.encode(PASSWORD), role, Instant.now()));
        account.setRole(role);
        account.setEnabled(true);
        account.unlock();
        account.setOrganisation(
                organisation == null
                        ? null
                        : items.findByTypeAndSlug(ItemType.ORGANISATIE, organisation)
                                .orElseThrow());
        accounts.save(account);
    }

    public List<String> all() {
        return List.of(ADMIN, EDITOR, EDITOR_2, CONTRIBUTOR);
    }
}
