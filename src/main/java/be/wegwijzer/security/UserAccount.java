package be.wegwijzer.security;

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
import java.time.Duration;
import java.time.Instant;

/**
 * Someone who can log in to curate content. Failed logins first slow down further attempts, then lock the
 * account for a while; the counters live on the account so they survive restarts and work across nodes.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /** After this many failures in a row further attempts must wait a growing pause. */
    public static final int SLOW_DOWN_AFTER = 3;
    /** After this many failures in a row the account is locked for {@link #LOCK_DURATION}. */
    public static final int LOCK_AFTER = 6;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int PASSWORD_MIN_LENGTH = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The login name: an e-mail address, stored lowercase. */
    @Column(name = "email", nullable = false, unique = true, length = 200)
    private String email;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    /** The organisation a contributor proposes content for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Item organisation;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {}

    public UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = email.strip().toLowerCase();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    public boolean recordFailure(Instant now) {
        failedAttempts++;
        lastFailedAt = now;
        if (failedAttempts >= LOCK_AFTER) {
            lockedUntil = now.plus(LOCK_DURATION);
            return failedAttempts == LOCK_AFTER;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lastFailedAt = null;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * How long the next attempt must wait after repeated failures: 5 s after the third, doubling to at most a
     * minute. Zero when no wait is needed.
     */
    public Duration waitBeforeNextAttempt(Instant now) {
        if (failedAttempts < SLOW_DOWN_AFTER || lastFailedAt == null) {
            return Duration.ZERO;
        }
        long seconds = Math.min(60, 5L << Math.min(4, failedAttempts - SLOW_DOWN_AFTER));
        Duration remaining = Duration.between(now, lastFailedAt.plusSeconds(seconds));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void unlock() {
        recordSuccess();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Item getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Item organisation) {
        this.organisation = organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
