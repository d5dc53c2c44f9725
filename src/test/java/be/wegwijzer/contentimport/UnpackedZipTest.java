package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.itemfile.ContentProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UnpackedZipTest {

    @Test
    void unpacksTheContentFolderAndDeletesItWhenClosed() throws IOException {
        Path root;
        try (UnpackedZip unpacked =
                UnpackedZip.unpack(zip(Map.of("taxonomie/themas.yml", "[]\n", "tools/a.md", "---\n")))) {
            assertThat(unpacked.problems()).isEmpty();
            root = unpacked.root();
            assertThat(Files.readString(root.resolve("tools/a.md"))).isEqualTo("---\n");
        }
        assertThat(root).doesNotExist();
    }

    @Test
    void looksInsideTheOneFolderThatWrapsEverything() {
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip(Map.of(
                "content/taxonomie/themas.yml",
                "[]\n",
                "content/tools/a.md",
                "---\n",
                "__MACOSX/content/._a.md",
                "x")))) {
            assertThat(unpacked.root().getFileName()).hasToString("content");
            assertThat(unpacked.root().resolve("tools/a.md")).exists();
        }
    }

    @Test
    void refusesEntriesThatPointOutsideTheFolder() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("taxonomie/themas.yml", "[]\n");
        entries.put("../evil.md", "x");
        entries.put("tools/../../evil.md", "x");
        entries.put("..\\evil.md", "x");
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip(entries))) {
            assertThat(unpacked.problems())
                    .extracting(ContentProblem::format)
                    .containsExactly(
                            "zip-bestand: '../evil.md' wijst naar een plaats buiten de contentmap. — " + hint(),
                            "zip-bestand: 'tools/../../evil.md' wijst naar een plaats buiten de contentmap. — "
                                    + hint(),
                            "zip-bestand: '..\\evil.md' wijst naar een plaats buiten de contentmap. — " + hint());
            assertThat(unpacked.root().getParent().resolve("evil.md")).doesNotExist();
        }
    }

    @Test
    void refusesAbsolutePaths() {
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip(Map.of("/etc/evil.md", "x", "C:/evil.md", "x")))) {
            assertThat(unpacked.problems())
                    .extracting(ContentProblem::message)
                    .containsExactlyInAnyOrder(
                            "'/etc/evil.md' is een absoluut pad.", "'C:/evil.md' is een absoluut pad.");
        }
    }

    @Test
    void refusesAPathThatAppearsTwice() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("tools/a.md", "eerste");
        entries.put("tools/./a.md", "tweede");
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip(entries))) {
            assertThat(unpacked.problems())
                    .extracting(ContentProblem::message)
                    .containsExactly("'tools/./a.md' staat twee keer in het zip-bestand.");
        }
    }

    @Test
    void refusesMoreEntriesThanTheLimit() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entries.put("tools/t" + i + ".md", "x");
        }
        try (UnpackedZip unpacked = UnpackedZip.unpack(zip(entries), 3, 1000)) {
            assertThat(unpacked.problems())
                    .extracting(ContentProblem::message)
                    .containsExactly("Het zip-bestand bevat meer dan 3 bestanden.");
        }
    }

    @Test
    void refusesMoreBytesThanTheLimitCountingWhatIsUnpackedNotWhatTheZipClaims() {
        // 3 MB of zeros compress to a few kilobytes
        try (UnpackedZip unpacked =
                UnpackedZip.unpack(zip(Map.of("tools/bom.md", "\0".repeat(3 * 1024 * 1024))), 10, 2 * 1024 * 1024)) {
            assertThat(unpacked.problems())
                    .extracting(ContentProblem::message)
                    .containsExactly("Het zip-bestand is uitgepakt groter dan 2 MB.");
        }
    }

    @Test
    void refusesSomethingThatIsNotAZip() {
        try (UnpackedZip unpacked =
                UnpackedZip.unpack(new ByteArrayInputStream("geen zip".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(unpacked.problems())
                    .extracting(ContentProblem::message)
                    .containsExactly("Het zip-bestand is leeg of is geen zip-bestand.");
        }
    }

    private static String hint() {
        return "Maak het zip-bestand met de export van de portaal, of zip de inhoud van de contentmap "
                + "(taxonomie/, tools/, fiches/, ...) zonder andere bestanden.";
    }

    static ByteArrayInputStream zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
