package be.wegwijzer.questions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

    @Query("select r from RoutingRule r join fetch r.organisation o order by o.title, r.id")
    List<RoutingRule> allWithOrganisation();

    @Modifying
    @Query("delete from RoutingRule r where r.origin = :origin")
    int deleteByOrigin(@Param("origin") RoutingRule.Origin origin);
}
