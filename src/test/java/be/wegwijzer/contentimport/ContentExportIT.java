package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.itemfile.ItemSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The round trip with files on the real corpus: database → zip → database changes nothing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentExportIT {

    static final Path CONTENT = Path.of("content");
    static final List<String> TAXONOMY_FILES = List.of(
            "taxonomie/themas.yml",
            "taxonomie/doelgroepen.yml",
            "taxonomie/sectoren.yml",
            "taxonomie/regios.yml",
            "taxonomie/synoniemen.yml");

    @Autowired
    ContentImporter importer;

    @Autowired
    ContentExporter exporter;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transaction;

    ContentSet original;

    @BeforeAll
    void importTheRealCorpus() {
        assertThat(importer.importFolder(CONTENT).problems()).isEmpty();
        original = ContentParser.parse(CONTENT);
    }

    @AfterAll
    void restoreTheTestCorpus() {
        assertThat(importer.importFolder(TestContent.CORPUS).succeeded()).isTrue();
    }

    @Test
    void theWholeCorpusExportedAndImportedAgainIsReproducedExactly() {
        Map<String, Long> versionsBefore = versions();
        byte[] zip = export(ExportFilter.all());

        ImportReport report = importer.importZip(new ByteArrayInputStream(zip));

        assertThat(report.problems()).isEmpty();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.created() + report.updated() + report.deleted()).isZero();
        assertThat(report.unchanged()).isEqualTo(original.items().size());
        assertThat(report.taxonomyChanged()).isFalse();
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(storedSources())
                .isEqualTo(original.items().stream()
                        .map(i -> ItemMapper.asStored(i.source()))
                        .collect(Collectors.toMap(ItemSource::slug, Function.identity())));
        assertThat(canonical(exporter.taxonomy())).isEqualTo(canonical(original.taxonomy()));
        assertThat(files(export(ExportFilter.all()))).isEqualTo(files(zip));
    }

    @Test
    void theZipHoldsTheTaxonomyAndOneFileInItsFolderPerItem() {
        Map<String, String> files = files(export(ExportFilter.all()));

        assertThat(files.keySet())
                .containsAll(TAXONOMY_FILES)
                .hasSize(TAXONOMY_FILES.size() + original.items().size())
                .containsAll(original.items().stream()
                        .map(ContentSet.ParsedItem::file)
                        .toList());
        assertThat(files.get("maatregelen/werkbaarheidscheque.md")).startsWith("---\ntitel: Werkbaarheidscheque\n");
    }

    @Test
    void aStoredItemCanBeReadInItsFileForm() {
        ItemSource cheque = original.items().stream()
                .map(ContentSet.ParsedItem::source)
                .filter(s -> s.slug().equals("werkbaarheidscheque"))
                .findFirst()
                .orElseThrow();

        assertThat(exporter.item("werkbaarheidscheque")).contains(ItemMapper.asStored(cheque));
        assertThat(exporter.item("bestaat-niet")).isEmpty();
    }

    @Test
    void aFilteredExportHoldsOnlyTheChosenItemsAndTheWholeTaxonomy() {
        Map<String, String> tools =
                files(export(new ExportFilter(Set.of(ItemType.TOOL), Set.of(ItemStatus.GEPUBLICEERD), "alimento")));
        Map<String, String> alimento = files(export(new ExportFilter(null, null, "alimento")));

        assertThat(tools.keySet())
                .containsAll(TAXONOMY_FILES)
                .filteredOn(path -> !path.startsWith("taxonomie/"))
                .containsExactlyInAnyOrderElementsOf(
                        originalFiles(s -> s.type() == ItemType.TOOL && "alimento".equals(s.owner())))
                .isNotEmpty();
        assertThat(tools.get("taxonomie/themas.yml"))
                .isEqualTo(files(export(ExportFilter.all())).get("taxonomie/themas.yml"));
        // references to items outside the export stay as they are
        assertThat(tools.get("tools/alimento-hr-scan.md"))
                .contains(
                        "organisatie: alimento\n",
                        "  - organisaties/alimento\n",
                        "  - maatregelen/alimento-ondersteuning-voedingsbedrijven\n");
        assertThat(alimento.keySet())
                .filteredOn(path -> !path.startsWith("taxonomie/"))
                .containsExactlyInAnyOrderElementsOf(originalFiles(
                        s -> "alimento".equals(s.owner()) || s.slug().equals("alimento")));
    }

    @Test
    void aZipWithAPathOutsideTheContentFolderIsRefusedAndChangesNothing() {
        Map<String, String> files = files(export(ExportFilter.all()));
        files.put("../evil.md", "---\ntitel: Kwaad\n---\n");
        Map<String, Long> versionsBefore = versions();

        ImportReport report = importer.importZip(UnpackedZipTest.zip(files));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.format())
                .startsWith("Import geweigerd: 1 probleem. Er is niets gewijzigd")
                .contains("zip-bestand: '../evil.md' wijst naar een plaats buiten de contentmap.");
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void aZipWithABrokenFileIsRefusedWithFileAndLineAndChangesNothing() {
        Map<String, String> files = files(export(ExportFilter.all()));
        String broken = files.get("tools/alimento-hr-scan.md")
                .replace("herzien_tegen: 2027-11-22", "herzien_tegen: 2026-13-45");
        files.put("tools/alimento-hr-scan.md", broken);
        files.put(
                "tools/alimento-ergonomiescan.md",
                files.get("tools/alimento-ergonomiescan.md")
                        .replace("titel: Ergonomiescan van Alimento", "titel: Een nieuwe titel die niet mag aankomen"));
        Map<String, Long> versionsBefore = versions();

        ImportReport report = importer.importZip(UnpackedZipTest.zip(files));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.format())
                .startsWith("Import geweigerd")
                .contains("tools/alimento-hr-scan.md:" + lineOf(broken, "2026-13-45")
                        + ": '2026-13-45' in 'herzien_tegen' is geen geldige datum.");
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(items.findBySlug("alimento-ergonomiescan"))
                .get()
                .extracting(Item::getTitle)
                .isEqualTo("Ergonomiescan van Alimento");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private byte[] export(ExportFilter filter) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        exporter.export(zip, filter);
        return zip.toByteArray();
    }

    /** Path to text of every file in the zip, in zip order. */
    private static Map<String, String> files(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private List<String> originalFiles(Predicate<ItemSource> filter) {
        return original.items().stream()
                .filter(i -> filter.test(i.source()))
                .map(ContentSet.ParsedItem::file)
                .toList();
    }

    private Map<String, ItemSource> storedSources() {
        return transaction.execute(
                status -> items.findAll().stream().collect(Collectors.toMap(Item::getSlug, ItemMapper::toSource)));
    }

    private Map<String, Long> versions() {
        return items.findAll().stream().collect(Collectors.toMap(Item::getSlug, Item::getVersion));
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    /**
     * The taxonomy as the database keeps it: terms have a {@code volgorde} but no position in a file, and a
     * stored search keeps no order of the codes within a filter.
     */
    private static TaxonomySource canonical(TaxonomySource t) {
        return new TaxonomySource(
                t.themes().stream()
                        .sorted(Comparator.comparing(TaxonomySource.ThemeSource::code))
                        .toList(),
                t.audiences().stream()
                        .sorted(Comparator.comparing(TaxonomySource.AudienceSource::code))
                        .map(a -> new TaxonomySource.AudienceSource(
                                a.code(),
                                a.label(),
                                a.explanation(),
                                a.order(),
                                a.intro(),
                                a.entries().stream()
                                        .map(e -> new TaxonomySource.EntrySource(
                                                e.label(),
                                                e.words(),
                                                e.filters().entrySet().stream()
                                                        .collect(Collectors.toMap(
                                                                Map.Entry::getKey,
                                                                f -> f.getValue().stream()
                                                                        .distinct()
                                                                        .sorted()
                                                                        .toList()))))
                                        .toList(),
                                a.highlights()))
                        .toList(),
                t.sectors().stream()
                        .sorted(Comparator.comparing(TaxonomySource.SectorSource::code))
                        .toList(),
                t.regions().stream()
                        .sorted(Comparator.comparing(TaxonomySource.RegionSource::code))
                        .toList(),
                t.synonymGroups());
    }
}
