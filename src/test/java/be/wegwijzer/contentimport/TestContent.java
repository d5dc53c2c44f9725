package be.wegwijzer.contentimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A writable copy of the fixed test corpus, to break on purpose. */
public final class TestContent {

    public static final Path CORPUS = Path.of("src/test/resources/testcontent");

    private TestContent() {}

    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(CORPUS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path root, String relative, String text) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void replace(Path root, String relative, String from, String to) {
        try {
            Path file = root.resolve(relative);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relative + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a folder into the state the acceptance criterion names: four different mistakes at once. */
    public static void breakFourWays(Path root) {
        replace(root, "tools/werkstress-scan.md", "themas: [werkstress, werkdruk]", "themas: [werkstres, werkdruk]");
        replace(root, "praktijken/bakkerij-limburg.md", "bron_datum: 2026-11-01", "bron_datum: 2026-13-45");
        write(root, "fiches/telewerkkaart.md", "---\ntitel: Dubbel\n---\n");
        replace(
                root,
                "tools/kmo-gids.md",
                "titel: Gids voor kmo's zonder HR-dienst",
                "titel: Gids: voor kmo's zonder HR-dienst");
    }

    /** A folder as a zip, as the export writes it. */
    public static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
