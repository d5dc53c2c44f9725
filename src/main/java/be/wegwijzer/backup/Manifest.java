package be.wegwijzer.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code manifest.properties} of a backup: what made it, when, at which schema version, the row count of every table
 * and the checksums of the two other files. Restore trusts nothing in an archive that this does not vouch for.
 *
 * @param schemaVersion the Flyway version of the database when it was dumped
 * @param rows          rows per table in {@code database.sql}
 * @param items         item files in {@code content.zip}
 */
record Manifest(
        Instant created,
        String schemaVersion,
        Map<String, Long> rows,
        int items,
        String databaseSha256,
        String contentSha256) {

    static final String FILE = "manifest.properties";
    static final String DATABASE_FILE = "database.sql";
    static final String CONTENT_FILE = "content.zip";
    private static final String FORMAT = "wegwijzer-backup";
    private static final String FORMAT_VERSION = "1";

    String write() {
        StringBuilder out =
                new StringBuilder("# Back-up van Wegwijzer Werkbaar Werk; terugzetten met: restore <dit bestand>\n");
        out.append("format=").append(FORMAT).append('\n');
        out.append("format-version=").append(FORMAT_VERSION).append('\n');
        out.append("created=").append(created).append('\n');
        out.append("schema-version=").append(schemaVersion).append('\n');
        out.append("content-items=").append(items).append('\n');
        out.append("sha256.")
                .append(DATABASE_FILE)
                .append('=')
                .append(databaseSha256)
                .append('\n');
        out.append("sha256.")
                .append(CONTENT_FILE)
                .append('=')
                .append(contentSha256)
                .append('\n');
        rows.forEach((table, count) ->
                out.append("rows.").append(table).append('=').append(count).append('\n'));
        return out.toString();
    }

    static Manifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new BackupException(
                    "Dit is geen back-up van Wegwijzer Werkbaar Werk (" + FILE + " noemt een ander formaat).");
        }
        if (!FORMAT_VERSION.equals(p.getProperty("format-version"))) {
            throw new BackupException("Deze back-up heeft formaatversie " + p.getProperty("format-version")
                    + "; deze versie van de portaal leest alleen versie " + FORMAT_VERSION + ".");
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            p.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("rows."))
                    .sorted()
                    .forEach(k -> rows.put(k.substring(5), Long.parseLong(p.getProperty(k))));
            return new Manifest(
                    Instant.parse(required(p, "created")),
                    required(p, "schema-version"),
                    rows,
                    Integer.parseInt(required(p, "content-items")),
                    required(p, "sha256." + DATABASE_FILE),
                    required(p, "sha256." + CONTENT_FILE));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BackupException(FILE + " is beschadigd: " + e.getMessage());
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new BackupException(FILE + " is onvolledig: '" + key + "' ontbreekt.");
        }
        return value.strip();
    }
}
