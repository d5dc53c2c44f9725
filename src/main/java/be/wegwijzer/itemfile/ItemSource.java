package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An item as written in a content file: plain values and codes, not yet checked against the vocabulary. The fields
 * every type has are here; those of one type are in {@link #details()}, the record of that type.
 * The importer, the exporter and the editor all go through this form, so they share one set of rules
 * ({@link ItemValidator}). Field names in problems use the Dutch keys of the file format.
 */
public record ItemSource(
        ItemType type,
        String slug,
        String title,
        String summary,
        List<String> themes,
        List<String> audiences,
        List<String> sectors,
        List<String> regions,
        List<String> sizes,
        String level,
        String cost,
        String owner,
        List<String> related,
        List<LinkSource> links,
        String source,
        String sourceAddress,
        String sourceDate,
        LocalDate verifiedOn,
        String verifiedBy,
        LocalDate reviewBy,
        boolean needsVerification,
        String verificationNote,
        TypeSource details,
        String body) {

    public record LinkSource(String label, String url) {}

    /** The details as the record of their type; fails when the item is of another type. */
    public <S extends TypeSource> S details(Class<S> type) {
        return type.cast(details);
    }

    /** An empty item of this type, as the editor starts a new one; a fiche starts with its three sections. */
    public static ItemSource blank(ItemType type) {
        TypeSource details = TypeFormats.of(new Item(type, "", Instant.EPOCH));
        return new ItemSource(
                type,
                "",
                "",
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                "",
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                details,
                details.bodyTemplate());
    }

    /** The same content under another slug and type (the editor: neither changes once the item exists). */
    public ItemSource withIdentity(ItemType type, String slug) {
        return copy(type, slug, owner, details);
    }

    /** The same content offered by another organisation. */
    public ItemSource withOwner(String owner) {
        return copy(type, slug, owner, details);
    }

    /** The same common fields with other details of the same type. */
    public ItemSource withDetails(TypeSource details) {
        return copy(type, slug, owner, details);
    }

    /**
     * The same content with one more FAQ entry at the end; only measures and tools have a FAQ.
     *
     * @throws IllegalArgumentException for another type
     */
    public ItemSource withFaqEntry(String question, String answer) {
        FaqSource entry = new FaqSource(question, answer);
        TypeSource withEntry = switch (details) {
            case MeasureSource m -> m.withFaq(append(m.faq(), entry));
            case ToolSource t -> new ToolSource(t.form(), t.duration(), t.languages(), append(t.faq(), entry));
            default -> throw new IllegalArgumentException("Een " + type + " heeft geen veelgestelde vragen.");
        };
        return withDetails(withEntry);
    }

    /** The one full copy: every {@code with…} changes only what it names. */
    private ItemSource copy(ItemType type, String slug, String owner, TypeSource details) {
        return new ItemSource(
                type,
                slug,
                title,
                summary,
                themes,
                audiences,
                sectors,
                regions,
                sizes,
                level,
                cost,
                owner,
                related,
                links,
                source,
                sourceAddress,
                sourceDate,
                verifiedOn,
                verifiedBy,
                reviewBy,
                needsVerification,
                verificationNote,
                details,
                body);
    }

    private static List<FaqSource> append(List<FaqSource> faq, FaqSource entry) {
        List<FaqSource> all = new ArrayList<>(faq);
        all.add(entry);
        return List.copyOf(all);
    }

    /** {@code folder/slug}, the form used in {@code gerelateerd}. */
    public String reference() {
        return type.folder() + "/" + slug;
    }
}
