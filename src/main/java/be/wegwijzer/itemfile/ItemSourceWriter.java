package be.wegwijzer.itemfile;

/**
 * Writes an {@link ItemSource} as a content file: the inverse of {@link ItemSourceReader}. Fields follow the
 * order of docs/content-format.md (common fields, then those of the type); absent and empty values are left out.
 */
public final class ItemSourceWriter {

    private ItemSourceWriter() {}

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
                .mappings(
                        "links",
                        source.links().stream()
                                .map(l -> new YamlWriter()
                                        .text("label", l.label())
                                        .text("url", l.url()))
                                .toList())
                .text("bron", source.source())
                .text("bron_adres", source.sourceAddress())
                .plain("bron_datum", source.sourceDate())
                .date("nagekeken_op", source.verifiedOn())
                .text("nagekeken_door", source.verifiedBy())
                .date("herzien_tegen", source.reviewBy())
                .bool("te_verifieren", source.needsVerification() ? Boolean.TRUE : null)
                .prose("verificatie", source.verificationNote());
        source.details().write(fm);
        String body =
                source.body() == null ? "" : source.body().replace("\r\n", "\n").strip();
        return "---\n" + fm.toYaml() + "---\n" + (body.isEmpty() ? "" : body + "\n");
    }
}
