package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.PublicationDetails;
import be.wegwijzer.catalog.PublicationKind;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A publication's fields: {@code soort}, {@code uitgever}, {@code jaar}, {@code taal} and {@code lezen}. */
public record PublicationSource(String kind, String publisher, Integer year, List<String> languages, String url)
        implements TypeSource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("soort", "uitgever", "jaar", "taal", "lezen"));
    /** The languages a publication can be in: the same as a tool's. */
    public static final Set<String> LANGUAGES = ToolSource.LANGUAGES;

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    static PublicationSource read(YamlMapping fm) {
        return new PublicationSource(
                fm.text("soort"), fm.text("uitgever"), fm.integer("jaar"), fm.texts("taal"), fm.text("lezen"));
    }

    static PublicationSource of(PublicationDetails p) {
        return new PublicationSource(
                code(p.getKind()),
                text(p.getPublisher()),
                p.getYear(),
                List.copyOf(p.getLanguages()),
                text(p.getUrl()));
    }

    @Override
    public void write(YamlWriter fm) {
        fm.text("soort", kind)
                .text("uitgever", publisher)
                .integer("jaar", year)
                .codes("taal", languages)
                .text("lezen", url);
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        checks.requiredEnum("soort", kind, PublicationKind.class);
        if (publisher == null || publisher.isBlank()) {
            checks.add(
                    "uitgever",
                    "Het veld 'uitgever' ontbreekt.",
                    "Schrijf wie de publicatie uitgeeft, zoals de publicatie het zelf zegt, bv. 'Nationale Arbeidsraad'.");
        } else {
            checks.line("uitgever", publisher, PublicationDetails.PUBLISHER_MAX_LENGTH);
        }
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            checks.add(
                    "jaar",
                    "'" + year + "' is geen geldig jaar van verschijnen.",
                    "Schrijf het jaar met vier cijfers, bv. 2019, of laat 'jaar' weg als de bron het niet geeft.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (!LANGUAGES.contains(language)) {
                checks.add("taal[" + i + "]", "Onbekende taalcode '" + language + "'.", "Gebruik nl, fr, en of de.");
            } else if (!seen.add(language)) {
                checks.add(
                        "taal[" + i + "]", "De taal '" + language + "' staat er twee keer in.", "Verwijder de tweede.");
            }
        }
        checks.url("lezen", url, false);
        checks.maxLength("lezen", url, PublicationDetails.URL_MAX_LENGTH);
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        PublicationDetails p = item.publicationDetails();
        p.setKind(enumOrNull(kind, PublicationKind.class));
        p.setPublisher(publisher);
        p.setYear(year);
        p.setLanguages(languages);
        p.setUrl(url);
    }

    @Override
    public String bodyTemplate() {
        return "## Wat betekent dit voor jou\n\n\n\n## Wat je ermee doet\n\n";
    }

    @Override
    public PublicationSource stored() {
        return new PublicationSource(text(kind), text(publisher), year, List.copyOf(languages), text(url));
    }
}
