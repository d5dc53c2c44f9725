package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumCodes;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.enums;
import static be.wegwijzer.itemfile.Values.lines;
import static be.wegwijzer.itemfile.Values.sortedCodes;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Statute;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A support measure's fields: {@code soort}, {@code bevoegdheid}, {@code steun}, {@code aanvragen}, {@code geldig},
 * {@code vervangen_door}, the eligibility {@code voorwaarden} the Steunzoeker reasons with, and {@code vragen}.
 */
public record MeasureSource(
        String kind,
        String competence,
        Integer maxEur,
        Integer percentage,
        String supportForm,
        String applyUrl,
        String applyWho,
        LocalDate validFrom,
        LocalDate validUntil,
        String replacedBy,
        List<String> statutes,
        Integer minEmployees,
        Integer maxEmployees,
        List<String> sectors,
        List<String> regions,
        List<String> selfChecks,
        List<FaqSource> faq)
        implements TypeSource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of(
            "soort", "bevoegdheid", "steun", "aanvragen", "geldig", "vervangen_door", "voorwaarden", FaqSource.FIELD));
    private static final String FOLDER = ItemType.MAATREGEL.folder() + "/";

    static MeasureSource read(YamlMapping fm) {
        Optional<YamlMapping> support = fm.mapping("steun");
        support.ifPresent(m -> m.rejectUnknownFields(Set.of("max_eur", "percentage", "vorm")));
        Optional<YamlMapping> apply = fm.mapping("aanvragen");
        apply.ifPresent(m -> m.rejectUnknownFields(Set.of("url", "wie")));
        Optional<YamlMapping> valid = fm.mapping("geldig");
        valid.ifPresent(m -> m.rejectUnknownFields(Set.of("van", "tot")));
        Optional<YamlMapping> conditions = fm.mapping("voorwaarden");
        conditions.ifPresent(m -> m.rejectUnknownFields(
                Set.of("statuut", "min_werknemers", "max_werknemers", "sectoren", "regios", "zelf_nagaan")));
        return new MeasureSource(
                fm.text("soort"),
                fm.text("bevoegdheid"),
                support.map(m -> m.integer("max_eur")).orElse(null),
                support.map(m -> m.integer("percentage")).orElse(null),
                support.map(m -> m.text("vorm")).orElse(null),
                apply.map(m -> m.text("url")).orElse(null),
                apply.map(m -> m.text("wie")).orElse(null),
                valid.map(m -> m.date("van")).orElse(null),
                valid.map(m -> m.date("tot")).orElse(null),
                fm.text("vervangen_door"),
                conditions.map(m -> m.texts("statuut")).orElse(List.of()),
                conditions.map(m -> m.integer("min_werknemers")).orElse(null),
                conditions.map(m -> m.integer("max_werknemers")).orElse(null),
                conditions.map(m -> m.texts("sectoren")).orElse(List.of()),
                conditions.map(m -> m.texts("regios")).orElse(List.of()),
                conditions.map(m -> m.texts("zelf_nagaan")).orElse(List.of()),
                FaqSource.read(fm));
    }

    static MeasureSource of(MeasureDetails m) {
        return new MeasureSource(
                code(m.getKind()),
                code(m.getCompetence()),
                m.getMaxEur(),
                m.getPercentage(),
                text(m.getSupportForm()),
                text(m.getApplyUrl()),
                text(m.getApplyWho()),
                m.getValidFrom(),
                m.getValidUntil(),
                m.getReplacedBy() == null ? null : FOLDER + m.getReplacedBy().getSlug(),
                enumCodes(m.getStatutes()),
                m.getMinEmployees(),
                m.getMaxEmployees(),
                sortedCodes(m.getSectors().stream().map(Sector::getCode)),
                sortedCodes(m.getRegions().stream().map(Region::getCode)),
                lines(m.getSelfChecks()),
                FaqSource.of(m.getFaq()));
    }

    @Override
    public void write(YamlWriter fm) {
        fm.text("soort", kind)
                .text("bevoegdheid", competence)
                .mapping(
                        "steun",
                        new YamlWriter()
                                .integer("max_eur", maxEur)
                                .integer("percentage", percentage)
                                .prose("vorm", supportForm))
                .mapping("aanvragen", new YamlWriter().text("url", applyUrl).prose("wie", applyWho))
                .mapping("geldig", new YamlWriter().date("van", validFrom).date("tot", validUntil))
                .text("vervangen_door", replacedBy)
                .mapping(
                        "voorwaarden",
                        new YamlWriter()
                                .codes("statuut", statutes)
                                .integer("min_werknemers", minEmployees)
                                .integer("max_werknemers", maxEmployees)
                                .codes("sectoren", sectors)
                                .codes("regios", regions)
                                .lines("zelf_nagaan", selfChecks));
        FaqSource.write(fm, faq);
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        checks.requiredEnum("soort", kind, MeasureKind.class);
        checks.requiredEnum("bevoegdheid", competence, Competence.class);
        if (maxEur != null && maxEur < 0) {
            checks.add(
                    "steun.max_eur", "Een bedrag kan niet negatief zijn.", "Schrijf het maximumbedrag in hele euro.");
        }
        if (percentage != null && (percentage < 0 || percentage > 100)) {
            checks.add("steun.percentage", "Een percentage ligt tussen 0 en 100.", "Schrijf bv. percentage: 50.");
        }
        checks.text("steun.vorm", supportForm, 1000);
        checks.url("aanvragen.url", applyUrl, false);
        checks.line("aanvragen.wie", applyWho, 500);
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            checks.add(
                    "geldig.tot",
                    "'geldig.tot' (" + validUntil + ") ligt vóór 'geldig.van' (" + validFrom + ").",
                    "Controleer beide datums; 'tot' is de laatste dag waarop je kunt aanvragen.");
        }
        if (replacedBy != null && checks.vocabulary().itemsBySlug().get(successorSlug()) != ItemType.MAATREGEL) {
            checks.add(
                    "vervangen_door",
                    "'" + replacedBy + "' is geen bestaande maatregel.",
                    "Schrijf maatregelen/<slug> van de maatregel die deze vervangt.");
        }
        for (int i = 0; i < statutes.size(); i++) {
            checks.enumCode("voorwaarden.statuut[" + i + "]", statutes.get(i), Statute.class, "statuut");
        }
        if (minEmployees != null && minEmployees < 0) {
            checks.add(
                    "voorwaarden.min_werknemers",
                    "Het aantal werknemers kan niet negatief zijn.",
                    "Schrijf 0 of meer.");
        }
        if (minEmployees != null && maxEmployees != null && maxEmployees < minEmployees) {
            checks.add(
                    "voorwaarden.max_werknemers",
                    "'max_werknemers' (" + maxEmployees + ") is kleiner dan 'min_werknemers' (" + minEmployees + ").",
                    "Beide grenzen tellen mee: min 1 en max 249 betekent 1 tot en met 249.");
        }
        checks.sectors("voorwaarden.sectoren", sectors);
        checks.codes(
                "voorwaarden.regios", regions, checks.vocabulary().regions(), "regio", "taxonomie/regios.yml", false);
        for (int i = 0; i < selfChecks.size(); i++) {
            checks.line("voorwaarden.zelf_nagaan[" + i + "]", selfChecks.get(i), 500);
        }
        FaqSource.validate(faq, checks);
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        MeasureDetails m = item.measure();
        m.setKind(enumOrNull(kind, MeasureKind.class));
        m.setCompetence(enumOrNull(competence, Competence.class));
        m.setMaxEur(maxEur);
        m.setPercentage(percentage);
        m.setSupportForm(supportForm);
        m.setApplyUrl(applyUrl);
        m.setApplyWho(applyWho);
        m.setValidFrom(validFrom);
        m.setValidUntil(validUntil);
        m.setStatutes(enums(statutes, Statute.class));
        m.setMinEmployees(minEmployees);
        m.setMaxEmployees(maxEmployees);
        m.setSectors(Taxonomy.resolve(sectors, taxonomy.sectors()));
        m.setRegions(Taxonomy.resolve(regions, taxonomy.regions()));
        m.setSelfChecks(selfChecks);
        m.setFaq(FaqSource.entries(faq));
    }

    @Override
    public void applyRelations(Item item, Map<String, Item> bySlug) {
        item.measure().setReplacedBy(replacedBy == null ? null : bySlug.get(successorSlug()));
    }

    /** A successor is always kept as {@code maatregelen/slug}; {@code alle} as a condition's sectors restricts nothing. */
    @Override
    public MeasureSource stored() {
        String successor = text(replacedBy);
        return new MeasureSource(
                text(kind),
                text(competence),
                maxEur,
                percentage,
                text(supportForm),
                text(applyUrl),
                text(applyWho),
                validFrom,
                validUntil,
                successor == null || successor.startsWith(FOLDER) ? successor : FOLDER + successor,
                enumCodes(enums(statutes, Statute.class)),
                minEmployees,
                maxEmployees,
                sortedCodes(sectors.stream().filter(c -> !Sector.ALL.equals(c))),
                sortedCodes(regions.stream()),
                lines(selfChecks),
                FaqSource.stored(faq));
    }

    @Override
    public List<String> references() {
        return replacedBy == null ? List.of() : List.of(successorSlug());
    }

    private String successorSlug() {
        return replacedBy.startsWith(FOLDER) ? replacedBy.substring(FOLDER.length()) : replacedBy;
    }

    /** The same measure with this FAQ. */
    MeasureSource withFaq(List<FaqSource> newFaq) {
        return new MeasureSource(
                kind,
                competence,
                maxEur,
                percentage,
                supportForm,
                applyUrl,
                applyWho,
                validFrom,
                validUntil,
                replacedBy,
                statutes,
                minEmployees,
                maxEmployees,
                sectors,
                regions,
                selfChecks,
                newFaq);
    }
}
