package be.wegwijzer.linkcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The last check of one distinct address, and since when it has been failing. */
@Entity
@Table(name = "link_check")
class LinkCheck {

    /** As long as the URL columns of the items. */
    static final int URL_MAX_LENGTH = 1000;

    static final int MESSAGE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "url", nullable = false, length = URL_MAX_LENGTH)
    private String url;

    /** SHA-256 of the URL: the unique key, because 1000 utf8mb4 characters are too long for an index. */
    @Column(name = "url_hash", nullable = false, length = 64, unique = true)
    private String urlHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LinkStatus status;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "final_url", length = URL_MAX_LENGTH)
    private String finalUrl;

    @Column(name = "message", length = MESSAGE_MAX_LENGTH)
    private String message;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    /** When the link stopped being OK; null while it is OK. */
    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    protected LinkCheck() {}

    LinkCheck(String url) {
        this.url = url;
        this.urlHash = hash(url);
    }

    /** Records a new check: a failure keeps the moment the trouble started, a success forgets it. */
    void record(LinkCheckResult result, Instant now) {
        status = result.status();
        httpStatus = result.httpStatus();
        // a final address too long to keep whole is better left out than kept cut off
        finalUrl = result.finalUrl() != null && result.finalUrl().length() <= URL_MAX_LENGTH ? result.finalUrl() : null;
        message = result.message() == null || result.message().length() <= MESSAGE_MAX_LENGTH
                ? result.message()
                : result.message().substring(0, MESSAGE_MAX_LENGTH - 1) + "…";
        checkedAt = now;
        if (status.needsAttention()) {
            if (firstFailedAt == null) {
                firstFailedAt = now;
            }
            consecutiveFailures++;
        } else {
            firstFailedAt = null;
            consecutiveFailures = 0;
        }
    }

    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    String getUrl() {
        return url;
    }

    String getUrlHash() {
        return urlHash;
    }

    LinkStatus getStatus() {
        return status;
    }

    Integer getHttpStatus() {
        return httpStatus;
    }

    String getFinalUrl() {
        return finalUrl;
    }

    String getMessage() {
        return message;
    }

    Instant getCheckedAt() {
        return checkedAt;
    }

    Instant getFirstFailedAt() {
        return firstFailedAt;
    }

    int getConsecutiveFailures() {
        return consecutiveFailures;
    }
}
