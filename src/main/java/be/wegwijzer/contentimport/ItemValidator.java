package be.wegwijzer.contentimport;

import be.wegwijzer.base.PlainText;
import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.Verification;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.ToolForm;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content rules of an item, shared by the file importer and the editor so both give the same messages.
 * Pure: no database, no files; the vocabulary says which codes and items exist.
 */
public final class ItemValidator {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");
    public static final List<String> FICHE_SECTIONS = List.of("Starter", "Gevorderd", "Expert");

    private static final Pattern UNSAFE_HTML = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|style|object|embed|form|input|link|meta|base)\\b"
                    + "|<[^>]*\\son[a-z]+\\s*=|javascript:|vbscript:|data:text/html",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocabulary;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ItemValidator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static List<FieldProblem> validate(ItemSource item, Vocabulary vocabulary) {
        ItemValidator validator = new ItemValidator(vocabulary);
        validator.check(item);
        return List.copyOf(validator.problems);
    }

    private void check(ItemSource item) {
        if (item.slug() == null || !SLUG.matcher(item.slug()).matches() || item.slug().length() > Item.SLUG_MAX_LENGTH) {
            add("slug", "De naam '" + item.slug() + "' is geen geldige slug.",
                    "Gebruik alleen kleine letters, cijfers en koppeltekens, hoogstens " + Item.SLUG_MAX_LENGTH
                            + " tekens, bijvoorbeeld 'werkbaarheidscheque'.");
        }
        requiredText("titel", item.title(), Item.TITLE_MAX_LENGTH);
        requiredText("samenvatting", item.summary(), Item.SUMMARY_MAX_LENGTH, true);
        codes("themas", item.themes(), vocabulary.themes(), "thema", "taxonomie/themas.yml", true);
        codes("doelgroepen", item.audiences(), vocabulary.audiences(), "doelgroep", "taxonomie/doelgroepen.yml", true);
        sectors("sectoren", item.sectors());
        codes("regios", item.regions(), vocabulary.regions(), "regio", "taxonomie/regios.yml", false);
        for (int i = 0; i < item.sizes().size(); i++) {
            enumCode("grootte[" + i + "]", item.sizes().get(i), CompanySize.class, "grootte");
        }
        enumCode("niveau", item.level(), Level.class, "niveau");
        enumCode("kosten", item.cost(), Cost.class, "kosten");
        owner(item);
        related(item);
        for (int i = 0; i < item.links().size(); i++) {
            ItemSource.LinkSource link = item.links().get(i);
            if (blank(link.label())) {
                add("links[" + i + "].label", "Een link heeft geen label.", "Geef elke link een korte naam, bv. 'Officiële pagina'.");
            } else {
                line("links[" + i + "].label", link.label(), Link.LABEL_MAX_LENGTH);
            }
            url("links[" + i + "].url", link.url(), true);
            maxLength("links[" + i + "].url", link.url(), Link.URL_MAX_LENGTH);
        }
        requiredText("bron", item.source(), Verification.SOURCE_MAX_LENGTH);
        if (item.lastVerified() == null) {
            add("laatst_nagekeken", "Het veld 'laatst_nagekeken' ontbreekt.",
                    "Schrijf de datum waarop je de inhoud nakeek, bv. laatst_nagekeken: 2026-11-22.");
        } else if (item.reviewBy() != null && item.reviewBy().isBefore(item.lastVerified())) {
            add("herzien_tegen", "'herzien_tegen' (" + item.reviewBy() + ") ligt vóór 'laatst_nagekeken' ("
                    + item.lastVerified() + ").", "Kies een herzieningsdatum na de laatste controle.");
        }
        if (item.needsVerification() && blank(item.verificationNote())) {
            add("te_verifieren", "Het item staat op te verifiëren, maar zegt niet wat.",
                    "Schrijf in 'verificatie:' welk feit nagekeken moet worden.");
        }
        text("verificatie", item.verificationNote(), Verification.NOTE_MAX_LENGTH);
        body(item);
        switch (item.type()) {
            case MAATREGEL -> measure(item.measure());
            case PRAKTIJK -> practice(item.practice());
            case TOOL -> tool(item.tool());
            case ORGANISATIE -> organisation(item.organisation());
            case ACTIVITEIT -> activity(item.activity());
            case FICHE -> fiche(item.body());
        }
    }

    private void owner(ItemSource item) {
        if (item.owner() == null) {
            if (item.type() != ItemType.ORGANISATIE) {
                add("organisatie", "Het veld 'organisatie' ontbreekt.",
                        "Schrijf de slug van de organisatie die het item aanbiedt, uit de map organisaties/.");
            }
            return;
        }
        ItemType ownerType = vocabulary.itemsBySlug().get(item.owner());
        if (ownerType == null) {
            add("organisatie", "De organisatie '" + item.owner() + "' bestaat niet.",
                    hintFrom(item.owner(), slugsOfType(ItemType.ORGANISATIE), "Maak organisaties/" + item.owner()
                            + ".md aan of gebruik de naam van een bestaand bestand in organisaties/."));
        } else if (ownerType != ItemType.ORGANISATIE) {
            add("organisatie", "'" + item.owner() + "' is geen organisatie maar een " + ownerType.label().toLowerCase(Locale.ROOT) + ".",
                    "Verwijs naar een bestand in de map organisaties/.");
        } else if (item.owner().equals(item.slug())) {
            add("organisatie", "Een organisatie kan niet haar eigen eigenaar zijn.", "Laat 'organisatie' weg.");
        }
    }

    private void related(ItemSource item) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < item.related().size(); i++) {
            String field = "gerelateerd[" + i + "]";
            String ref = item.related().get(i);
            String[] parts = ref.split("/", -1);
            if (parts.length != 2 || ItemType.fromFolder(parts[0]).isEmpty()) {
                add(field, "'" + ref + "' is geen geldige verwijzing.",
                        "Schrijf map/slug, bv. tools/werkbaarheidsmonitor (mappen: tools, fiches, praktijken, "
                                + "maatregelen, organisaties, activiteiten).");
                continue;
            }
            ItemType expected = ItemType.fromFolder(parts[0]).orElseThrow();
            ItemType actual = vocabulary.itemsBySlug().get(parts[1]);
            if (actual == null) {
                add(field, "'" + ref + "' bestaat niet.", hintFrom(parts[1], slugsOfType(expected),
                        "Controleer de bestandsnaam in de map " + parts[0] + "/."));
            } else if (actual != expected) {
                add(field, "'" + parts[1] + "' staat niet in " + parts[0] + "/ maar in " + actual.folder() + "/.",
                        "Schrijf " + actual.folder() + "/" + parts[1] + ".");
            } else if (parts[1].equals(item.slug())) {
                add(field, "Een item kan niet naar zichzelf verwijzen.", "Verwijder deze verwijzing.");
            } else if (!seen.add(ref)) {
                add(field, "'" + ref + "' staat twee keer in 'gerelateerd'.", "Verwijder de tweede keer.");
            }
        }
    }

    private void body(ItemSource item) {
        String[] lines = (item.body() == null ? "" : item.body()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher unsafe = UNSAFE_HTML.matcher(lines[i]);
            if (unsafe.find()) {
                add("body[" + (i + 1) + "]", "Onveilige HTML in de tekst: '" + unsafe.group().strip() + "'.",
                        "Gebruik Markdown in plaats van HTML; scripts, iframes, stijlen en javascript-links zijn niet toegelaten.");
            }
        }
    }

    private void fiche(String body) {
        for (String section : FICHE_SECTIONS) {
            Pattern heading = Pattern.compile("(?m)^##\\s+" + section + "\\s*$", Pattern.CASE_INSENSITIVE);
            if (body == null || !heading.matcher(body).find()) {
                add("body", "De fiche mist de sectie '## " + section + "'.",
                        "Een fiche heeft drie secties met acties per niveau: ## Starter, ## Gevorderd en ## Expert.");
            }
        }
    }

    private void measure(ItemSource.MeasureSource m) {
        requiredEnum("soort", m.kind(), MeasureKind.class);
        requiredEnum("bevoegdheid", m.competence(), Competence.class);
        if (m.maxEur() != null && m.maxEur() < 0) {
            add("steun.max_eur", "Een bedrag kan niet negatief zijn.", "Schrijf het maximumbedrag in hele euro.");
        }
        if (m.percentage() != null && (m.percentage() < 0 || m.percentage() > 100)) {
            add("steun.percentage", "Een percentage ligt tussen 0 en 100.", "Schrijf bv. percentage: 50.");
        }
        text("steun.vorm", m.supportForm(), 1000);
        url("aanvragen.url", m.applyUrl(), false);
        line("aanvragen.wie", m.applyWho(), 500);
        if (m.validFrom() != null && m.validUntil() != null && m.validUntil().isBefore(m.validFrom())) {
            add("geldig.tot", "'geldig.tot' (" + m.validUntil() + ") ligt vóór 'geldig.van' (" + m.validFrom() + ").",
                    "Controleer beide datums; 'tot' is de laatste dag waarop je kunt aanvragen.");
        }
        if (m.replacedBy() != null) {
            String slug = m.replacedBy().startsWith("maatregelen/") ? m.replacedBy().substring(12) : m.replacedBy();
            if (vocabulary.itemsBySlug().get(slug) != ItemType.MAATREGEL) {
                add("vervangen_door", "'" + m.replacedBy() + "' is geen bestaande maatregel.",
                        "Schrijf maatregelen/<slug> van de maatregel die deze vervangt.");
            }
        }
        for (int i = 0; i < m.statutes().size(); i++) {
            enumCode("voorwaarden.statuut[" + i + "]", m.statutes().get(i), Statute.class, "statuut");
        }
        if (m.minEmployees() != null && m.minEmployees() < 0) {
            add("voorwaarden.min_werknemers", "Het aantal werknemers kan niet negatief zijn.", "Schrijf 0 of meer.");
        }
        if (m.minEmployees() != null && m.maxEmployees() != null && m.maxEmployees() < m.minEmployees()) {
            add("voorwaarden.max_werknemers", "'max_werknemers' (" + m.maxEmployees() + ") is kleiner dan 'min_werknemers' ("
                    + m.minEmployees() + ").", "Beide grenzen tellen mee: min 1 en max 249 betekent 1 tot en met 249.");
        }
        sectors("voorwaarden.sectoren", m.sectors());
        codes("voorwaarden.regios", m.regions(), vocabulary.regions(), "regio", "taxonomie/regios.yml", false);
        for (int i = 0; i < m.selfChecks().size(); i++) {
            line("voorwaarden.zelf_nagaan[" + i + "]", m.selfChecks().get(i), 500);
        }
    }

    private void practice(ItemSource.PracticeSource p) {
        line("wie.bedrijf", p.company(), 150);
        if (p.sector() != null && !Sector.ALL.equals(p.sector())) {
            codes("wie.sector", List.of(p.sector()), vocabulary.sectors(), "sector", "taxonomie/sectoren.yml", false);
        }
        enumCode("wie.grootte", p.size(), CompanySize.class, "grootte");
        if (p.region() != null) {
            codes("wie.regio", List.of(p.region()), vocabulary.regions(), "regio", "taxonomie/regios.yml", false);
        }
        if (p.investmentEur() != null && p.investmentEur() < 0) {
            add("investering_eur", "Een bedrag kan niet negatief zijn.", "Schrijf de investering in hele euro.");
        }
        line("tijd", p.duration(), 300);
        text("resultaat", p.result(), 2000);
        text("business_case", p.businessCase(), 2000);
    }

    private void tool(ItemSource.ToolSource t) {
        requiredEnum("vorm", t.form(), ToolForm.class);
        line("duur", t.duration(), 100);
        for (int i = 0; i < t.languages().size(); i++) {
            if (!LANGUAGES.contains(t.languages().get(i))) {
                add("taal[" + i + "]", "Onbekende taalcode '" + t.languages().get(i) + "'.", "Gebruik nl, fr, en of de.");
            }
        }
    }

    private void organisation(ItemSource.OrganisationSource o) {
        requiredEnum("soort", o.kind(), OrganisationKind.class);
        codes("werkgebied", o.workArea(), vocabulary.regions(), "regio", "taxonomie/regios.yml", false);
        url("contact.web", o.web(), false);
        if (o.email() != null && (!EMAIL.matcher(o.email()).matches() || !PlainText.isLine(o.email()))) {
            add("contact.email", "'" + o.email() + "' is geen geldig e-mailadres.", "Schrijf een algemeen adres zoals info@organisatie.be.");
        }
        line("contact.telefoon", o.phone(), 50);
    }

    private void activity(ItemSource.ActivitySource a) {
        requiredEnum("soort", a.kind(), ActivityKind.class);
        if (a.start() == null) {
            add("start", "Het veld 'start' ontbreekt.", "Schrijf de begindatum als jjjj-mm-dd.");
        } else if (a.end() != null && a.end().isBefore(a.start())) {
            add("einde", "'einde' (" + a.end() + ") ligt vóór 'start' (" + a.start() + ").", "Controleer beide datums.");
        }
        line("locatie", a.location(), 200);
        url("inschrijven", a.registerUrl(), false);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void sectors(String field, List<String> sectors) {
        if (sectors.contains(Sector.ALL) && sectors.size() > 1) {
            add(field, "'alle' kan niet samen met andere sectoren.", "Schrijf [alle] of een lijst van sectoren, niet beide.");
        }
        List<String> explicit = sectors.stream().filter(s -> !Sector.ALL.equals(s)).toList();
        for (int i = 0; i < sectors.size(); i++) {
            String code = sectors.get(i);
            if (!Sector.ALL.equals(code) && vocabulary.sectors() != null && !vocabulary.sectors().contains(code)) {
                add(field + "[" + i + "]", "Onbekende sector '" + code + "'.",
                        hintFrom(code, vocabulary.sectors(), "Gebruik 'alle' of een code uit taxonomie/sectoren.yml."));
            }
        }
        if (explicit.size() != new HashSet<>(explicit).size()) {
            add(field, "Een sector staat er twee keer in.", "Verwijder de dubbele code.");
        }
    }

    private void codes(String field, List<String> values, Set<String> known, String what, String file, boolean required) {
        if (required && values.isEmpty()) {
            add(field, "Geef minstens één " + what + " op in '" + field + "'.", "Kies codes uit " + file + ".");
        }
        if (known == null) {
            return;
        }
        boolean single = field.endsWith(".sector") || field.endsWith(".regio");
        for (int i = 0; i < values.size(); i++) {
            String code = values.get(i);
            if (!known.contains(code)) {
                add(single ? field : field + "[" + i + "]", "Onbekende " + what + " '" + code + "'.",
                        hintFrom(code, known, "Kies een code uit " + file + " of voeg de code daar eerst toe."));
            }
        }
    }

    private <E extends Enum<E> & Coded> void enumCode(String field, String code, Class<E> type, String what) {
        if (code != null && Coded.fromCode(type, code).isEmpty()) {
            add(field, "Onbekende waarde '" + code + "' voor " + what + ".", "Kies uit: " + Coded.codes(type) + ".");
        }
    }

    private <E extends Enum<E> & Coded> void requiredEnum(String field, String code, Class<E> type) {
        if (code == null) {
            add(field, "Het veld '" + field + "' ontbreekt.", "Kies uit: " + Coded.codes(type) + ".");
        } else {
            enumCode(field, code, type, field);
        }
    }

    private void requiredText(String field, String value, int maxLength) {
        requiredText(field, value, maxLength, false);
    }

    /** A summary may run over several lines (the format always allowed it); markup is refused all the same. */
    private void requiredText(String field, String value, int maxLength, boolean multiLine) {
        if (blank(value)) {
            add(field, "Het veld '" + field + "' ontbreekt of is leeg.", "Vul '" + field + ":' in.");
        } else if (multiLine) {
            text(field, value, maxLength);
        } else {
            line(field, value, maxLength);
        }
    }

    /** One line of plain text ({@link PlainText#line}) of at most {@code maxLength} characters. */
    private void line(String field, String value, int maxLength) {
        PlainText.line(value).ifPresent(problem -> add(field, problem.message(), problem.hint()));
        maxLength(field, value, maxLength);
    }

    /** Plain text that may span lines ({@link PlainText#text}) of at most {@code maxLength} characters. */
    private void text(String field, String value, int maxLength) {
        PlainText.text(value).ifPresent(problem -> add(field, problem.message(), problem.hint()));
        maxLength(field, value, maxLength);
    }

    private void maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "'" + field + "' is " + value.length() + " tekens lang; het maximum is " + maxLength + ".",
                    "Kort de tekst in met " + (value.length() - maxLength) + " tekens.");
        }
    }

    private void url(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "De link heeft geen url.", "Schrijf een volledig adres dat begint met https://.");
            }
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(value, "no http(s) host");
            }
        } catch (URISyntaxException e) {
            add(field, "'" + value + "' is geen geldig webadres.", "Schrijf een volledig adres dat begint met https://.");
        }
    }

    private Set<String> slugsOfType(ItemType type) {
        Set<String> slugs = new HashSet<>();
        vocabulary.itemsBySlug().forEach((slug, t) -> {
            if (t == type) {
                slugs.add(slug);
            }
        });
        return slugs;
    }

    private static String hintFrom(String value, Set<String> candidates, String fallback) {
        return Suggestions.closest(value, candidates).map(s -> "Bedoel je '" + s + "'?").orElse(fallback);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void add(String field, String message, String hint) {
        problems.add(new FieldProblem(field, message, hint));
    }

}
