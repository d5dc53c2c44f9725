package be.wegwijzer.itemfile;

import be.wegwijzer.base.PlainText;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.Link;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.SourceDate;
import be.wegwijzer.catalog.Verification;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content rules of an item, shared by the file importer and the editor so both give the same messages.
 * Pure: no database, no files; the vocabulary says which codes and items exist. The rules of the common fields are
 * here; each type's record checks its own fields ({@link TypeSource#validate}) with the helpers below.
 */
public final class ItemValidator {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern UNSAFE_HTML = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|style|object|embed|form|input|link|meta|base)\\b"
                    + "|<[^>]*\\son[a-z]+\\s*=|javascript:|vbscript:|data:text/html",
            Pattern.CASE_INSENSITIVE);

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
        if (item.slug() == null
                || !SLUG.matcher(item.slug()).matches()
                || item.slug().length() > Item.SLUG_MAX_LENGTH) {
            add(
                    "slug",
                    "De naam '" + item.slug() + "' is geen geldige slug.",
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
                add(
                        "links[" + i + "].label",
                        "Een link heeft geen label.",
                        "Geef elke link een korte naam, bv. 'Officiële pagina'.");
            } else {
                line("links[" + i + "].label", link.label(), Link.LABEL_MAX_LENGTH);
            }
            url("links[" + i + "].url", link.url(), true);
            maxLength("links[" + i + "].url", link.url(), Link.URL_MAX_LENGTH);
        }
        requiredText("bron", item.source(), Verification.SOURCE_MAX_LENGTH);
        url("bron_adres", item.sourceAddress(), false);
        maxLength("bron_adres", item.sourceAddress(), Verification.ADDRESS_MAX_LENGTH);
        SourceDate sourceDate = sourceDate(item.sourceDate());
        verification(item, sourceDate);
        if (item.needsVerification() && blank(item.verificationNote())) {
            add(
                    "te_verifieren",
                    "Het item staat op te verifiëren, maar zegt niet wat.",
                    "Schrijf in 'verificatie:' welk feit nagekeken moet worden.");
        }
        text("verificatie", item.verificationNote(), Verification.NOTE_MAX_LENGTH);
        body(item);
        item.details().validate(item, this);
    }

    /** {@code bron_datum}: required, a year, month or day; the parsed date, or null when it is missing or wrong. */
    private SourceDate sourceDate(String text) {
        if (blank(text)) {
            add(
                    "bron_datum",
                    "Het veld 'bron_datum' ontbreekt.",
                    "Schrijf de datum die de bron zelf draagt (publicatie of 'laatst bijgewerkt'), bv. bron_datum: 2021"
                            + " of 2021-06 of 2021-06-15. Toont een webpagina geen datum, schrijf dan de dag waarop je"
                            + " ze raadpleegde en zet te_verifieren: true met die uitleg.");
            return null;
        }
        Optional<SourceDate> parsed = SourceDate.parse(text);
        if (parsed.isEmpty()) {
            add(
                    "bron_datum",
                    "'" + text + "' in 'bron_datum' is geen geldige datum.",
                    "Schrijf een jaar, een maand of een dag: 2021, 2021-06 of 2021-06-15.");
            return null;
        }
        return parsed.get();
    }

    /**
     * {@code nagekeken_op} and {@code nagekeken_door}: a real check, by an organisation, of content that is not
     * waiting for verification; {@code herzien_tegen} not before it.
     */
    private void verification(ItemSource item, SourceDate sourceDate) {
        LocalDate on = item.verifiedOn();
        String by = item.verifiedBy();
        if (on != null && blank(by)) {
            add(
                    "nagekeken_door",
                    "'nagekeken_op' staat er, maar niet wie nakeek.",
                    "Schrijf in 'nagekeken_door:' de slug van de organisatie die de inhoud naging, uit de map"
                            + " organisaties/.");
        } else if (on == null && !blank(by)) {
            add(
                    "nagekeken_op",
                    "'nagekeken_door' staat er, maar niet wanneer.",
                    "Schrijf in 'nagekeken_op:' de dag van de controle, bv. nagekeken_op: 2026-12-01.");
        }
        if (!blank(by)) {
            ItemType type = vocabulary.itemsBySlug().get(by);
            if (type == null) {
                add(
                        "nagekeken_door",
                        "De organisatie '" + by + "' bestaat niet.",
                        hintFrom(
                                by,
                                slugsOfType(ItemType.ORGANISATIE),
                                "Gebruik de naam van een bestand in organisaties/."));
            } else if (type != ItemType.ORGANISATIE) {
                add(
                        "nagekeken_door",
                        "'" + by + "' is geen organisatie maar een "
                                + type.label().toLowerCase(Locale.ROOT) + ".",
                        "Alleen een organisatie kan nakijken: verwijs naar een bestand in organisaties/.");
            }
        }
        if (on != null && item.needsVerification()) {
            add(
                    "nagekeken_op",
                    "Het item is nagekeken en staat toch op 'te_verifieren'.",
                    "Is alles nagekeken, verwijder dan 'te_verifieren' en 'verificatie'. Moet er nog iets nagekeken"
                            + " worden, verwijder dan 'nagekeken_op' en 'nagekeken_door'.");
        }
        if (on != null && sourceDate != null && sourceDate.earliestDay().isAfter(on)) {
            add(
                    "nagekeken_op",
                    "'nagekeken_op' (" + on + ") ligt vóór de datum van de bron (" + sourceDate + ").",
                    "Een controle gebeurt tegen een bron die er al is: kijk beide datums na.");
        }
        if (on != null && item.reviewBy() != null && item.reviewBy().isBefore(on)) {
            add(
                    "herzien_tegen",
                    "'herzien_tegen' (" + item.reviewBy() + ") ligt vóór 'nagekeken_op' (" + on + ").",
                    "Kies een herzieningsdatum na de laatste controle.");
        }
    }

    private void owner(ItemSource item) {
        if (item.owner() == null) {
            if (item.type().ownerRequired()) {
                add(
                        "organisatie",
                        "Het veld 'organisatie' ontbreekt.",
                        "Schrijf de slug van de organisatie die het item aanbiedt, uit de map organisaties/.");
            }
            return;
        }
        ItemType ownerType = vocabulary.itemsBySlug().get(item.owner());
        if (ownerType == null) {
            add(
                    "organisatie",
                    "De organisatie '" + item.owner() + "' bestaat niet.",
                    hintFrom(
                            item.owner(),
                            slugsOfType(ItemType.ORGANISATIE),
                            "Maak organisaties/" + item.owner()
                                    + ".md aan of gebruik de naam van een bestaand bestand in organisaties/."));
        } else if (ownerType != ItemType.ORGANISATIE) {
            add(
                    "organisatie",
                    "'" + item.owner() + "' is geen organisatie maar een "
                            + ownerType.label().toLowerCase(Locale.ROOT) + ".",
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
                add(
                        field,
                        "'" + ref + "' is geen geldige verwijzing.",
                        "Schrijf map/slug, bv. tools/werkbaarheidsmonitor (mappen: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(ItemType.values())
                                                .map(ItemType::folder)
                                                .toList())
                                + ").");
                continue;
            }
            ItemType expected = ItemType.fromFolder(parts[0]).orElseThrow();
            ItemType actual = vocabulary.itemsBySlug().get(parts[1]);
            if (actual == null) {
                add(
                        field,
                        "'" + ref + "' bestaat niet.",
                        hintFrom(
                                parts[1],
                                slugsOfType(expected),
                                "Controleer de bestandsnaam in de map " + parts[0] + "/."));
            } else if (actual != expected) {
                add(
                        field,
                        "'" + parts[1] + "' staat niet in " + parts[0] + "/ maar in " + actual.folder() + "/.",
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
                add(
                        "body[" + (i + 1) + "]",
                        "Onveilige HTML in de tekst: '" + unsafe.group().strip() + "'.",
                        "Gebruik Markdown in plaats van HTML; scripts, iframes, stijlen en javascript-links zijn niet toegelaten.");
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    void sectors(String field, List<String> sectors) {
        if (sectors.contains(Sector.ALL) && sectors.size() > 1) {
            add(
                    field,
                    "'alle' kan niet samen met andere sectoren.",
                    "Schrijf [alle] of een lijst van sectoren, niet beide.");
        }
        List<String> explicit =
                sectors.stream().filter(s -> !Sector.ALL.equals(s)).toList();
        for (int i = 0; i < sectors.size(); i++) {
            String code = sectors.get(i);
            if (!Sector.ALL.equals(code)
                    && vocabulary.sectors() != null
                    && !vocabulary.sectors().contains(code)) {
                add(
                        field + "[" + i + "]",
                        "Onbekende sector '" + code + "'.",
                        hintFrom(code, vocabulary.sectors(), "Gebruik 'alle' of een code uit taxonomie/sectoren.yml."));
            }
        }
        if (explicit.size() != new HashSet<>(explicit).size()) {
            add(field, "Een sector staat er twee keer in.", "Verwijder de dubbele code.");
        }
    }

    void codes(String field, List<String> values, Set<String> known, String what, String file, boolean required) {
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
                add(
                        single ? field : field + "[" + i + "]",
                        "Onbekende " + what + " '" + code + "'.",
                        hintFrom(code, known, "Kies een code uit " + file + " of voeg de code daar eerst toe."));
            }
        }
    }

    <E extends Enum<E> & Coded> void enumCode(String field, String code, Class<E> type, String what) {
        if (code != null && Coded.fromCode(type, code).isEmpty()) {
            add(field, "Onbekende waarde '" + code + "' voor " + what + ".", "Kies uit: " + Coded.codes(type) + ".");
        }
    }

    <E extends Enum<E> & Coded> void requiredEnum(String field, String code, Class<E> type) {
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
    void line(String field, String value, int maxLength) {
        PlainText.line(value).ifPresent(problem -> add(field, problem.message(), problem.hint()));
        maxLength(field, value, maxLength);
    }

    /** Plain text that may span lines ({@link PlainText#text}) of at most {@code maxLength} characters. */
    void text(String field, String value, int maxLength) {
        PlainText.text(value).ifPresent(problem -> add(field, problem.message(), problem.hint()));
        maxLength(field, value, maxLength);
    }

    void maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(
                    field,
                    "'" + field + "' is " + value.length() + " tekens lang; het maximum is " + maxLength + ".",
                    "Kort de tekst in met " + (value.length() - maxLength) + " tekens.");
        }
    }

    void url(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "De link heeft geen url.", "Schrijf een volledig adres dat begint met https://.");
            }
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(value, "no http(s) host");
            }
        } catch (URISyntaxException e) {
            add(
                    field,
                    "'" + value + "' is geen geldig webadres.",
                    "Schrijf een volledig adres dat begint met https://.");
        }
    }

    /** The codes and items that exist, for the checks of each type. */
    Vocabulary vocabulary() {
        return vocabulary;
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
        return Suggestions.closest(value, candidates)
                .map(s -> "Bedoel je '" + s + "'?")
                .orElse(fallback);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    void add(String field, String message, String hint) {
        problems.add(new FieldProblem(field, message, hint));
    }
}
