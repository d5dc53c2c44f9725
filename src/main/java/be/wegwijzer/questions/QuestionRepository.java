package be.wegwijzer.questions;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    /** Addresses due for the purge: answered before the cutoff, or never answered and asked before it. */
    @Query(
            "select q from Question q where q.email is not null and ((q.answeredAt is not null and q.answeredAt < :cutoff)"
                    + " or (q.answeredAt is null and q.askedAt < :cutoff))")
    List<Question> withEmailExpiredBefore(@Param("cutoff") Instant cutoff);

    List<Question> findByEmail(String email);

    /** Month, the dimension's code (null when not given) and the number of questions, from a month on. */
    @Query(
            "select q.askedMonth, q.theme, count(q) from Question q where q.askedMonth >= :from group by q.askedMonth, q.theme")
    List<Object[]> countByTheme(@Param("from") String fromMonth);

    @Query(
            "select q.askedMonth, q.sector, count(q) from Question q where q.askedMonth >= :from group by q.askedMonth, q.sector")
    List<Object[]> countBySector(@Param("from") String fromMonth);

    @Query(
            "select q.askedMonth, q.region, count(q) from Question q where q.askedMonth >= :from group by q.askedMonth, q.region")
    List<Object[]> countByRegion(@Param("from") String fromMonth);

    @Query("select q.askedMonth, q.companySize, count(q) from Question q where q.askedMonth >= :from"
            + " group by q.askedMonth, q.companySize")
    List<Object[]> countBySize(@Param("from") String fromMonth);

    List<Question> findByPublicTextIsNotNullOrderByAskedAtDesc();
}
