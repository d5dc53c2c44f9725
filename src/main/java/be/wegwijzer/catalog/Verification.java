package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where an item's facts come from and how far they can be trusted: the source with its address and the date the source
 * carries, a real check by an organisation (day and organisation, absent until someone checked), the day it must be
 * checked again, and whether a fact still waits for verification (and which). The source date and the check are kept
 * apart on purpose: an item written from a 2021 document is "volgens een bron uit 2021", never "nagekeken".
 */
@Embeddable
public class Verification {

    public static final int SOURCE_MAX_LENGTH = 500;
    public static final int NOTE_MAX_LENGTH = 1000;
    public static final int ADDRESS_MAX_LENGTH = 1000;

    @Column(name = "source", nullable = false, length = SOURCE_MAX_LENGTH)
    private String source;

    @Column(name = "source_address", length = ADDRESS_MAX_LENGTH)
    private String sourceAddress;

    /** {@link SourceDate} in its ISO form; null only for items stored before source dates existed. */
    @Column(name = "source_date", length = SourceDate.TEXT_MAX_LENGTH)
    private String sourceDate;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    /** The organisation (an item of type organisation) that checked the item on {@link #verifiedOn}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verified_by_id")
    private Item verifiedBy;

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

    public String getSourceAddress() {
        return sourceAddress;
    }

    public void setSourceAddress(String sourceAddress) {
        this.sourceAddress = sourceAddress;
    }

    public Optional<SourceDate> getSourceDate() {
        return SourceDate.parse(sourceDate);
    }

    public void setSourceDate(SourceDate sourceDate) {
        this.sourceDate = sourceDate == null ? null : sourceDate.toString();
    }

    /** The day an organisation checked the item; empty when nobody did. */
    public Optional<LocalDate> verifiedOn() {
        return Optional.ofNullable(verifiedOn);
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public Item getVerifiedBy() {
        return verifiedBy;
    }

    /** A check needs both: the day and the organisation that checked. */
    public void setVerified(LocalDate on, Item by) {
        if ((on == null) != (by == null)) {
            throw new IllegalArgumentException("a check has a day and an organisation, or neither");
        }
        this.verifiedOn = on;
        this.verifiedBy = by;
    }

    public boolean isVerified() {
        return verifiedOn != null;
    }

    /**
     * The newest day the item's facts are known to hold: the check, or else the last day the source date can mean.
     * Empty for an unchecked item without a source date.
     */
    public Optional<LocalDate> currentAsOf() {
        LocalDate fromSource = getSourceDate().map(SourceDate::latestDay).orElse(null);
        if (verifiedOn == null) {
            return Optional.ofNullable(fromSource);
        }
        return Optional.of(fromSource == null || verifiedOn.isAfter(fromSource) ? verifiedOn : fromSource);
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
