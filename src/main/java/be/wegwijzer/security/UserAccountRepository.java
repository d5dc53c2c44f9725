package be.wegwijzer.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByRole(Role role);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    List<UserAccount> findByOrganisationIdAndRoleAndEnabledTrue(Long organisationId, Role role);
}
