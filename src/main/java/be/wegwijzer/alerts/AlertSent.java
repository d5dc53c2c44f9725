package be.wegwijzer.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The sent log: a subscription got a mail for a period (or a closing date); deleted with the subscription. */
@Entity
@Table(name = "alert_sent")
public class AlertSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private Long subscriptionId;

    @Column(name = "period_key", nullable = false, length = 40)
    private String periodKey;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    protected AlertSent() {}

    AlertSent(long subscriptionId, String periodKey, int itemCount, Instant queuedAt) {
        this.subscriptionId = subscriptionId;
        this.periodKey = periodKey;
        this.itemCount = itemCount;
        this.queuedAt = queuedAt;
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public int getItemCount() {
        return itemCount;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }
}
