package be.wegwijzer.linkcheck;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LinkCheckRepository extends JpaRepository<LinkCheck, Long> {

    Optional<LinkCheck> findByUrlHash(String urlHash);

    /** Links that need attention, the ones that started failing most recently first. */
    List<LinkCheck> findByStatusNotOrderByFirstFailedAtDescUrlAsc(LinkStatus status);
}
