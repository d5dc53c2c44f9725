package be.wegwijzer.questions;

import be.wegwijzer.catalog.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A question in one organisation's inbox, with its due date. Without an organisation it is in the editors' queue:
 * no routing rule matched, or the organisation was removed.
 */
@Entity
@Table(name = "question_assignment")
public class QuestionAssignment {

    public static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Item organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AssignmentStatus status = AssignmentStatus.OPEN;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "note", length = NOTE_MAX_LENGTH)
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected QuestionAssignment() {}

    QuestionAssignment(Question question, Item organisation, Instant assignedAt, Instant dueAt) {
        this.question = question;
        this.organisation = organisation;
        this.assignedAt = assignedAt;
        this.dueAt = dueAt;
    }

    void close(AssignmentStatus to, Instant at, String note) {
        this.status = to;
        this.closedAt = at;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public Item getOrganisation() {
        return organisation;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getNote() {
        return note;
    }
}
