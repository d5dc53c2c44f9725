package be.wegwijzer.contentimport;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentImportRunRepository extends JpaRepository<ContentImportRun, Long> {

    Optional<ContentImportRun> findFirstBySourceAndSucceededTrueOrderByIdDesc(String source);
}
