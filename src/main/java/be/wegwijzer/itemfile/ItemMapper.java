package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumCodes;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.enums;
import static be.wegwijzer.itemfile.Values.sortedCodes;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.SourceDate;
import be.wegwijzer.catalog.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Copies a validated {@link ItemSource} onto an {@link Item}. Relations to other items are set in a second
 * step ({@link #applyRelations}) once every item of a batch exists. {@link #toSource} goes the other way, for
 * the export and the editor.
 */
public final class ItemMapper {

    private ItemMapper() {}

    public static void applyFields(ItemSource source, Item item, Taxonomy taxonomy) {
        if (item.getType() != source.type()) {
            item.changeType(source.type());
        }
        item.setTitle(source.title());
        item.setSummary(source.summary());
        item.setBody(source.body());
        item.classification().setThemes(Taxonomy.resolve(source.themes(), taxonomy.themes()));
        item.classification().setAudiences(Taxonomy.resolve(source.audiences(), taxonomy.audiences()));
        item.classification().setAllSectors(source.sectors().contains(Sector.ALL));
        item.classification().setSectors(Taxonomy.resolve(source.sectors(), taxonomy.sectors()));
        item.classification().setRegions(Taxonomy.resolve(source.regions(), taxonomy.regions()));
        item.classification().setSizes(enums(source.sizes(), CompanySize.class));
        item.classification().setLevel(enumOrNull(source.level(), Level.class));
        item.classification().setCost(enumOrNull(source.cost(), Cost.class));
        item.setLinks(
                source.links().stream().map(l -> new Link(l.label(), l.url())).toList());
        item.verification().setSource(source.source());
        item.verification().setSourceAddress(source.sourceAddress());
        item.verification().setSourceDate(SourceDate.parse(source.sourceDate()).orElse(null));
        item.verification().setReviewBy(source.reviewBy());
        item.verification().setNeedsVerification(source.needsVerification());
        item.verification().setVerificationNote(source.verificationNote());
        item.clearDetailsOfOtherTypes();
        source.details().applyTo(item, taxonomy);
    }

    /** Sets owner, related items and successor; every slug was checked by the validator. */
    public static void applyRelations(ItemSource source, Item item, Map<String, Item> bySlug) {
        item.setOwner(source.owner() == null ? null : bySlug.get(source.owner()));
        Item verifiedBy = source.verifiedBy() == null ? null : bySlug.get(source.verifiedBy());
        item.verification().setVerified(verifiedBy == null ? null : source.verifiedOn(), verifiedBy);
        item.setRelated(source.related().stream()
                .map(ref -> bySlug.get(ref.substring(ref.indexOf('/') + 1)))
                .filter(Objects::nonNull)
                .toList());
        source.details().applyRelations(item, bySlug);
    }

    /**
     * The item as a content file would give it, in the form of {@link #asStored}: reading a stored item back
     * and writing it with {@link ItemSourceWriter} reproduces what was imported.
     */
    public static ItemSource toSource(Item item) {
        List<String> sectors = new ArrayList<>();
        if (item.classification().isAllSectors()) {
            sectors.add(Sector.ALL);
        }
        sectors.addAll(sortedCodes(item.classification().getSectors().stream().map(Sector::getCode)));
        return new ItemSource(
                item.getType(),
                item.getSlug(),
                text(item.getTitle()),
                text(item.getSummary()),
                sortedCodes(item.classification().getThemes().stream().map(Theme::getCode)),
                sortedCodes(item.classification().getAudiences().stream().map(Audience::getCode)),
                sectors,
                sortedCodes(item.classification().getRegions().stream().map(Region::getCode)),
                enumCodes(item.classification().getSizes()),
                code(item.classification().getLevel()),
                code(item.classification().getCost()),
                item.getOwner() == null ? null : item.getOwner().getSlug(),
                item.getRelated().stream().map(ItemMapper::reference).toList(),
                item.getLinks().stream()
                        .map(l -> new ItemSource.LinkSource(text(l.label()), text(l.url())))
                        .toList(),
                text(item.verification().getSource()),
                text(item.verification().getSourceAddress()),
                item.verification().getSourceDate().map(SourceDate::toString).orElse(null),
                item.verification().getVerifiedOn(),
                item.verification().getVerifiedBy() == null
                        ? null
                        : item.verification().getVerifiedBy().getSlug(),
                item.verification().getReviewBy(),
                item.verification().isNeedsVerification(),
                text(item.verification().getVerificationNote()),
                TypeFormats.of(item),
                body(item.getBody()));
    }

    /**
     * The source as the database keeps it, i.e. what {@link #toSource} gives back after it was applied. The
     * database keeps sets, not the order of a file: codes come back sorted (size bands and statutes in their
     * natural order), without duplicates. {@code alle} where it restricts nothing (a practice's sector, a
     * condition's sectors) is not kept, and a successor is always written {@code maatregelen/slug}.
     * Two sources with the same stored form are the same content, however their files are formatted.
     */
    public static ItemSource asStored(ItemSource s) {
        List<String> sectors = new ArrayList<>();
        if (s.sectors().contains(Sector.ALL)) {
            sectors.add(Sector.ALL);
        }
        sectors.addAll(sortedCodes(s.sectors().stream().filter(c -> !Sector.ALL.equals(c))));
        List<String> related = s.related().stream()
                .filter(r -> !r.endsWith("/" + s.slug()))
                .distinct()
                .toList();
        return new ItemSource(
                s.type(),
                s.slug(),
                text(s.title()),
                text(s.summary()),
                sortedCodes(s.themes().stream()),
                sortedCodes(s.audiences().stream()),
                sectors,
                sortedCodes(s.regions().stream()),
                enumCodes(enums(s.sizes(), CompanySize.class)),
                text(s.level()),
                text(s.cost()),
                text(s.owner()),
                related,
                s.links().stream()
                        .map(l -> new ItemSource.LinkSource(text(l.label()), text(l.url())))
                        .toList(),
                text(s.source()),
                text(s.sourceAddress()),
                SourceDate.parse(s.sourceDate()).map(SourceDate::toString).orElse(text(s.sourceDate())),
                s.verifiedOn(),
                text(s.verifiedBy()),
                s.reviewBy(),
                s.needsVerification(),
                text(s.verificationNote()),
                s.details().stored(),
                body(s.body()));
    }

    /** {@code folder/slug}, the form of references in content files. */
    public static String reference(Item item) {
        return item.getType().folder() + "/" + item.getSlug();
    }

    /** The body as the parser gives it: Unix line breaks, no surrounding blank lines. */
    private static String body(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").strip();
    }
}
