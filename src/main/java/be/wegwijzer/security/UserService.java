package be.wegwijzer.security;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration for administrators; every change is written to the security audit log. */
@Service
@Transactional
@RolesAllowed(Role.ADMIN)
public class UserService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    /** An account as the administration list shows it. */
    public record Account(
            long id,
            String email,
            String displayName,
            Role role,
            String organisationSlug,
            String organisationName,
            boolean enabled,
            boolean locked) {}

    /** An organisation a contributor can belong to, as the account form offers it. */
    public record Organisation(String slug, String name) {}

    /** A refused change, with a message for the form. */
    public static class InvalidAccount extends RuntimeException {
        private final String field;

        InvalidAccount(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final UserAccountRepository accounts;
    private final CatalogService catalog;
    private final PasswordEncoder encoder;
    private final SecurityAuditLog audit;
    private final Clock clock;

    UserService(
            UserAccountRepository accounts,
            CatalogService catalog,
            PasswordEncoder encoder,
            SecurityAuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .map(this::account)
                .toList();
    }

    /** Every organisation in any status, by name: an account may belong to one that is not published yet. */
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return catalog.organisationTitles().entrySet().stream()
                .map(e -> new Organisation(e.getKey(), e.getValue()))
                .toList();
    }

    public Account create(String email, String displayName, Role role, String organisationSlug, String password) {
        String normalized = email == null ? "" : email.strip().toLowerCase();
        if (!EMAIL.matcher(normalized).matches()) {
            throw new InvalidAccount("email", "Geef een geldig e-mailadres, bv. naam@organisatie.be.");
        }
        if (accounts.findByEmail(normalized).isPresent()) {
            throw new InvalidAccount("email", "Er bestaat al een account met dit e-mailadres.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidAccount("displayName", "Geef een naam zoals collega's die herkennen.");
        }
        checkPassword(password);
        UserAccount account =
                new UserAccount(normalized, displayName.strip(), encoder.encode(password), role, clock.instant());
        account.setOrganisation(organisation(role, organisationSlug));
        accounts.save(account);
        audit.record(SecurityEvent.Type.USER_CREATED, normalized + " als " + role.label());
        return account(account);
    }

    public Account changeRole(long id, Role role, String organisationSlug) {
        UserAccount account = find(id);
        if (account.getRole() == Role.BEHEERDER
                && role != Role.BEHEERDER
                && accounts.findAll().stream()
                                .filter(a -> a.getRole() == Role.BEHEERDER && a.isEnabled())
                                .count()
                        <= 1) {
            throw new InvalidAccount("role", "Dit is de laatste beheerder; maak eerst iemand anders beheerder.");
        }
        Role before = account.getRole();
        account.setRole(role);
        account.setOrganisation(organisation(role, organisationSlug));
        audit.record(
                SecurityEvent.Type.ROLE_CHANGED, account.getEmail() + ": " + before.label() + " → " + role.label());
        return account(account);
    }

    public Account setEnabled(long id, boolean enabled) {
        UserAccount account = find(id);
        if (!enabled && account.getEmail().equals(CurrentActor.name())) {
            throw new InvalidAccount("enabled", "Je kunt je eigen account niet uitschakelen.");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? SecurityEvent.Type.USER_ENABLED : SecurityEvent.Type.USER_DISABLED, account.getEmail());
        return account(account);
    }

    public Account unlock(long id) {
        UserAccount account = find(id);
        account.unlock();
        audit.record(SecurityEvent.Type.USER_ENABLED, account.getEmail() + " ontgrendeld");
        return account(account);
    }

    public void resetPassword(long id, String password) {
        checkPassword(password);
        UserAccount account = find(id);
        account.setPasswordHash(encoder.encode(password));
        audit.record(SecurityEvent.Type.PASSWORD_CHANGED, account.getEmail());
    }

    private Item organisation(Role role, String slug) {
        if (slug == null || slug.isBlank()) {
            if (role.belongsToOrganisation()) {
                throw new InvalidAccount(
                        "organisation", "Een " + role.label().toLowerCase() + " hoort bij een organisatie: kies ze.");
            }
            return null;
        }
        return catalog.organisation(slug)
                .orElseThrow(() -> new InvalidAccount("organisation", "De organisatie '" + slug + "' bestaat niet."));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < UserAccount.PASSWORD_MIN_LENGTH) {
            throw new InvalidAccount(
                    "password", "Een wachtwoord heeft minstens " + UserAccount.PASSWORD_MIN_LENGTH + " tekens.");
        }
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new InvalidAccount("id", "Dit account bestaat niet (meer)."));
    }

    private Account account(UserAccount a) {
        Item organisation = a.getOrganisation();
        return new Account(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getRole(),
                organisation == null ? null : organisation.getSlug(),
                organisation == null ? null : organisation.getTitle(),
                a.isEnabled(),
                a.isLocked(clock.instant()));
    }
}
