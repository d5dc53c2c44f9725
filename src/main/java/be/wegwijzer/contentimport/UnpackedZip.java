package be.wegwijzer.contentimport;

import be.wegwijzer.itemfile.ContentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A zip unpacked into a temporary folder so that the importer can read it like any content folder. Anything
 * unsafe (a path outside the folder, too many entries, too many bytes) is a problem that refuses the whole zip;
 * the limits count what is actually unpacked, not what the zip claims. Closing deletes the folder.
 */
final class UnpackedZip implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UnpackedZip.class);

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 200L * 1024 * 1024;
    /** How problems about the zip as a whole name their "file". */
    static final String NAME = "zip-bestand";

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final String HINT =
            "Maak het zip-bestand met de export van de portaal, of zip de inhoud van de contentmap "
                    + "(taxonomie/, tools/, fiches/, ...) zonder andere bestanden.";

    private final Path folder;
    private final List<ContentProblem> problems = new ArrayList<>();
    private Path root;

    private UnpackedZip(Path folder) {
        this.folder = folder;
        this.root = folder;
    }

    static UnpackedZip unpack(InputStream zip) {
        return unpack(zip, MAX_ENTRIES, MAX_BYTES);
    }

    static UnpackedZip unpack(InputStream zip, int maxEntries, long maxBytes) {
        UnpackedZip unpacked;
        try {
            unpacked = new UnpackedZip(
                    Files.createTempDirectory("wegwijzer-import-").toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the zip", e);
        }
        unpacked.read(zip, maxEntries, maxBytes);
        unpacked.findContentRoot();
        return unpacked;
    }

    /** The content folder: the zip's top level, or its only folder when the zip wraps everything in one. */
    Path root() {
        return root;
    }

    List<ContentProblem> problems() {
        return List.copyOf(problems);
    }

    private void read(InputStream in, int maxEntries, long maxBytes) {
        int entries = 0;
        long bytes = 0;
        String name = null;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                name = entry.getName();
                if (++entries > maxEntries) {
                    problem("Het zip-bestand bevat meer dan " + maxEntries + " bestanden.", HINT);
                    return;
                }
                Path target = target(name);
                if (target == null || entry.isDirectory()) {
                    if (target != null) {
                        Files.createDirectories(target);
                    }
                    continue;
                }
                try {
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                        bytes += copy(zip, out, maxBytes - bytes);
                    }
                } catch (FileAlreadyExistsException e) {
                    problem("'" + name + "' staat twee keer in het zip-bestand.", HINT);
                }
                if (bytes > maxBytes) {
                    problem("Het zip-bestand is uitgepakt groter dan " + maxBytes / (1024 * 1024) + " MB.", HINT);
                    return;
                }
            }
            if (entries == 0) {
                problem("Het zip-bestand is leeg of is geen zip-bestand.", HINT);
            }
        } catch (ZipException e) {
            problem(
                    "Het zip-bestand is beschadigd" + (name == null ? "" : " na '" + name + "'") + ": " + e.getMessage()
                            + ".",
                    "Maak het zip-bestand opnieuw.");
        } catch (IllegalArgumentException e) {
            // ZipInputStream reports a name that is not UTF-8 this way
            problem(
                    "Een bestandsnaam in het zip-bestand is geen UTF-8.",
                    "Maak het zip-bestand opnieuw met de export van de portaal.");
        } catch (IOException e) {
            problem("Het zip-bestand kan niet gelezen worden: " + e.getMessage(), "Probeer het opnieuw.");
        }
    }

    /** Where an entry goes, or null (with a problem) when its name points outside the folder. */
    private Path target(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            problem("'" + name + "' is een absoluut pad.", HINT);
            return null;
        }
        if (Stream.of(path.split("/")).anyMatch(".."::equals)) {
            problem("'" + name + "' wijst naar een plaats buiten de contentmap.", HINT);
            return null;
        }
        try {
            Path target = folder.resolve(path).normalize();
            if (!target.startsWith(folder) || target.equals(folder)) {
                problem("'" + name + "' wijst naar een plaats buiten de contentmap.", HINT);
                return null;
            }
            return target;
        } catch (InvalidPathException e) {
            problem("'" + name + "' is geen geldige bestandsnaam.", HINT);
            return null;
        }
    }

    /** Copies at most {@code limit + 1} bytes, so the caller sees that the limit was passed without reading on. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            copied += n;
            if (copied > limit) {
                break;
            }
        }
        return copied;
    }

    /** "Compress the content folder" in a file manager wraps everything in one folder; look inside it. */
    private void findContentRoot() {
        if (!problems.isEmpty() || Files.isDirectory(folder.resolve(ContentParser.TAXONOMY_FOLDER))) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals("__MACOSX"))
                    .toList();
            if (folders.size() == 1 && Files.isDirectory(folders.getFirst().resolve(ContentParser.TAXONOMY_FOLDER))) {
                root = folders.getFirst();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void problem(String message, String hint) {
        problems.add(new ContentProblem(NAME, 0, message, hint));
    }

    /** Deletes the folder; a leftover in the temp folder is logged rather than failing an import that is done. */
    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete the unpacked zip in {}", folder, e);
        }
    }
}
