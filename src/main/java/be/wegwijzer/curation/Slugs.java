package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import java.text.Normalizer;

/** Web-address names from titles: "Hoe verlaag je de werkdruk?" → "hoe-verlaag-je-de-werkdruk". */
public final class Slugs {

    private Slugs() {}

    public static String of(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase();
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        int max = Item.SLUG_MAX_LENGTH - 5; // room for a suffix such as "-2026"
        return slug.length() > max ? slug.substring(0, max).replaceAll("-$", "") : slug;
    }
}
