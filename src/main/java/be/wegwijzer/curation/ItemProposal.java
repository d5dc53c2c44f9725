package be.wegwijzer.curation;

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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A contributor's proposed change to a published item. The live item stays as it is until an editor accepts
 * the proposal; the proposal holds the whole proposed item in the content file format, so it can be compared,
 * validated and applied with the same code as any edit.
 */
@Entity
@Table(name = "item_proposal")
public class ItemProposal {

    public enum Status {
        OPEN,
        ACCEPTED,
        REJECTED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Item organisation;

    @Column(name = "proposed_by", nullable = false, length = 200)
    private String proposedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "comment", length = 1000)
    private String comment;

    /** The proposed item as the text of a content file. */
    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    protected ItemProposal() {}

    public ItemProposal(
            Item item, Item organisation, String proposedBy, Instant createdAt, String comment, String content) {
        this.item = item;
        this.organisation = organisation;
        this.proposedBy = proposedBy;
        this.createdAt = createdAt;
        this.comment = comment;
        this.content = content;
    }

    /** A newer version of the same person's open proposal replaces the content; one open proposal per person per item. */
    public void revise(String content, String comment, Instant at) {
        this.content = content;
        this.comment = comment;
        this.createdAt = at;
    }

    public void decide(Status decision, String by, Instant at, String comment) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public Item getOrganisation() {
        return organisation;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public String getContent() {
        return content;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }
}
