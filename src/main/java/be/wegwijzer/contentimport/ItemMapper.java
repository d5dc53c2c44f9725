package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.PracticeDetails;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.ToolDetails;
import be.wegwijzer.catalog.ToolForm;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies a validated {@link ItemSource} onto an {@link Item}. Relations to other items are set in a second
 * step ({@link #applyRelations}) once every item of a batch exists.
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
        item.setThemes(Taxonomy.resolve(source.themes(), taxonomy.themes()));
        item.setAudiences(Taxonomy.resolve(source.audiences(), taxonomy.audiences()));
        item.setAllSectors(source.sectors().contains(Sector.ALL));
        item.setSectors(Taxonomy.resolve(source.sectors(), taxonomy.sectors()));
        item.setRegions(Taxonomy.resolve(source.regions(), taxonomy.regions()));
        item.setSizes(enums(source.sizes(), CompanySize.class));
        item.setLevel(enumOrNull(source.level(), Level.class));
        item.setCost(enumOrNull(source.cost(), Cost.class));
        item.setLinks(source.links().stream().map(l -> new Link(l.label(), l.url())).toList());
        item.setSource(source.source());
        item.setLastVerified(source.lastVerified());
        item.setReviewBy(source.reviewBy());
        item.setNeedsVerification(source.needsVerification());
        item.setVerificationNote(source.verificationNote());
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

    /** The item as it would be written in a content file: the inverse of {@link #applyFields} and {@link #applyRelations}. */
    public static ItemSource toSource(Item item) {
        List<String> sectors = item.isAllSectors() ? List.of(Sector.ALL) : item.getSectors().stream().map(Sector::getCode).toList();
        return new ItemSource(item.getType(), item.getSlug(), item.getTitle(), item.getSummary(),
                item.getThemes().stream().map(Theme::getCode).toList(),
                item.getAudiences().stream().map(Audience::getCode).toList(),
                sectors,
                item.getRegions().stream().map(Region::getCode).toList(),
                item.getSizes().stream().sorted().map(CompanySize::code).toList(),
                code(item.getLevel()), code(item.getCost()),
                item.getOwner() == null ? null : item.getOwner().getSlug(),
                item.getRelated().stream().map(Item::toString).toList(),
                item.getLinks().stream().map(l -> new ItemSource.LinkSource(l.label(), l.url())).toList(),
                item.getSource(), item.getLastVerified(), item.getReviewBy(), item.isNeedsVerification(), item.getVerificationNote(),
                item.getType() == ItemType.MAATREGEL ? measureSource(item.measure()) : null,
                item.getType() == ItemType.PRAKTIJK ? practiceSource(item.practice()) : null,
                item.getType() == ItemType.TOOL ? new ItemSource.ToolSource(code(item.tool().getForm()), item.tool().getDuration(),
                        item.tool().getLanguages()) : null,
                item.getType() == ItemType.ORGANISATIE ? organisationSource(item.organisation()) : null,
                item.getType() == ItemType.ACTIVITEIT ? activitySource(item.activity()) : null,
                item.getBody());
    }

    private static ItemSource.MeasureSource measureSource(MeasureDetails m) {
        return new ItemSource.MeasureSource(code(m.getKind()), code(m.getCompetence()), m.getMaxEur(), m.getPercentage(),
                m.getSupportForm(), m.getApplyUrl(), m.getApplyWho(), m.getValidFrom(), m.getValidUntil(),
                m.getReplacedBy() == null ? null : m.getReplacedBy().toString(),
                m.getStatutes().stream().sorted().map(Statute::code).toList(), m.getMinEmployees(), m.getMaxEmployees(),
                m.getSectors().stream().map(Sector::getCode).toList(), m.getRegions().stream().map(Region::getCode).toList(),
                List.copyOf(m.getSelfChecks()));
    }

    private static ItemSource.PracticeSource practiceSource(PracticeDetails p) {
        return new ItemSource.PracticeSource(p.getCompany(), p.getSector() == null ? null : p.getSector().getCode(),
                code(p.getSize()), p.getRegion() == null ? null : p.getRegion().getCode(), p.getInvestmentEur(),
                p.getDuration(), p.getResult(), p.getBusinessCase());
    }

    private static ItemSource.OrganisationSource organisationSource(OrganisationDetails o) {
        return new ItemSource.OrganisationSource(code(o.getKind()), o.getWorkArea().stream().map(Region::getCode).toList(),
                o.getWeb(), o.getEmail(), o.getPhone());
    }

    private static ItemSource.ActivitySource activitySource(ActivityDetails a) {
        return new ItemSource.ActivitySource(code(a.getKind()), a.getStart(), a.getEnd(), a.getLocation(), a.getOnline(),
                a.getRegisterUrl());
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
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
