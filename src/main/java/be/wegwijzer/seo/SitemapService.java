package be.wegwijzer.seo;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.Theme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses a search engine should know: the main pages, every theme and audience page and every published
 * item. An item's last change is its lastmod (its change date, not a verification date); a theme's or audience's is
 * the newest change among its items, and a main page's the newest change of all.
 */
@Service
@Transactional(readOnly = true)
public class SitemapService {

    /** The public pages that are not an item, a theme or an audience. */
    static final List<String> MAIN_PAGES =
            List.of("/", "/zoeken", "/steunzoeker", "/scan", "/wie-helpt", "/themas", "/agenda", "/toegankelijkheid");

    private final CatalogService catalog;
    private final TaxonomyService taxonomy;

    SitemapService(CatalogService catalog, TaxonomyService taxonomy) {
        this.catalog = catalog;
        this.taxonomy = taxonomy;
    }

    /** @param lastModified null when nothing tells when the page changed */
    record Entry(String path, Instant lastModified) {}

    List<Entry> entries() {
        List<Item> items = catalog.allPublished();
        Map<String, Instant> themes = new HashMap<>();
        Map<String, Instant> audiences = new HashMap<>();
        Instant newest = null;
        List<Entry> itemEntries = new ArrayList<>();
        for (Item item : items) {
            Instant changed = item.getUpdatedAt();
            newest = later(newest, changed);
            item.classification().getThemes().stream()
                    .flatMap(t -> t.withAncestors().stream())
                    .map(Theme::getCode)
                    .forEach(code -> themes.merge(code, changed, SitemapService::later));
            item.classification().getAudiences().stream()
                    .map(Audience::getCode)
                    .forEach(code -> audiences.merge(code, changed, SitemapService::later));
            itemEntries.add(new Entry(item.path(), changed));
        }
        List<Entry> entries = new ArrayList<>();
        for (String page : MAIN_PAGES) {
            entries.add(new Entry(page, newest));
        }
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        terms.themes().forEach(t -> entries.add(new Entry("/thema/" + encode(t.code()), themes.get(t.code()))));
        terms.audiences().forEach(a -> entries.add(new Entry("/voor/" + encode(a.code()), audiences.get(a.code()))));
        entries.addAll(itemEntries);
        return entries;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
