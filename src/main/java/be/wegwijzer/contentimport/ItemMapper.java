package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.PracticeDetails;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.ToolDetails;
import be.wegwijzer.catalog.ToolForm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Copies a validated {@link ItemSource} onto an {@link Item}. Relations to other items are set in a second
 * step ({@link #applyRelations}) once every item of a batch exists. {@link #toSource} goes the other way, for
 * the export and the editor.
 */
public final class ItemMapper {

    private ItemMapper() {
    }

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
        item.setLinks(source.links().stream().map(l -> new Link(l.label(), l.url())).toList());
        item.verification().setSource(source.source());
        item.verification().setLastVerified(source.lastVerified());
        item.verification().setReviewBy(source.reviewBy());
        item.verification().setNeedsVerification(source.needsVerification());
        item.verification().setVerificationNote(source.verificationNote());
        item.clearDetailsOfOtherTypes();
        switch (source.type()) {
            case MAATREGEL -> measure(source.measure(), item.measure(), taxonomy);
            case PRAKTIJK -> practice(source.practice(), item.practice(), taxonomy);
            case TOOL -> tool(source.tool(), item.tool());
            case ORGANISATIE -> organisation(source.organisation(), item.organisation(), taxonomy);
            case ACTIVITEIT -> activity(source.activity(), item.activity());
            case FICHE -> {
                // a fiche has no details beyond its body
            }
        }
    }

    /** Sets owner, related items and successor; every slug was checked by the validator. */
    public static void applyRelations(ItemSource source, Item item, Map<String, Item> bySlug) {
        item.setOwner(source.owner() == null ? null : bySlug.get(source.owner()));
        item.setRelated(source.related().stream()
                .map(ref -> bySlug.get(ref.substring(ref.indexOf('/') + 1)))
                .filter(Objects::nonNull)
                .toList());
        if (source.type() == ItemType.MAATREGEL) {
            String successor = source.measure().replacedBy();
            item.measure().setReplacedBy(successor == null ? null
                    : bySlug.get(successor.startsWith("maatregelen/") ? successor.substring(12) : successor));
        }
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
        return new ItemSource(item.getType(), item.getSlug(),
                text(item.getTitle()), text(item.getSummary()),
                sortedCodes(item.classification().getThemes().stream().map(Theme::getCode)),
                sortedCodes(item.classification().getAudiences().stream().map(Audience::getCode)),
                sectors,
                sortedCodes(item.classification().getRegions().stream().map(Region::getCode)),
                enumCodes(item.classification().getSizes()),
                code(item.classification().getLevel()), code(item.classification().getCost()),
                item.getOwner() == null ? null : item.getOwner().getSlug(),
                item.getRelated().stream().map(ItemMapper::reference).toList(),
                item.getLinks().stream().map(l -> new ItemSource.LinkSource(text(l.label()), text(l.url()))).toList(),
                text(item.verification().getSource()), item.verification().getLastVerified(), item.verification().getReviewBy(),
                item.verification().isNeedsVerification(), text(item.verification().getVerificationNote()),
                item.getType() == ItemType.MAATREGEL ? measureSource(item.measure()) : null,
                item.getType() == ItemType.PRAKTIJK ? practiceSource(item.practice()) : null,
                item.getType() == ItemType.TOOL ? toolSource(item.tool()) : null,
                item.getType() == ItemType.ORGANISATIE ? organisationSource(item.organisation()) : null,
                item.getType() == ItemType.ACTIVITEIT ? activitySource(item.activity()) : null,
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
        List<String> related = s.related().stream().filter(r -> !r.endsWith("/" + s.slug())).distinct().toList();
        return new ItemSource(s.type(), s.slug(), text(s.title()), text(s.summary()),
                sortedCodes(s.themes().stream()), sortedCodes(s.audiences().stream()), sectors,
                sortedCodes(s.regions().stream()), enumCodes(enums(s.sizes(), CompanySize.class)),
                text(s.level()), text(s.cost()), text(s.owner()), related,
                s.links().stream().map(l -> new ItemSource.LinkSource(text(l.label()), text(l.url()))).toList(),
                text(s.source()), s.lastVerified(), s.reviewBy(), s.needsVerification(), text(s.verificationNote()),
                s.type() == ItemType.MAATREGEL ? storedMeasure(s.measure()) : null,
                s.type() == ItemType.PRAKTIJK ? storedPractice(s.practice()) : null,
                s.type() == ItemType.TOOL ? storedTool(s.tool()) : null,
                s.type() == ItemType.ORGANISATIE ? storedOrganisation(s.organisation()) : null,
                s.type() == ItemType.ACTIVITEIT ? storedActivity(s.activity()) : null,
                body(s.body()));
    }

    private static ItemSource.MeasureSource measureSource(MeasureDetails m) {
        return new ItemSource.MeasureSource(code(m.getKind()), code(m.getCompetence()), m.getMaxEur(), m.getPercentage(),
                text(m.getSupportForm()), text(m.getApplyUrl()), text(m.getApplyWho()), m.getValidFrom(), m.getValidUntil(),
                m.getReplacedBy() == null ? null : reference(m.getReplacedBy()),
                enumCodes(m.getStatutes()), m.getMinEmployees(), m.getMaxEmployees(),
                sortedCodes(m.getSectors().stream().map(Sector::getCode)),
                sortedCodes(m.getRegions().stream().map(Region::getCode)),
                m.getSelfChecks().stream().map(ItemMapper::text).filter(Objects::nonNull).toList());
    }

    private static ItemSource.PracticeSource practiceSource(PracticeDetails p) {
        return new ItemSource.PracticeSource(text(p.getCompany()), p.getSector() == null ? null : p.getSector().getCode(),
                code(p.getSize()), p.getRegion() == null ? null : p.getRegion().getCode(), p.getInvestmentEur(),
                text(p.getDuration()), text(p.getResult()), text(p.getBusinessCase()));
    }

    private static ItemSource.ToolSource toolSource(ToolDetails t) {
        return new ItemSource.ToolSource(code(t.getForm()), text(t.getDuration()), List.copyOf(t.getLanguages()));
    }

    private static ItemSource.OrganisationSource organisationSource(OrganisationDetails o) {
        return new ItemSource.OrganisationSource(code(o.getKind()), sortedCodes(o.getWorkArea().stream().map(Region::getCode)),
                text(o.getWeb()), text(o.getEmail()), text(o.getPhone()));
    }

    private static ItemSource.ActivitySource activitySource(ActivityDetails a) {
        return new ItemSource.ActivitySource(code(a.getKind()), a.getStart(), a.getEnd(), text(a.getLocation()),
                a.getOnline(), text(a.getRegisterUrl()));
    }

    private static ItemSource.MeasureSource storedMeasure(ItemSource.MeasureSource m) {
        String successor = text(m.replacedBy());
        return new ItemSource.MeasureSource(text(m.kind()), text(m.competence()), m.maxEur(), m.percentage(),
                text(m.supportForm()), text(m.applyUrl()), text(m.applyWho()), m.validFrom(), m.validUntil(),
                successor == null || successor.startsWith("maatregelen/") ? successor : "maatregelen/" + successor,
                enumCodes(enums(m.statutes(), Statute.class)), m.minEmployees(), m.maxEmployees(),
                sortedCodes(m.sectors().stream().filter(c -> !Sector.ALL.equals(c))), sortedCodes(m.regions().stream()),
                m.selfChecks().stream().map(ItemMapper::text).filter(Objects::nonNull).toList());
    }

    private static ItemSource.PracticeSource storedPractice(ItemSource.PracticeSource p) {
        return new ItemSource.PracticeSource(text(p.company()), Sector.ALL.equals(p.sector()) ? null : text(p.sector()),
                text(p.size()), text(p.region()), p.investmentEur(), text(p.duration()), text(p.result()),
                text(p.businessCase()));
    }

    private static ItemSource.ToolSource storedTool(ItemSource.ToolSource t) {
        return new ItemSource.ToolSource(text(t.form()), text(t.duration()), List.copyOf(t.languages()));
    }

    private static ItemSource.OrganisationSource storedOrganisation(ItemSource.OrganisationSource o) {
        return new ItemSource.OrganisationSource(text(o.kind()), sortedCodes(o.workArea().stream()), text(o.web()),
                text(o.email()), text(o.phone()));
    }

    private static ItemSource.ActivitySource storedActivity(ItemSource.ActivitySource a) {
        return new ItemSource.ActivitySource(text(a.kind()), a.start(), a.end(), text(a.location()), a.online(),
                text(a.registerUrl()));
    }

    /** {@code folder/slug}, the form of references in content files. */
    static String reference(Item item) {
        return item.getType().folder() + "/" + item.getSlug();
    }

    /** Blank is absent, as in {@link YamlMapping#text}. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The body as the parser gives it: Unix line breaks, no surrounding blank lines. */
    private static String body(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").strip();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static List<String> sortedCodes(Stream<String> codes) {
        return codes.filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static <E extends Enum<E> & Coded> List<String> enumCodes(Set<E> values) {
        return values.stream().sorted().map(Coded::code).toList();
    }

    private static void measure(ItemSource.MeasureSource s, MeasureDetails m, Taxonomy taxonomy) {
        m.setKind(enumOrNull(s.kind(), MeasureKind.class));
        m.setCompetence(enumOrNull(s.competence(), Competence.class));
        m.setMaxEur(s.maxEur());
        m.setPercentage(s.percentage());
        m.setSupportForm(s.supportForm());
        m.setApplyUrl(s.applyUrl());
        m.setApplyWho(s.applyWho());
        m.setValidFrom(s.validFrom());
        m.setValidUntil(s.validUntil());
        m.setStatutes(enums(s.statutes(), Statute.class));
        m.setMinEmployees(s.minEmployees());
        m.setMaxEmployees(s.maxEmployees());
        m.setSectors(Taxonomy.resolve(s.sectors(), taxonomy.sectors()));
        m.setRegions(Taxonomy.resolve(s.regions(), taxonomy.regions()));
        m.setSelfChecks(s.selfChecks());
    }

    private static void practice(ItemSource.PracticeSource s, PracticeDetails p, Taxonomy taxonomy) {
        p.setCompany(s.company());
        p.setSector(s.sector() == null ? null : taxonomy.sectors().get(s.sector())); // 'alle' maps to no sector
        p.setSize(enumOrNull(s.size(), CompanySize.class));
        p.setRegion(s.region() == null ? null : taxonomy.regions().get(s.region()));
        p.setInvestmentEur(s.investmentEur());
        p.setDuration(s.duration());
        p.setResult(s.result());
        p.setBusinessCase(s.businessCase());
    }

    private static void tool(ItemSource.ToolSource s, ToolDetails t) {
        t.setForm(enumOrNull(s.form(), ToolForm.class));
        t.setDuration(s.duration());
        t.setLanguages(s.languages());
    }

    private static void organisation(ItemSource.OrganisationSource s, OrganisationDetails o, Taxonomy taxonomy) {
        o.setKind(enumOrNull(s.kind(), OrganisationKind.class));
        o.setWorkArea(Taxonomy.resolve(s.workArea(), taxonomy.regions()));
        o.setWeb(s.web());
        o.setEmail(s.email());
        o.setPhone(s.phone());
    }

    private static void activity(ItemSource.ActivitySource s, ActivityDetails a) {
        a.setKind(enumOrNull(s.kind(), ActivityKind.class));
        a.setStart(s.start());
        a.setEnd(s.end());
        a.setLocation(s.location());
        a.setOnline(s.online());
        a.setRegisterUrl(s.registerUrl());
    }

    private static <E extends Enum<E> & Coded> E enumOrNull(String code, Class<E> type) {
        return code == null ? null : Coded.fromCode(type, code).orElse(null);
    }

    private static <E extends Enum<E> & Coded> Set<E> enums(List<String> codes, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        result.addAll(codes.stream().map(c -> Coded.fromCode(type, c).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return result;
    }
}
