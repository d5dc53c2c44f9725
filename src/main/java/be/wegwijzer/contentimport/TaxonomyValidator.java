package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.Theme;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemValidator;
import be.wegwijzer.itemfile.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Rules for the taxonomy files: unique codes, known parents, no cycles, and the codes the portal relies on. */
final class TaxonomyValidator {

    /** The four outcomes and six risk factors of the Werkbaarheidsmonitor; the quick scan is built on them. */
    static final List<String> REQUIRED_THEMES =
            Stream.concat(Theme.OUTCOMES.stream(), Theme.RISK_FACTORS.stream()).toList();
    /** Each audience has its own view (/voor/{code}). */
    static final List<String> AUDIENCES =
            List.of("werkgevers", "zelfstandigen", "werknemers", "intermediairs", "sectorconsulenten", "beleid");

    private static final Pattern JOINT_COMMITTEE = Pattern.compile("\\d{3}(\\.\\d{1,2})?");
    private static final int MAX_THEME_DEPTH = 3;

    private final List<ContentProblem> problems = new ArrayList<>();

    private TaxonomyValidator() {}

    static List<ContentProblem> validate(
            List<TaxonomyReader.Located<TaxonomySource.ThemeSource>> themes,
            List<TaxonomyReader.Located<TaxonomySource.AudienceSource>> audiences,
            List<TaxonomyReader.Located<TaxonomySource.SectorSource>> sectors,
            List<TaxonomyReader.Located<TaxonomySource.RegionSource>> regions) {
        TaxonomyValidator v = new TaxonomyValidator();
        v.entries(
                themes,
                TaxonomySource.ThemeSource::code,
                TaxonomySource.ThemeSource::label,
                TaxonomySource.ThemeSource::explanation,
                Theme.EXPLANATION_MAX_LENGTH);
        v.tree(themes, TaxonomySource.ThemeSource::code, TaxonomySource.ThemeSource::parent, MAX_THEME_DEPTH);
        v.entries(
                audiences,
                TaxonomySource.AudienceSource::code,
                TaxonomySource.AudienceSource::label,
                TaxonomySource.AudienceSource::explanation,
                300);
        v.entries(sectors, TaxonomySource.SectorSource::code, TaxonomySource.SectorSource::label, s -> "", 300);
        v.entries(regions, TaxonomySource.RegionSource::code, TaxonomySource.RegionSource::label, r -> "", 300);
        v.tree(regions, TaxonomySource.RegionSource::code, TaxonomySource.RegionSource::parent, Integer.MAX_VALUE);
        if (!themes.isEmpty()) {
            Set<String> codes = codes(themes, TaxonomySource.ThemeSource::code);
            for (String required : REQUIRED_THEMES) {
                if (!codes.contains(required)) {
                    v.problems.add(new ContentProblem(
                            themes.getFirst().file(),
                            0,
                            "Het thema '" + required + "' ontbreekt.",
                            "De vier uitkomsten en zes risicofactoren van werkbaar werk zijn vaste codes: "
                                    + String.join(", ", REQUIRED_THEMES) + "."));
                }
            }
        }
        for (var audience : audiences) {
            String code = audience.value().code();
            if (code != null && !AUDIENCES.contains(code)) {
                v.problems.add(new ContentProblem(
                        audience.file(),
                        audience.lineOf("code"),
                        "Onbekende doelgroep '" + code + "'.",
                        "De portaal heeft een pagina per doelgroep; kies uit " + String.join(", ", AUDIENCES) + "."));
            }
        }
        for (var sector : sectors) {
            if ("alle".equals(sector.value().code())) {
                v.problems.add(new ContentProblem(
                        sector.file(),
                        sector.lineOf("code"),
                        "De code 'alle' is voorbehouden.",
                        "'alle' betekent in een item 'elke sector'; geef deze sector een andere code."));
            }
            List<String> pcs = sector.value().jointCommittees();
            for (int i = 0; i < pcs.size(); i++) {
                if (!JOINT_COMMITTEE.matcher(pcs.get(i)).matches()) {
                    v.problems.add(new ContentProblem(
                            sector.file(),
                            sector.lineOf("pc[" + i + "]"),
                            "'" + pcs.get(i) + "' is geen nummer van een paritair comité.",
                            "Schrijf het nummer als tekst tussen aanhalingstekens, bv. \"118\" of \"149.01\"."));
                }
            }
        }
        return v.problems;
    }

    private <T> void entries(
            List<TaxonomyReader.Located<T>> entries,
            Function<T, String> code,
            Function<T, String> label,
            Function<T, String> explanation,
            int explanationMax) {
        Map<String, Integer> seen = new HashMap<>();
        for (var entry : entries) {
            String c = code.apply(entry.value());
            if (c == null) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.line(),
                        "Dit element heeft geen 'code'.",
                        "Geef elk element een unieke code in kleine letters, bv. code: werkdruk."));
                continue;
            }
            if (!ItemValidator.SLUG.matcher(c).matches()) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("code"),
                        "De code '" + c + "' is ongeldig.",
                        "Gebruik alleen kleine letters, cijfers en koppeltekens."));
            }
            if (seen.containsKey(c)) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("code"),
                        "De code '" + c + "' staat er twee keer in.",
                        "De eerste staat op regel " + seen.get(c) + "; geef een van beide een andere code."));
            } else {
                seen.put(c, entry.lineOf("code"));
            }
            String l = label.apply(entry.value());
            if (l == null || l.isBlank()) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.line(),
                        "'" + c + "' heeft geen 'label'.",
                        "Geef de naam zoals een bezoeker hem leest, bv. label: Werkdruk."));
            } else if (l.length() > Theme.LABEL_MAX_LENGTH) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("label"),
                        "Het label van '" + c + "' is te lang.",
                        "Hoogstens " + Theme.LABEL_MAX_LENGTH + " tekens."));
            }
            String e = explanation.apply(entry.value());
            if (e == null) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.line(),
                        "'" + c + "' heeft geen 'uitleg'.",
                        "Schrijf in één regel wat het betekent, in gewone taal."));
            } else if (e.length() > explanationMax) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("uitleg"),
                        "De uitleg van '" + c + "' is " + e.length() + " tekens lang.",
                        "Hoogstens " + explanationMax + " tekens: één korte zin."));
            }
        }
    }

    private <T> void tree(
            List<TaxonomyReader.Located<T>> entries,
            Function<T, String> code,
            Function<T, String> parent,
            int maxDepth) {
        Map<String, String> parents = new HashMap<>();
        Set<String> codes = codes(entries, code);
        for (var entry : entries) {
            String c = code.apply(entry.value());
            String p = parent.apply(entry.value());
            if (p == null || c == null) {
                continue;
            }
            if (!codes.contains(p)) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("ouder"),
                        "De ouder '" + p + "' van '" + c + "' bestaat niet.",
                        Suggestions.closest(p, codes)
                                .map(s -> "Bedoel je '" + s + "'?")
                                .orElse("Gebruik de code van een bestaand element.")));
            } else {
                parents.put(c, p);
            }
        }
        for (var entry : entries) {
            String c = code.apply(entry.value());
            Set<String> chain = new HashSet<>();
            String current = c;
            while (current != null && chain.add(current)) {
                current = parents.get(current);
            }
            if (current != null) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("ouder"),
                        "'" + c + "' is via 'ouder' zijn eigen voorouder.",
                        "Een boom mag geen kring bevatten; kies een andere ouder."));
            } else if (chain.size() > maxDepth) {
                problems.add(new ContentProblem(
                        entry.file(),
                        entry.lineOf("ouder"),
                        "'" + c + "' zit " + chain.size() + " niveaus diep.",
                        "Thema's hebben hoogstens " + maxDepth + " niveaus."));
            }
        }
    }

    private static <T> Set<String> codes(List<TaxonomyReader.Located<T>> entries, Function<T, String> code) {
        Set<String> codes = new HashSet<>();
        entries.forEach(e -> {
            String c = code.apply(e.value());
            if (c != null) {
                codes.add(c);
            }
        });
        return codes;
    }
}
