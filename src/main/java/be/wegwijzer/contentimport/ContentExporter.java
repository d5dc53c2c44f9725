package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.AudienceRepository;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.RegionRepository;
import be.wegwijzer.catalog.SectorRepository;
import be.wegwijzer.catalog.ThemeRepository;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.ItemSourceWriter;
import be.wegwijzer.search.SynonymService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the stored content as a zip with the layout of {@code content/} (docs/content-format.md): the five
 * taxonomy files and one file per item. {@link ContentImporter#importZip} reads such a zip back.
 */
@Service
@Transactional(readOnly = true)
public class ContentExporter {

    private final ItemRepository items;
    private final ThemeRepository themes;
    private final AudienceRepository audiences;
    private final SectorRepository sectors;
    private final RegionRepository regions;
    private final SynonymService synonyms;
    private final Clock clock;

    ContentExporter(
            ItemRepository items,
            ThemeRepository themes,
            AudienceRepository audiences,
            SectorRepository sectors,
            RegionRepository regions,
            SynonymService synonyms,
            Clock clock) {
        this.items = items;
        this.themes = themes;
        this.audiences = audiences;
        this.sectors = sectors;
        this.regions = regions;
        this.synonyms = synonyms;
        this.clock = clock;
    }

    /**
     * Writes the zip to {@code zip} and finishes it, without closing the stream. The taxonomy is always whole;
     * references to items outside the filter stay as they are, so such a zip is only valid next to those items.
     *
     * @return the number of item files written
     */
    public int export(OutputStream zip, ExportFilter filter) {
        List<Item> selected = items.findAll().stream()
                .filter(filter::includes)
                .sorted(Comparator.comparing(Item::getType).thenComparing(Item::getSlug))
                .toList();
        try {
            ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> file :
                    TaxonomyWriter.write(taxonomy()).entrySet()) {
                add(out, file.getKey(), file.getValue());
            }
            for (Item item : selected) {
                ItemSource source = ItemMapper.toSource(item);
                add(out, ItemSourceWriter.path(source), ItemSourceWriter.write(source));
            }
            out.finish();
            return selected.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
    }

    /** The stored taxonomy as the taxonomy files would give it. */
    public TaxonomySource taxonomy() {
        return TaxonomyMapper.toSource(
                themes.findAll(), audiences.findAll(), sectors.findAll(), regions.findAll(), synonyms.stored());
    }

    /** The stored item as its content file would give it, e.g. for an editor that starts from the file form. */
    public Optional<ItemSource> item(String slug) {
        return items.findBySlug(slug).map(ItemMapper::toSource);
    }

    private void add(ZipOutputStream out, String path, String text) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(clock.millis());
        out.putNextEntry(entry);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
