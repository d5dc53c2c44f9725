package be.wegwijzer.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from configuration ({@code wegwijzer.admin.email} and
 * {@code wegwijzer.admin.password}, e.g. from environment variables) when no administrator exists yet. There is
 * no default password: without configuration the portal runs without anyone who can log in, and says so.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SecurityAuditLog audit;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdministrator(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            SecurityAuditLog audit,
            Clock clock,
            @Value("${wegwijzer.admin.email:}") String email,
            @Value("${wegwijzer.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.BEHEERDER)) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn(
                    "No administrator account exists. Set WEGWIJZER_ADMIN_EMAIL and WEGWIJZER_ADMIN_PASSWORD "
                            + "(at least {} characters) and restart to create the first one.",
                    UserAccount.PASSWORD_MIN_LENGTH);
            return;
        }
        if (password.length() < UserAccount.PASSWORD_MIN_LENGTH) {
            log.error(
                    "WEGWIJZER_ADMIN_PASSWORD is shorter than {} characters; no administrator was created.",
                    UserAccount.PASSWORD_MIN_LENGTH);
            return;
        }
        UserAccount admin = accounts.save(
                new UserAccount(email, "Beheerder", encoder.encode(password), Role.BEHEERDER, clock.instant()));
        audit.record(
                SecurityEvent.Type.USER_CREATED,
                SecurityAuditLog.SYSTEM,
                "Eerste beheerder aangemaakt: " + admin.getEmail());
        log.info("Created the first administrator {} from configuration", admin.getEmail());
    }
}
