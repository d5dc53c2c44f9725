package be.wegwijzer.backup;

import be.wegwijzer.catalog.TaxonomyChangedEvent;
import be.wegwijzer.contentimport.ContentExporter;
import be.wegwijzer.contentimport.ExportFilter;
import be.wegwijzer.search.SearchIndexAdmin;
import be.wegwijzer.search.SynonymsChangedEvent;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Backs up the portal into one zip and restores it (docs/deployment.md, "Backup and restore"). The zip holds
 * {@code manifest.properties} (date, schema version, rows per table, checksums), {@code database.sql} (everything in
 * MariaDB: content, history, accounts, search log; see {@link DatabaseDump}) and {@code content.zip} (the content as
 * the editors' export writes it, readable without the portal and importable into another one). The search index is
 * derived and not in the backup; a restore rebuilds it.
 *
 * <p>A restore checks the whole archive before it touches the database; a broken or foreign archive changes nothing.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final ContentExporter exporter;
    private final SearchIndexAdmin indexAdmin;
    private final EntityManagerFactory entityManagerFactory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BackupService(
            DataSource dataSource,
            Flyway flyway,
            ContentExporter exporter,
            SearchIndexAdmin indexAdmin,
            EntityManagerFactory entityManagerFactory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.exporter = exporter;
        this.indexAdmin = indexAdmin;
        this.entityManagerFactory = entityManagerFactory;
        this.events = events;
        this.clock = clock;
    }

    public record Backup(Path file, Instant created, String schemaVersion, Map<String, Long> rows, int items) {}

    public record Restore(Instant created, String schemaVersion, Map<String, Long> rows, int items, long indexed) {}

    /**
     * Writes a backup to {@code target}: that file, or a new {@code wegwijzer-backup-<time>.zip} when it is a folder.
     * The archive appears only when complete; an existing file is never overwritten.
     */
    public Backup backup(Path target) {
        Instant created = clock.instant();
        Path file = Files.isDirectory(target)
                ? target.resolve("wegwijzer-backup-" + FILE_TIME.format(created) + ".zip")
                : target;
        if (Files.exists(file)) {
            throw new BackupException(
                    file + " bestaat al. Kies een andere naam of een map; een back-up overschrijft niets.");
        }
        Path folder = file.toAbsolutePath().getParent();
        Path database = null;
        Path content = null;
        Path partial = null;
        try {
            Files.createDirectories(folder);
            database = Files.createTempFile(folder, ".wegwijzer-backup-", ".sql");
            content = Files.createTempFile(folder, ".wegwijzer-backup-", ".zip");
            partial = Files.createTempFile(folder, ".wegwijzer-backup-", ".part");
            MessageDigest databaseDigest = sha256();
            Map<String, Long> rows;
            try (Connection connection = dataSource.getConnection();
                    Writer out = new OutputStreamWriter(
                            new DigestOutputStream(Files.newOutputStream(database), databaseDigest),
                            StandardCharsets.UTF_8)) {
                rows = DatabaseDump.write(connection, out);
            }
            MessageDigest contentDigest = sha256();
            int items;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(content), contentDigest)) {
                items = exporter.export(out, ExportFilter.all());
            }
            Manifest manifest = new Manifest(
                    created,
                    schemaVersion(),
                    rows,
                    items,
                    HexFormat.of().formatHex(databaseDigest.digest()),
                    HexFormat.of().formatHex(contentDigest.digest()));
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry(Manifest.FILE));
                zip.write(manifest.write().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(Manifest.DATABASE_FILE));
                Files.copy(database, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(Manifest.CONTENT_FILE));
                Files.copy(content, zip);
                zip.closeEntry();
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info(
                    "Backup written to {}: schema {}, {} tables, {} items",
                    file,
                    manifest.schemaVersion(),
                    rows.size(),
                    items);
            return new Backup(file, created, manifest.schemaVersion(), rows, items);
        } catch (SQLException e) {
            throw new BackupException("De database kon niet gelezen worden: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new BackupException(
                    "De back-up kon niet geschreven worden in " + folder + ": " + e.getMessage()
                            + ". Is er plaats genoeg en mag de portaal in die map schrijven?",
                    e);
        } finally {
            deleteQuietly(database);
            deleteQuietly(content);
            deleteQuietly(partial);
        }
    }

    /**
     * Replaces the whole database by the one in the archive, migrates it to this portal's schema when it is older
     * and rebuilds the search index. The archive is checked completely first (manifest, checksums, every line of the
     * dump, the content zip); when anything is wrong it throws and the database is untouched.
     */
    public Restore restore(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException(archive + " bestaat niet of is geen bestand.");
        }
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Manifest manifest = check(zip);
            try (Connection connection = dataSource.getConnection();
                    Reader in = reader(zip, Manifest.DATABASE_FILE)) {
                DatabaseDump.load(connection, in);
            } catch (SQLException e) {
                throw new BackupException(
                        "Terugzetten mislukt bij het schrijven in de database: " + e.getMessage()
                                + ". De database is nu onvolledig: zet dezelfde of een andere back-up terug voor je de portaal start.",
                        e);
            }
            flyway.migrate();
            entityManagerFactory.getCache().evictAll();
            events.publishEvent(new TaxonomyChangedEvent());
            events.publishEvent(new SynonymsChangedEvent());
            long indexed = indexAdmin.reindexAll();
            log.info(
                    "Restored {} (made {}, schema {}); index rebuilt with {} items",
                    archive,
                    manifest.created(),
                    manifest.schemaVersion(),
                    indexed);
            return new Restore(
                    manifest.created(), manifest.schemaVersion(), manifest.rows(), manifest.items(), indexed);
        } catch (ZipException e) {
            throw new BackupException(archive + " is geen zip-bestand of is beschadigd (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new BackupException(archive + " kan niet gelezen worden: " + e.getMessage(), e);
        }
    }

    /** Everything restore relies on, checked without touching the database. */
    private Manifest check(ZipFile zip) throws IOException {
        if (zip.getEntry(Manifest.FILE) == null) {
            throw new BackupException(
                    "Dit is geen back-up van Wegwijzer Werkbaar Werk: " + Manifest.FILE + " ontbreekt. "
                            + "Een zip van de export van de redactie lees je in met 'import', niet met 'restore'.");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(zip.getEntry(Manifest.FILE))) {
            manifest = Manifest.read(in);
        }
        for (String name : new String[] {Manifest.DATABASE_FILE, Manifest.CONTENT_FILE}) {
            if (zip.getEntry(name) == null) {
                throw new BackupException("De back-up is onvolledig: " + name + " ontbreekt.");
            }
        }
        if (!sha256(zip, Manifest.DATABASE_FILE).equals(manifest.databaseSha256())
                || !sha256(zip, Manifest.CONTENT_FILE).equals(manifest.contentSha256())) {
            throw new BackupException(
                    "De back-up is beschadigd of gewijzigd: de controlesom van " + Manifest.DATABASE_FILE + " of "
                            + Manifest.CONTENT_FILE + " klopt niet met " + Manifest.FILE + ".");
        }
        Map<String, Long> rows;
        try (Reader in = reader(zip, Manifest.DATABASE_FILE)) {
            rows = DatabaseDump.check(in);
        }
        if (!rows.equals(manifest.rows())) {
            throw new BackupException("De back-up is beschadigd: het aantal rijen per tabel in "
                    + Manifest.DATABASE_FILE + " klopt niet met " + Manifest.FILE + ".");
        }
        if (!rows.containsKey("item") || !rows.containsKey("flyway_schema_history")) {
            throw new BackupException("Deze databasedump bevat de tabellen van de portaal niet.");
        }
        int items = contentItems(zip);
        if (items != manifest.items()) {
            throw new BackupException("De back-up is beschadigd: " + Manifest.CONTENT_FILE + " bevat " + items
                    + " items, " + Manifest.FILE + " zegt " + manifest.items() + ".");
        }
        MigrationInfo current = flyway.info().current();
        MigrationVersion ours = current == null ? MigrationVersion.EMPTY : current.getVersion();
        MigrationVersion theirs;
        try {
            theirs = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new BackupException(
                    Manifest.FILE + " is beschadigd: schemaversie '" + manifest.schemaVersion() + "'.");
        }
        if (theirs.compareTo(ours) > 0) {
            throw new BackupException("Deze back-up komt van een nieuwere versie van de portaal (schema " + theirs
                    + ", deze versie kent tot " + ours + "). Zet hem terug met die versie of een nieuwere.");
        }
        return manifest;
    }

    private static int contentItems(ZipFile zip) throws IOException {
        int items = 0;
        try (ZipInputStream content =
                new ZipInputStream(zip.getInputStream(zip.getEntry(Manifest.CONTENT_FILE)), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = content.getNextEntry(); entry != null; entry = content.getNextEntry()) {
                if (entry.getName().endsWith(".md")) {
                    items++;
                }
            }
        } catch (ZipException e) {
            throw new BackupException(Manifest.CONTENT_FILE + " in de back-up is beschadigd: " + e.getMessage());
        }
        return items;
    }

    private String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private static Reader reader(ZipFile zip, String name) throws IOException {
        return new InputStreamReader(zip.getInputStream(zip.getEntry(name)), StandardCharsets.UTF_8);
    }

    private static String sha256(ZipFile zip, String name) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(name)), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }
}
