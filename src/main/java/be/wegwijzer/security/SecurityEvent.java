package be.wegwijzer.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the security audit log: who did what security-relevant thing, when. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Type {
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        ACCOUNT_LOCKED,
        LOGOUT,
        USER_CREATED,
        ROLE_CHANGED,
        USER_DISABLED,
        USER_ENABLED,
        PASSWORD_CHANGED,
        ITEM_PUBLISHED,
        ITEM_ARCHIVED,
        ITEM_DELETED,
        CONTENT_IMPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private Type type;

    /** Who did it (or tried to); "systeem" for scheduled work. */
    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "detail", nullable = false, length = 1000)
    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(Instant occurredAt, Type type, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor.length() > 200 ? actor.substring(0, 200) : actor;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Type getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
