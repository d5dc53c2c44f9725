package be.wegwijzer.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    Optional<OutboxMail> findByDedupKey(String dedupKey);

    List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAscIdAsc(
            MailStatus status, Instant now, Limit limit);

    Page<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);

    long countByStatus(MailStatus status);

    @Modifying
    @Query("delete from OutboxMail m where m.recipient = :recipient")
    int deleteByRecipient(String recipient);

    @Modifying
    @Query("delete from OutboxMail m where m.status = be.wegwijzer.mail.MailStatus.VERZONDEN and m.sentAt < :before")
    int deleteSentBefore(Instant before);
}
