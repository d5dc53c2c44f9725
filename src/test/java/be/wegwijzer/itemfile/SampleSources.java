package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.ItemType;
import java.time.LocalDate;
import java.util.List;

/** Items of every type with every field filled, in awkward YAML (colons, hashes, quotes): for round trips. */
public final class SampleSources {

    private SampleSources() {}

    public static ItemSource fiche(String slug, String title, String summary) {
        return new ItemSource(
                ItemType.FICHE,
                slug,
                title,
                summary,
                List.of("werkdruk"),
                List.of("werkgevers"),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                "kenniscentrum-werk",
                List.of(),
                List.of(),
                "Bron: \"test\" # 1",
                "https://example.org/bron?a=1#b",
                "2026-10-15",
                LocalDate.of(2026, 11, 1),
                "kenniscentrum-werk",
                null,
                false,
                null,
                new FicheSource(),
                "## Starter\n\nBegin.\n\n---\n\n## Gevorderd\n\ntitel: geen kop\n\n## Expert\n\n- Verder.");
    }

    public static ItemSource fullMeasure() {
        return common(
                ItemType.MAATREGEL,
                "volle-maatregel",
                new MeasureSource(
                        "cheque",
                        "vlaams",
                        10_000,
                        50,
                        "Subsidie: 50% van de kosten, tot € 10.000.",
                        "https://example.org/aanvragen?x=1&y=2#form",
                        "De werkgever, of een sectorconsulent: namens de werkgever.",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        "maatregelen/oude-oproep",
                        List.of("werkgever", "zelfstandige"),
                        1,
                        249,
                        List.of("voeding", "horeca"),
                        List.of("vlaanderen"),
                        List.of("- Je bedrijf heeft een zetel in Vlaanderen.", "Meer dan 10 werknemers? Ja: ga door."),
                        List.of(
                                new FaqSource(
                                        "Kan ik twee keer aanvragen? Ja: of nee",
                                        "Eén keer per jaar.\nDaarna # opnieuw."),
                                new FaqSource("\"Wie\" helpt me?", "Je sectorfonds: zie hieronder."))));
    }

    public static ItemSource fullPractice() {
        return common(
                ItemType.PRAKTIJK,
                "volle-praktijk",
                new PracticeSource(
                        "Bakkerij \"De Korst\": bv",
                        "voeding",
                        "micro",
                        "limburg",
                        5000,
                        "Zes maanden",
                        "Minder verzuim:\nvan 8% naar 3%.",
                        "€ 5.000 # terugverdiend in één jaar"));
    }

    public static ItemSource fullTool() {
        return common(
                ItemType.TOOL,
                "volle-tool",
                new ToolSource(
                        "scan",
                        "20 minuten: of 30",
                        List.of("nl", "fr"),
                        List.of(new FaqSource("Hoe lang duurt het?", "Twintig minuten: per persoon."))));
    }

    public static ItemSource fullOrganisation() {
        ItemSource base = common(
                ItemType.ORGANISATIE,
                "volle-organisatie",
                new OrganisationSource(
                        "sectorfonds",
                        List.of("vlaanderen", "brussel"),
                        "https://example.org/#contact",
                        "info@example.org",
                        "+32 2 123 45 67"));
        return new ItemSource(
                base.type(),
                base.slug(),
                base.title(),
                base.summary(),
                base.themes(),
                base.audiences(),
                base.sectors(),
                base.regions(),
                base.sizes(),
                base.level(),
                base.cost(),
                null,
                base.related(),
                base.links(),
                base.source(),
                base.sourceAddress(),
                base.sourceDate(),
                base.verifiedOn(),
                base.verifiedBy(),
                base.reviewBy(),
                base.needsVerification(),
                base.verificationNote(),
                base.details(),
                base.body());
    }

    public static ItemSource fullActivity() {
        return common(
                ItemType.ACTIVITEIT,
                "volle-activiteit",
                new ActivitySource(
                        "webinar",
                        LocalDate.of(2027, 3, 15),
                        LocalDate.of(2027, 3, 19),
                        "Gent: ICC",
                        false,
                        "https://example.org/inschrijven?id=1"));
    }

    public static ItemSource fullPublication() {
        return common(
                ItemType.PUBLICATIE,
                "volle-publicatie",
                new PublicationSource(
                        "cao",
                        "Nationale Arbeidsraad: NAR # \"Brussel\"",
                        1999,
                        List.of("nl", "fr"),
                        "https://example.org/cao-72.pdf?taal=nl#p2"));
    }

    private static ItemSource common(ItemType type, String slug, TypeSource details) {
        return new ItemSource(
                type,
                slug,
                "Titel: " + slug + " # \"alles\"",
                "Samenvatting: met alles erop en eraan.\nOok een tweede regel.",
                List.of("werkdruk", "motivatie"),
                List.of("werkgevers", "werknemers"),
                List.of("voeding", "bouw"),
                List.of("vlaanderen"),
                List.of("micro", "klein"),
                "gevorderd",
                "betalend",
                "kenniscentrum-werk",
                List.of("tools/telewerkkaart", "fiches/werkdruk"),
                List.of(
                        new ItemSource.LinkSource("Site: officieel", "https://example.org/a?b=c#d"),
                        new ItemSource.LinkSource("# Tweede", "http://example.org")),
                "004 Evaluatie (IDEA: 2025), r. 1-2; \"citaat\"",
                null,
                "2025",
                null,
                null,
                LocalDate.of(2027, 5, 1),
                true,
                "Na te gaan: het bedrag.\nEn de termijn.",
                details,
                "## Voor wie\n\nVoor iedereen: ook jij.\n\n---\n\n```yaml\nkey: value\n```");
    }
}
