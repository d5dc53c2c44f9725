package be.wegwijzer.scan;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScanResultRepository extends JpaRepository<ScanResult, String> {

    @Modifying
    @Query("delete from ScanResult r where r.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
