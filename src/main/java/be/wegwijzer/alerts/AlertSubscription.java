package be.wegwijzer.alerts;

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
import java.time.LocalDate;

/**
 * One thing an address follows: a saved search (digest) or a measure's deadline (reminder). Unconfirmed until the
 * link in the confirmation mail is used; the digest window starts at the confirmation.
 */
@Entity
@Table(name = "alert_subscription")
public class AlertSubscription {

    public static final int LABEL_MAX_LENGTH = 300;
    public static final int SEARCH_QUERY_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "address_id", nullable = false)
    private AlertAddress address;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AlertKind kind;

    @Column(name = "search_query", length = SEARCH_QUERY_MAX_LENGTH)
    private String searchQuery;

    @Column(name = "item_slug", length = 200)
    private String itemSlug;

    @Column(name = "days_before")
    private Integer daysBefore;

    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", length = 20)
    private AlertFrequency frequency;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "confirm_token", length = 64)
    private String confirmToken;

    @Column(name = "confirm_expires_at")
    private Instant confirmExpiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_mailed_at")
    private Instant lastMailedAt;

    @Column(name = "last_period", length = 20)
    private String lastPeriod;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    protected AlertSubscription() {}

    private AlertSubscription(
            AlertAddress address,
            AlertKind kind,
            String label,
            String unsubscribeToken,
            String confirmToken,
            Instant confirmExpiresAt,
            Instant now) {
        this.address = address;
        this.kind = kind;
        this.label = label.length() > LABEL_MAX_LENGTH ? label.substring(0, LABEL_MAX_LENGTH - 1) + "…" : label;
        this.unsubscribeToken = unsubscribeToken;
        this.confirmToken = confirmToken;
        this.confirmExpiresAt = confirmExpiresAt;
        this.createdAt = now;
    }

    static AlertSubscription search(
            AlertAddress address,
            String searchQuery,
            String label,
            AlertFrequency frequency,
            Tokens tokens,
            Instant expires,
            Instant now) {
        AlertSubscription s =
                new AlertSubscription(address, AlertKind.SEARCH, label, tokens.next(), tokens.next(), expires, now);
        s.searchQuery = searchQuery;
        s.frequency = frequency;
        return s;
    }

    static AlertSubscription deadline(
            AlertAddress address,
            String slug,
            int daysBefore,
            String label,
            Tokens tokens,
            Instant expires,
            Instant now) {
        AlertSubscription s =
                new AlertSubscription(address, AlertKind.DEADLINE, label, tokens.next(), tokens.next(), expires, now);
        s.itemSlug = slug;
        s.daysBefore = daysBefore;
        return s;
    }

    /** The link was used in time: the digest window starts now, in the current period (the first digest is next). */
    void confirm(Instant now, LocalDate today) {
        confirmedAt = now;
        confirmToken = null;
        confirmExpiresAt = null;
        lastMailedAt = now;
        if (frequency != null) {
            lastPeriod = frequency.period(today);
        }
    }

    /** The period's digest is handled (queued, or nothing was new): the next window starts at {@code upTo}. */
    void digestHandled(String period, Instant upTo) {
        lastPeriod = period;
        lastMailedAt = upTo;
    }

    void reminded(LocalDate deadline) {
        remindedFor = deadline;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public AlertAddress getAddress() {
        return address;
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getSearchQuery() {
        return searchQuery;
    }

    public String getItemSlug() {
        return itemSlug;
    }

    public Integer getDaysBefore() {
        return daysBefore;
    }

    public String getLabel() {
        return label;
    }

    public AlertFrequency getFrequency() {
        return frequency;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public String getConfirmToken() {
        return confirmToken;
    }

    public Instant getConfirmExpiresAt() {
        return confirmExpiresAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getLastMailedAt() {
        return lastMailedAt;
    }

    public String getLastPeriod() {
        return lastPeriod;
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }
}
