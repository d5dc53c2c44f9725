package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Where an item's facts come from and how current they are: the source, the day an editor last checked it, the
 * day it must be checked again, and whether a fact still waits for verification (and which).
 */
@Embeddable
public class Verification {

    public static final int SOURCE_MAX_LENGTH = 500;
    public static final int NOTE_MAX_LENGTH = 1000;

    @Column(name = "source", nullable = false, length = SOURCE_MAX_LENGTH)
    private String source;

    @Column(name = "last_verified", nullable = false)
    private LocalDate lastVerified;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "needs_verification", nullable = false)
    private boolean needsVerification;

    @Column(name = "verification_note", length = NOTE_MAX_LENGTH)
    private String verificationNote;

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(LocalDate lastVerified) {
        this.lastVerified = lastVerified;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public boolean isNeedsVerification() {
        return needsVerification;
    }

    public void setNeedsVerification(boolean needsVerification) {
        this.needsVerification = needsVerification;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }
}
