package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
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
import java.time.Instant;

/** One step of an item through the workflow, with who, when and why. */
@Entity
@Table(name = "item_transition")
public class ItemTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ItemStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private ItemStatus to;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "comment", length = 1000)
    private String comment;

    protected ItemTransition() {}

    public ItemTransition(Item item, ItemStatus from, ItemStatus to, String actor, Instant occurredAt, String comment) {
        this.item = item;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public ItemStatus getFrom() {
        return from;
    }

    public ItemStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
