package be.wegwijzer.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AudienceRepository extends JpaRepository<Audience, String> {

    List<Audience> findAllByOrderBySortOrderAscLabelAsc();
}
