package be.wegwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Habits the formatter does not enforce (the formatter itself runs in the build: spotless). */
class SourceStyleTest {

    /** A qualified type name in code, e.g. {@code java.util.Optional<String>}; imports, comments and strings aside. */
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.@\"])(?:java|javax|jakarta|org|com|be)\\.(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*");
    /** Where two types share a simple name, one of them has to stay qualified. */
    private static final Set<String> NAME_CLASHES = Set.of("org.hibernate.search.engine.search.sort.SearchSort");

    @Test
    void typesAreImportedNotWrittenOutInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files =
                Stream.of("src/main/java", "src/test/java").map(Path::of).flatMap(SourceStyleTest::walk)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                boolean textBlock = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.chars().filter(c -> c == '"').count() >= 3 && line.contains("\"\"\"")) {
                        textBlock = !textBlock;
                    }
                    String code = line.strip();
                    if (textBlock
                            || code.startsWith("import ")
                            || code.startsWith("package ")
                            || code.startsWith("*")
                            || code.startsWith("//")
                            || code.startsWith("/*")) {
                        continue;
                    }
                    Matcher matcher = QUALIFIED.matcher(line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\""));
                    while (matcher.find()) {
                        if (!NAME_CLASHES.contains(matcher.group())) {
                            found.add(file + ":" + (i + 1) + ": " + matcher.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("import these types instead").isEmpty();
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
