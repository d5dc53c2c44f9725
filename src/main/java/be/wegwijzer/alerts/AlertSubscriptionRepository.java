package be.wegwijzer.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AlertSubscriptionRepository extends JpaRepository<AlertSubscription, Long> {

    Optional<AlertSubscription> findByConfirmToken(String token);

    Optional<AlertSubscription> findByUnsubscribeToken(String token);

    List<AlertSubscription> findByAddressOrderByCreatedAtAscIdAsc(AlertAddress address);

    long countByAddress(AlertAddress address);

    @Query("select s.id from AlertSubscription s where s.confirmedAt is not null and s.kind = :kind order by s.id")
    List<Long> confirmedIds(AlertKind kind);

    @Query("select s from AlertSubscription s where s.confirmedAt is null and s.confirmExpiresAt < :now")
    List<AlertSubscription> expiredUnconfirmed(Instant now);
}
