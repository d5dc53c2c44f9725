package be.wegwijzer.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts that act for an organisation, for features that work per organisation (the question inbox): who the
 * current user acts for, and whom to tell when something arrives for an organisation.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationMembers {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    OrganisationMembers(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The id of the organisation the logged-in account acts for, when it has one. */
    public Optional<Long> currentOrganisationId() {
        return currentUser
                .account()
                .filter(a -> a.getRole().belongsToOrganisation() && a.getOrganisation() != null)
                .map(a -> a.getOrganisation().getId());
    }

    /** The e-mail addresses of the enabled accounts with this role for this organisation. */
    public List<String> addresses(long organisationId, Role role) {
        return accounts.findByOrganisationIdAndRoleAndEnabledTrue(organisationId, role).stream()
                .map(UserAccount::getEmail)
                .toList();
    }
}
