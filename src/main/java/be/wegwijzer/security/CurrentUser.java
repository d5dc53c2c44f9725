package be.wegwijzer.security;

import be.wegwijzer.base.CurrentActor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account behind the current request, for services that treat roles differently. */
@Service
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> account() {
        String name = CurrentActor.name();
        return CurrentActor.SYSTEM.equals(name) ? Optional.empty() : accounts.findByEmail(name);
    }

    public boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    /** Editors and administrators curate everything; contributors only for their organisation. */
    public boolean isEditor() {
        return has(Role.REDACTEUR) || has(Role.BEHEERDER);
    }
}
