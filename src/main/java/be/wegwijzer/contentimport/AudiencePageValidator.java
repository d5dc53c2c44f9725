package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.Vocabulary;
import be.wegwijzer.search.Facet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the audience pages in doelgroepen.yml: entry points that open a valid search, highlights that exist. */
final class AudiencePageValidator {

    static final int MIN_ENTRIES = 5;
    static final int MAX_ENTRIES = 8;

    private AudiencePageValidator() {}

    static List<ContentProblem> validate(
            List<TaxonomyReader.Located<TaxonomySource.AudienceSource>> audiences, Vocabulary vocabulary) {
        List<ContentProblem> problems = new ArrayList<>();
        for (var located : audiences) {
            TaxonomySource.AudienceSource audience = located.value();
            String file = located.file();
            if (audience.intro() != null && audience.intro().length() > Audience.INTRO_MAX_LENGTH) {
                problems.add(new ContentProblem(
                        file,
                        located.lineOf("intro"),
                        "De intro van '" + audience.code() + "' is te lang.",
                        "Hoogstens " + Audience.INTRO_MAX_LENGTH + " tekens: drie of vier zinnen."));
            }
            int count = audience.entries().size();
            if (count > 0 && (count < MIN_ENTRIES || count > MAX_ENTRIES)) {
                problems.add(new ContentProblem(
                        file,
                        located.lineOf("ik_wil"),
                        "'" + audience.code() + "' heeft " + count + " ingangen 'Ik wil …'.",
                        "Geef er " + MIN_ENTRIES + " tot " + MAX_ENTRIES + ": genoeg keuze, maar overzichtelijk."));
            }
            for (int i = 0; i < count; i++) {
                TaxonomySource.EntrySource entry = audience.entries().get(i);
                String path = "ik_wil[" + i + "]";
                if (entry.label() == null || entry.label().length() > 150) {
                    problems.add(new ContentProblem(
                            file,
                            located.lineOf(path),
                            "Ingang " + (i + 1) + " van '" + audience.code() + "' heeft geen of een te lang label.",
                            "Schrijf een korte zin van hoogstens 150 tekens, bv. 'Ik wil de werkdruk verlagen'."));
                }
                if (entry.words() == null && entry.filters().isEmpty()) {
                    problems.add(new ContentProblem(
                            file,
                            located.lineOf(path),
                            "Ingang " + (i + 1) + " van '" + audience.code() + "' zoekt niets.",
                            "Geef 'zoek:' met woorden, 'filters:' met codes, of beide."));
                }
                entry.filters().forEach((parameter, codes) -> {
                    String filterPath = path + ".filters." + parameter;
                    Optional<Facet> facet = Facet.fromParameter(parameter);
                    if (facet.isEmpty()) {
                        problems.add(new ContentProblem(
                                file,
                                located.lineOf(filterPath),
                                "Onbekende filter '" + parameter + "'.",
                                "Gebruik "
                                        + String.join(
                                                ", ",
                                                Arrays.stream(Facet.values())
                                                        .map(Facet::parameter)
                                                        .toList())
                                        + "."));
                        return;
                    }
                    for (int j = 0; j < codes.size(); j++) {
                        if (!isKnown(facet.get(), codes.get(j), vocabulary)) {
                            problems.add(new ContentProblem(
                                    file,
                                    located.lineOf(filterPath + "[" + j + "]"),
                                    "Onbekende waarde '" + codes.get(j) + "' voor de filter '" + parameter + "'.",
                                    "Gebruik een code uit de taxonomie of, voor type, "
                                            + String.join(
                                                    ", ",
                                                    Arrays.stream(ItemType.values())
                                                            .map(ItemType::segment)
                                                            .toList())
                                            + "."));
                        }
                    }
                });
            }
            for (int i = 0; i < audience.highlights().size(); i++) {
                String ref = audience.highlights().get(i);
                String[] parts = ref.split("/", -1);
                ItemType actual = parts.length == 2 ? vocabulary.itemsBySlug().get(parts[1]) : null;
                if (actual == null || !actual.folder().equals(parts[0])) {
                    problems.add(new ContentProblem(
                            file,
                            located.lineOf("uitgelicht[" + i + "]"),
                            "'" + ref + "' bestaat niet.",
                            "Schrijf map/slug van een bestaand item, bv. fiches/werkdruk-beheersen."));
                }
            }
        }
        return problems;
    }

    private static boolean isKnown(Facet facet, String code, Vocabulary vocabulary) {
        return switch (facet) {
            case THEME -> knownOrUnchecked(vocabulary.themes(), code);
            case AUDIENCE -> knownOrUnchecked(vocabulary.audiences(), code);
            case SECTOR -> knownOrUnchecked(vocabulary.sectors(), code);
            case REGION -> knownOrUnchecked(vocabulary.regions(), code);
            case SIZE -> Coded.fromCode(CompanySize.class, code).isPresent();
            case TYPE, LEVEL, COST -> facet.indexValue(code).isPresent();
            case KIND ->
                Arrays.stream(ItemType.values())
                        .flatMap(t -> t.kinds().stream())
                        .anyMatch(k -> k.code().equals(code));
        };
    }

    /** A taxonomy file with errors leaves its codes unchecked (null), like items do. */
    private static boolean knownOrUnchecked(Set<String> known, String code) {
        return known == null || known.contains(code);
    }
}
