package be.wegwijzer.questions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionAssignmentRepository extends JpaRepository<QuestionAssignment, Long> {

    @Query("select a from QuestionAssignment a join fetch a.question left join fetch a.organisation"
            + " where a.organisation.id = :organisation order by a.dueAt asc, a.id asc")
    List<QuestionAssignment> inboxOf(@Param("organisation") long organisationId);

    @Query("select a from QuestionAssignment a join fetch a.question left join fetch a.organisation"
            + " order by a.dueAt asc, a.id asc")
    List<QuestionAssignment> all();

    List<QuestionAssignment> findByQuestionAndStatus(Question question, AssignmentStatus status);

    /** When each of these organisations last received a question: for the neutral order of routing. */
    @Query("select a.organisation.id, max(a.assignedAt) from QuestionAssignment a where a.organisation.id in :ids"
            + " group by a.organisation.id")
    List<Object[]> lastAssigned(@Param("ids") Collection<Long> organisationIds);

    long countByStatusAndDueAtBefore(AssignmentStatus status, Instant at);
}
