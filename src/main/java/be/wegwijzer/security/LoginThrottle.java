package be.wegwijzer.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then locks logins after repeated failures, and writes every login to the audit log. Works on
 * the events Spring Security publishes, plus a check before the password is even compared.
 */
@Component
public class LoginThrottle {

    private final UserAccountRepository accounts;
    private final SecurityAuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PasswordEncoder passwords;
    /** Compared against when an attempt is refused early, so that the refusal takes as long as a wrong password. */
    private final String decoyHash;

    LoginThrottle(
            UserAccountRepository accounts,
            SecurityAuditLog audit,
            TransactionTemplate transaction,
            Clock clock,
            PasswordEncoder passwords) {
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.passwords = passwords;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Refuses an attempt that comes too soon after earlier failures, before any password check. */
    AuthenticationProvider guard(AuthenticationProvider delegate) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                String email = authentication.getName() == null
                        ? ""
                        : authentication.getName().strip().toLowerCase();
                Optional<UserAccount> account = accounts.findByEmail(email);
                Duration wait = account.map(a -> a.waitBeforeNextAttempt(clock.instant()))
                        .orElse(Duration.ZERO);
                if (!wait.isZero()
                        || account.filter(a -> a.isLocked(clock.instant())).isPresent()) {
                    // Spring Security refuses these before it compares a password; an unknown address costs a
                    // password comparison, so these do too, and timing tells no account apart.
                    passwords.matches(String.valueOf(authentication.getCredentials()), decoyHash);
                }
                if (!wait.isZero()) {
                    throw new TooManyAttemptsException(wait);
                }
                return delegate.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> type) {
                return delegate.supports(type);
            }
        };
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        transaction.executeWithoutResult(s -> accounts.findByEmail(email).ifPresent(UserAccount::recordSuccess));
        audit.record(SecurityEvent.Type.LOGIN_SUCCEEDED, email, "Aangemeld");
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String email =
                String.valueOf(event.getAuthentication().getName()).strip().toLowerCase();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            Boolean locked = transaction.execute(s -> accounts.findByEmail(email)
                    .map(a -> a.recordFailure(clock.instant()))
                    .orElse(false));
            audit.record(SecurityEvent.Type.LOGIN_FAILED, email, "Verkeerd wachtwoord of onbekend account");
            if (Boolean.TRUE.equals(locked)) {
                audit.record(
                        SecurityEvent.Type.ACCOUNT_LOCKED,
                        email,
                        "Vergrendeld na " + UserAccount.LOCK_AFTER + " mislukte pogingen, voor "
                                + UserAccount.LOCK_DURATION.toMinutes() + " minuten");
            }
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            audit.record(SecurityEvent.Type.LOGIN_FAILED, email, "Poging op een vergrendeld account");
        } else {
            audit.record(
                    SecurityEvent.Type.LOGIN_FAILED,
                    email,
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        audit.record(SecurityEvent.Type.LOGOUT, event.getAuthentication().getName(), "Afgemeld");
    }

    /** Too soon after earlier failures; the message says how long to wait. */
    public static class TooManyAttemptsException extends LockedException {

        private final Duration wait;

        TooManyAttemptsException(Duration wait) {
            super("Te veel mislukte pogingen; wacht " + Math.max(1, (wait.toMillis() + 999) / 1000)
                    + " seconden"); // rounded up
            this.wait = wait;
        }

        public Duration getWait() {
            return wait;
        }
    }
}
