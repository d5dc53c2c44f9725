package be.wegwijzer.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a reader may believe about an item's date, in the few fields every page needs: the date of its source and, only
 * when it really happened, the check by an organisation. Built inside a transaction ({@link #of}) so views need no lazy
 * relation.
 *
 * @param sourceDate the date the source carries; null for an item stored before source dates existed
 * @param verifiedOn the day an organisation checked the item; null when nobody did
 * @param verifierName that organisation's name; null when nobody checked
 * @param verifierPath that organisation's public page; null when nobody checked or it is not published
 */
public record Trust(SourceDate sourceDate, LocalDate verifiedOn, String verifierName, String verifierPath) {

    public static final Trust UNKNOWN = new Trust(null, null, null, null);

    public static Trust of(Item item) {
        Verification v = item.verification();
        Item by = v.getVerifiedBy();
        return new Trust(
                v.getSourceDate().orElse(null),
                by == null ? null : v.getVerifiedOn(),
                by == null ? null : by.getTitle(),
                by == null || !by.isPublished() ? null : by.path());
    }

    public boolean verified() {
        return verifiedOn != null;
    }

    public Optional<SourceDate> source() {
        return Optional.ofNullable(sourceDate);
    }
}
