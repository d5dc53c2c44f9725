package be.wegwijzer.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address with at least one subscription: the only personal data the alerts keep. */
@Entity
@Table(name = "alert_address")
public class AlertAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "manage_token", nullable = false, length = 64)
    private String manageToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AlertAddress() {}

    AlertAddress(String email, String manageToken, Instant now) {
        this.email = email;
        this.manageToken = manageToken;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getManageToken() {
        return manageToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
