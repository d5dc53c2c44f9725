package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * Where an item stands in the editorial workflow: its status, its first publication and the publication or
 * withdrawal an editor planned. The status changes only through the transitions below, each named after what
 * happens; who may take which step is decided in the curation feature's workflow.
 */
@Embeddable
public class Publication {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ItemStatus status = ItemStatus.GEPUBLICEERD;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Publication planned by an editor; the scheduler publishes the item at this moment. */
    @Column(name = "publish_at")
    private Instant publishAt;

    /** Withdrawal planned by an editor; the scheduler archives the item at this moment. */
    @Column(name = "withdraw_at")
    private Instant withdrawAt;

    public ItemStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ItemStatus.GEPUBLICEERD;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getWithdrawAt() {
        return withdrawAt;
    }

    /** Public from now on; the first publication date is kept, a planned publication is done. */
    public void publish(Instant now) {
        this.status = ItemStatus.GEPUBLICEERD;
        this.publishAt = null;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public void submitForReview() {
        this.status = ItemStatus.TER_REVIEW;
    }

    /** Back to (or started as) a draft that only its editors see. */
    public void returnToConcept() {
        this.status = ItemStatus.CONCEPT;
    }

    /** Taken offline; a planned withdrawal is done. */
    public void archive() {
        this.status = ItemStatus.GEARCHIVEERD;
        this.withdrawAt = null;
    }

    /** The scheduler publishes the item at {@code moment}; null cancels the plan. */
    public void planPublication(Instant moment) {
        this.publishAt = moment;
    }

    /** The scheduler archives the item at {@code moment}; null cancels the plan. */
    public void planWithdrawal(Instant moment) {
        this.withdrawAt = moment;
    }
}
