package be.wegwijzer.alerts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertAddressRepository extends JpaRepository<AlertAddress, Long> {

    Optional<AlertAddress> findByEmail(String email);

    Optional<AlertAddress> findByManageToken(String token);
}
