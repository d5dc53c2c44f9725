package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Set;

/** Maps the front matter of one item file onto an {@link ItemSource}; type problems are reported by {@link YamlMapping}. */
final class ItemSourceReader {

    private ItemSourceReader() {}

    static ItemSource read(ItemType type, String slug, YamlMapping fm, String body) {
        List<ItemSource.LinkSource> links = fm.mappings("links").stream()
                .peek(m -> m.rejectUnknownFields(Set.of("label", "url")))
                .map(m -> new ItemSource.LinkSource(m.text("label"), m.text("url")))
                .toList();
        Boolean needsVerification = fm.bool("te_verifieren");
        return new ItemSource(
                type,
                slug,
                fm.text("titel"),
                fm.text("samenvatting"),
                fm.texts("themas"),
                fm.texts("doelgroepen"),
                fm.texts("sectoren"),
                fm.texts("regios"),
                fm.texts("grootte"),
                fm.text("niveau"),
                fm.text("kosten"),
                fm.text("organisatie"),
                fm.texts("gerelateerd"),
                links,
                fm.text("bron"),
                fm.text("bron_adres"),
                fm.text("bron_datum"),
                fm.date("nagekeken_op"),
                fm.text("nagekeken_door"),
                fm.date("herzien_tegen"),
                Boolean.TRUE.equals(needsVerification),
                fm.text("verificatie"),
                TypeFormats.read(type, fm),
                body);
    }
}
