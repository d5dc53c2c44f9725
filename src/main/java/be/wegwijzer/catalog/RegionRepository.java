package be.wegwijzer.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findAllByOrderBySortOrderAscLabelAsc();
}
