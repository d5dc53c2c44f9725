package be.wegwijzer.contentimport;

/**
 * Writes an {@link ItemSource} as a content file: the inverse of {@link ItemSourceReader}. Fields follow the
 * order of docs/content-format.md (common fields, then those of the type); absent and empty values are left out.
 */
public final class ItemSourceWriter {

    private ItemSourceWriter() {
    }

    /** Where the file lives in a content folder, e.g. {@code tools/werkbaarheidsmonitor.md}. */
    public static String path(ItemSource source) {
        return source.reference() + ".md";
    }

    /** The whole file: front matter between two lines {@code ---}, then the Markdown body. */
    public static String write(ItemSource source) {
        YamlWriter fm = new YamlWriter()
                .text("titel", source.title())
                .prose("samenvatting", source.summary())
                .codes("themas", source.themes())
                .codes("doelgroepen", source.audiences())
                .codes("sectoren", source.sectors())
                .codes("regios", source.regions())
                .codes("grootte", source.sizes())
                .text("niveau", source.level())
                .text("kosten", source.cost())
                .text("organisatie", source.owner())
                .lines("gerelateerd", source.related())
                .mappings("links", source.links().stream()
                        .map(l -> new YamlWriter().text("label", l.label()).text("url", l.url())).toList())
                .text("bron", source.source())
                .date("laatst_nagekeken", source.lastVerified())
                .date("herzien_tegen", source.reviewBy())
                .bool("te_verifieren", source.needsVerification() ? Boolean.TRUE : null)
                .prose("verificatie", source.verificationNote());
        switch (source.type()) {
            case MAATREGEL -> measure(fm, source.measure());
            case PRAKTIJK -> practice(fm, source.practice());
            case TOOL -> tool(fm, source.tool());
            case ORGANISATIE -> organisation(fm, source.organisation());
            case ACTIVITEIT -> activity(fm, source.activity());
            case FICHE -> {
                // a fiche has no fields beyond the common ones
            }
        }
        String body = source.body() == null ? "" : source.body().replace("\r\n", "\n").strip();
        return "---\n" + fm.toYaml() + "---\n" + (body.isEmpty() ? "" : body + "\n");
    }

    private static void measure(YamlWriter fm, ItemSource.MeasureSource m) {
        if (m == null) {
            return;
        }
        fm.text("soort", m.kind())
                .text("bevoegdheid", m.competence())
                .mapping("steun", new YamlWriter()
                        .integer("max_eur", m.maxEur())
                        .integer("percentage", m.percentage())
                        .prose("vorm", m.supportForm()))
                .mapping("aanvragen", new YamlWriter()
                        .text("url", m.applyUrl())
                        .prose("wie", m.applyWho()))
                .mapping("geldig", new YamlWriter()
                        .date("van", m.validFrom())
                        .date("tot", m.validUntil()))
                .text("vervangen_door", m.replacedBy())
                .mapping("voorwaarden", new YamlWriter()
                        .codes("statuut", m.statutes())
                        .integer("min_werknemers", m.minEmployees())
                        .integer("max_werknemers", m.maxEmployees())
                        .codes("sectoren", m.sectors())
                        .codes("regios", m.regions())
                        .lines("zelf_nagaan", m.selfChecks()));
    }

    private static void practice(YamlWriter fm, ItemSource.PracticeSource p) {
        if (p == null) {
            return;
        }
        fm.mapping("wie", new YamlWriter()
                        .text("bedrijf", p.company())
                        .text("sector", p.sector())
                        .text("grootte", p.size())
                        .text("regio", p.region()))
                .integer("investering_eur", p.investmentEur())
                .text("tijd", p.duration())
                .prose("resultaat", p.result())
                .prose("business_case", p.businessCase());
    }

    private static void tool(YamlWriter fm, ItemSource.ToolSource t) {
        if (t == null) {
            return;
        }
        fm.text("vorm", t.form())
                .text("duur", t.duration())
                .codes("taal", t.languages());
    }

    private static void organisation(YamlWriter fm, ItemSource.OrganisationSource o) {
        if (o == null) {
            return;
        }
        fm.text("soort", o.kind())
                .codes("werkgebied", o.workArea())
                .mapping("contact", new YamlWriter()
                        .text("web", o.web())
                        .text("email", o.email())
                        .text("telefoon", o.phone()));
    }

    private static void activity(YamlWriter fm, ItemSource.ActivitySource a) {
        if (a == null) {
            return;
        }
        fm.text("soort", a.kind())
                .date("start", a.start())
                .date("einde", a.end())
                .text("locatie", a.location())
                .bool("online", a.online())
                .text("inschrijven", a.registerUrl());
    }
}
