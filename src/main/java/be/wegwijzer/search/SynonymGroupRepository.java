package be.wegwijzer.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {

    List<SynonymGroup> findByOrigin(SynonymGroup.Origin origin);

    @Modifying
    @Query("delete from SynonymGroup g where g.origin = :origin")
    void deleteByOrigin(SynonymGroup.Origin origin);
}
