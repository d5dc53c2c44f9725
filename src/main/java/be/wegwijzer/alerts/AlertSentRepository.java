package be.wegwijzer.alerts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertSentRepository extends JpaRepository<AlertSent, Long> {

    boolean existsBySubscriptionIdAndPeriodKey(long subscriptionId, String periodKey);

    List<AlertSent> findBySubscriptionIdOrderByIdAsc(long subscriptionId);
}
