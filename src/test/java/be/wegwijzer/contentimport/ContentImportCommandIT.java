package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.WegwijzerApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import as a command: prints its report and tells success by its exit code. */
class ContentImportCommandIT {

    @TempDir
    Path dir;

    @Test
    void refusesABrokenFolderWithExitCodeOneAndPrintsEveryProblem() {
        TestContent.breakFourWays(TestContent.copyTo(dir.resolve("content")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = ContentImportCommand.run(
                WegwijzerApplication.class,
                new String[] {"import", dir.resolve("content").toString(), "--wegwijzer.data-dir=" + dir.resolve("data")
                },
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).isEqualTo(1);
        assertThat(report)
                .contains(
                        "Import geweigerd: ",
                        "tools/werkstress-scan.md:4: Onbekende thema 'werkstres'",
                        "praktijken/bakkerij-limburg.md:13:",
                        "fiches/telewerkkaart.md:1:",
                        "tools/kmo-gids.md:2: Ongeldige YAML");
    }

    @Test
    void importsAValidFolderWithExitCodeZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = ContentImportCommand.run(
                WegwijzerApplication.class,
                new String[] {"import", TestContent.CORPUS.toString(), "--wegwijzer.data-dir=" + dir.resolve("data")},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Import geslaagd: 13 nieuw");
    }

    @Test
    void checksAnExportedZipWithoutChangingAnything() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(TestContent.CORPUS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(
                        TestContent.CORPUS.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exitCode = ContentImportCommand.run(
                WegwijzerApplication.class,
                new String[] {"import", "--check", zip.toString(), "--wegwijzer.data-dir=" + dir.resolve("data")},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Controle geslaagd; er is nog niets gewijzigd. Importeren zou: 13 nieuw");
    }

    @Test
    void explainsItsUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = ContentImportCommand.run(
                WegwijzerApplication.class,
                new String[] {"import", "a", "b"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Gebruik: import");
    }
}
