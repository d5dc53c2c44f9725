package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps the front matter of one item file onto an {@link ItemSource}; type problems are reported by {@link YamlMapping}. */
final class ItemSourceReader {

    private ItemSourceReader() {
    }

    static ItemSource read(ItemType type, String slug, YamlMapping fm, String body) {
        List<ItemSource.LinkSource> links = fm.mappings("links").stream()
                .peek(m -> m.rejectUnknownFields(Set.of("label", "url")))
                .map(m -> new ItemSource.LinkSource(m.text("label"), m.text("url")))
                .toList();
        Boolean needsVerification = fm.bool("te_verifieren");
        return new ItemSource(type, slug,
                fm.text("titel"), fm.text("samenvatting"),
                fm.texts("themas"), fm.texts("doelgroepen"), fm.texts("sectoren"), fm.texts("regios"), fm.texts("grootte"),
                fm.text("niveau"), fm.text("kosten"), fm.text("organisatie"), fm.texts("gerelateerd"), links,
                fm.text("bron"), fm.date("laatst_nagekeken"), fm.date("herzien_tegen"),
                Boolean.TRUE.equals(needsVerification), fm.text("verificatie"),
                type == ItemType.MAATREGEL ? measure(fm) : null,
                type == ItemType.PRAKTIJK ? practice(fm) : null,
                type == ItemType.TOOL ? new ItemSource.ToolSource(fm.text("vorm"), fm.text("duur"), fm.texts("taal")) : null,
                type == ItemType.ORGANISATIE ? organisation(fm) : null,
                type == ItemType.ACTIVITEIT ? activity(fm) : null,
                body);
    }

    private static ItemSource.MeasureSource measure(YamlMapping fm) {
        Optional<YamlMapping> support = fm.mapping("steun");
        support.ifPresent(m -> m.rejectUnknownFields(Set.of("max_eur", "percentage", "vorm")));
        Optional<YamlMapping> apply = fm.mapping("aanvragen");
        apply.ifPresent(m -> m.rejectUnknownFields(Set.of("url", "wie")));
        Optional<YamlMapping> valid = fm.mapping("geldig");
        valid.ifPresent(m -> m.rejectUnknownFields(Set.of("van", "tot")));
        Optional<YamlMapping> conditions = fm.mapping("voorwaarden");
        conditions.ifPresent(m -> m.rejectUnknownFields(
                Set.of("statuut", "min_werknemers", "max_werknemers", "sectoren", "regios", "zelf_nagaan")));
        return new ItemSource.MeasureSource(
                fm.text("soort"), fm.text("bevoegdheid"),
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
                conditions.map(m -> m.texts("zelf_nagaan")).orElse(List.of()));
    }

    private static ItemSource.PracticeSource practice(YamlMapping fm) {
        Optional<YamlMapping> who = fm.mapping("wie");
        who.ifPresent(m -> m.rejectUnknownFields(Set.of("bedrijf", "sector", "grootte", "regio")));
        return new ItemSource.PracticeSource(
                who.map(m -> m.text("bedrijf")).orElse(null),
                who.map(m -> m.text("sector")).orElse(null),
                who.map(m -> m.text("grootte")).orElse(null),
                who.map(m -> m.text("regio")).orElse(null),
                fm.integer("investering_eur"), fm.text("tijd"), fm.text("resultaat"), fm.text("business_case"));
    }

    private static ItemSource.OrganisationSource organisation(YamlMapping fm) {
        Optional<YamlMapping> contact = fm.mapping("contact");
        contact.ifPresent(m -> m.rejectUnknownFields(Set.of("web", "email", "telefoon")));
        return new ItemSource.OrganisationSource(fm.text("soort"), fm.texts("werkgebied"),
                contact.map(m -> m.text("web")).orElse(null),
                contact.map(m -> m.text("email")).orElse(null),
                contact.map(m -> m.text("telefoon")).orElse(null));
    }

    private static ItemSource.ActivitySource activity(YamlMapping fm) {
        return new ItemSource.ActivitySource(fm.text("soort"), fm.date("start"), fm.date("einde"), fm.text("locatie"),
                fm.bool("online"), fm.text("inschrijven"));
    }
}
