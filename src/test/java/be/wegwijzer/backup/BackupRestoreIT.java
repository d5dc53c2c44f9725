package be.wegwijzer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.contentimport.ContentExporter;
import be.wegwijzer.contentimport.ExportFilter;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.curation.TestSources;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.search.SearchIndexAdmin;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.searchlog.LoggedSearch;
import be.wegwijzer.searchlog.SearchLogService;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backup of a portal with content, an edit, accounts and search-log rows, restored over a database that was
 * changed and damaged meanwhile, gives the same portal back: the same rows in every table, the same item pages and
 * search results. A broken or foreign archive is refused and changes nothing. Runs on the shared test database and
 * puts it back as it found it.
 */
@IntegrationTest
class BackupRestoreIT {

    private static final List<String> QUERIES =
            List.of("werkdruk", "telewerk", "werkbaarheidscheque", "stress kmo", "bakkerij");

    @Autowired
    BackupService backups;

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    ContentExporter exporter;

    @Autowired
    SearchService search;

    @Autowired
    SearchLogService searchLog;

    @Autowired
    ItemRepository items;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    SearchIndexAdmin indexAdmin;

    @TempDir
    Path dir;

    Path asFound;

    @BeforeEach
    void keepTheSharedDatabaseAsFound() {
        asFound = backups.backup(dir.resolve("as-found.zip")).file();
    }

    @AfterEach
    void putTheSharedDatabaseBack() {
        accounts.logout();
        backups.restore(asFound);
    }

    @Test
    void aRestoredBackupGivesBackTheSamePortal() throws Exception {
        accounts.create();
        accounts.loginAs(TestAccounts.EDITOR);
        long telewerkkaart = id("telewerkkaart");
        EditorItem opened = editor.load(telewerkkaart);
        editor.save(
                telewerkkaart,
                TestSources.with(opened.source(), "title", "Telewerkkaart met nieuwe afspraken"),
                opened.version(),
                "Titel verduidelijkt");
        accounts.logout(); // searches by staff are not logged
        searchLog.record(
                LoggedSearch.of("werkdruk in de bakkerij", Map.of("thema", List.of("werkdruk")), null), 2, false);
        searchLog.record(LoggedSearch.of("telewerk", Map.of(), "werkgevers"), 1, false);
        searchLog.awaitWrites(Duration.ofSeconds(10));
        Map<String, List<String>> tablesBefore = tables();
        // Scores depend on index statistics, which count replaced versions of edited items until segments merge; a
        // restored portal has a fresh index, so compare with the fresh index of the same data.
        indexAdmin.reindexAll();
        Map<String, String> searchesBefore = searches();
        Map<String, ItemSource> pagesBefore = pages();
        assertThat(tablesBefore.get("user_account")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(tablesBefore.get("search_event")).hasSizeGreaterThanOrEqualTo(2);

        BackupService.Backup backup = backups.backup(dir);

        assertThat(backup.file().getFileName().toString())
                .startsWith("wegwijzer-backup-")
                .endsWith(".zip");
        assertThat(backup.items()).isEqualTo(pagesBefore.size());
        assertThat(backup.rows()).containsEntry("item", (long) pagesBefore.size());
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .containsExactly("manifest.properties", "database.sql", "content.zip");
        }

        // meanwhile: an item deleted, another changed, accounts gone, the search log emptied by hand
        accounts.loginAs(TestAccounts.ADMIN);
        removals.delete(id("kmo-gids"), "per vergissing verwijderd");
        EditorItem current = editor.load(telewerkkaart);
        editor.save(
                telewerkkaart, TestSources.with(current.source(), "title", "Kapotte titel"), current.version(), null);
        accounts.logout();
        accounts.removeAll();
        sql("DELETE FROM search_event");
        assertThat(tables()).isNotEqualTo(tablesBefore);

        BackupService.Restore restore = backups.restore(backup.file());

        assertThat(restore.indexed()).isEqualTo(pagesBefore.size());
        Map<String, List<String>> tablesAfter = tables();
        assertThat(tablesAfter.keySet()).isEqualTo(tablesBefore.keySet());
        tablesBefore.forEach(
                (table, rows) -> assertThat(tablesAfter.get(table)).as(table).isEqualTo(rows));
        assertThat(pages()).isEqualTo(pagesBefore);
        assertThat(searches()).isEqualTo(searchesBefore);
        assertThat(items.findBySlug("telewerkkaart"))
                .get()
                .extracting(Item::getTitle)
                .isEqualTo("Telewerkkaart met nieuwe afspraken");
        // the restored portal works on: an edit after the restore is saved as usual
        accounts.loginAs(TestAccounts.EDITOR);
        EditorItem afterRestore = editor.load(telewerkkaart);
        editor.save(
                telewerkkaart,
                TestSources.with(afterRestore.source(), "title", "Telewerkkaart"),
                afterRestore.version(),
                null);
    }

    @Test
    void aForeignOrBrokenArchiveIsRefusedAndChangesNothing() throws Exception {
        Path backup = backups.backup(dir.resolve("good.zip")).file();
        Map<String, List<String>> before = tables();

        Path export = dir.resolve("export.zip");
        try (var out = Files.newOutputStream(export)) {
            exporter.export(out, ExportFilter.all());
        }
        assertRefused(export, "geen back-up van Wegwijzer Werkbaar Werk", "'import'");

        Path truncated = dir.resolve("truncated.zip");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, "geen zip-bestand of is beschadigd");

        Path tampered = rewrite(
                backup,
                "tampered.zip",
                "database.sql",
                sql -> sql.replace("INSERT INTO `item` (", "DELETE FROM `item`; INSERT INTO `item` ("));
        assertRefused(tampered, "controlesom");

        Path noDatabase = rewrite(backup, "no-database.zip", "database.sql", null);
        assertRefused(noDatabase, "database.sql ontbreekt");

        Path newer = rewrite(
                backup,
                "newer.zip",
                "manifest.properties",
                m -> m.replaceFirst("schema-version=\\S+", "schema-version=999"));
        assertRefused(newer, "nieuwere versie van de portaal");

        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void theDumpParserAcceptsOnlyTheLiteralsTheDumpWrites() {
        assertThat(DatabaseDump.isValueList("1,NULL,'it\\'s; fine',X'00FF',''")).isTrue();
        assertThat(DatabaseDump.isValueList("1); DROP TABLE item; (1")).isFalse();
        assertThat(DatabaseDump.isValueList("'unterminated")).isFalse();
        assertThat(DatabaseDump.isValueList("SLEEP(10)")).isFalse();
    }

    private void assertRefused(Path archive, String... messageParts) {
        assertThatThrownBy(() -> backups.restore(archive))
                .isInstanceOf(BackupException.class)
                .message()
                .contains(messageParts);
    }

    /** A copy of the archive with one entry rewritten ({@code edit}) or left out ({@code null}). */
    private Path rewrite(Path archive, String name, String entryName, UnaryOperator<String> edit) throws IOException {
        Path target = dir.resolve(name);
        try (ZipFile zip = new ZipFile(archive.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    if (edit == null) {
                        continue;
                    }
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return target;
    }

    /** Every row of every table, as the dump renders it. */
    private Map<String, List<String>> tables() throws SQLException, IOException {
        StringWriter dump = new StringWriter();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseDump.write(connection, dump);
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String table = null;
        for (String line : dump.toString().split("\n")) {
            if (line.startsWith("CREATE TABLE `")) {
                table = line.substring(14, line.indexOf('`', 14));
                rows.put(table, new ArrayList<>());
            } else if (line.startsWith("INSERT INTO `")) {
                rows.get(table).add(line);
            }
        }
        return rows;
    }

    /** What a visitor sees for a few searches: total and, per hit, slug, title and highlighted summary. */
    private Map<String, String> searches() {
        Map<String, String> results = new LinkedHashMap<>();
        for (String query : QUERIES) {
            SearchResult result = search.search(SearchRequest.of(query));
            results.put(
                    query,
                    result.total() + ": "
                            + result.hits().stream()
                                    .map(h -> h.slug() + "|" + h.title() + "|" + h.summaryHighlight())
                                    .collect(Collectors.joining("; ")));
        }
        return results;
    }

    /** Every item as its page is built from: the stored item in its file form. */
    private Map<String, ItemSource> pages() {
        Map<String, ItemSource> pages = new LinkedHashMap<>();
        items.findAll().stream()
                .map(Item::getSlug)
                .sorted()
                .forEach(slug -> pages.put(slug, exporter.item(slug).orElseThrow()));
        return pages;
    }

    private long id(String slug) {
        return items.findBySlug(slug).orElseThrow().getId();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
