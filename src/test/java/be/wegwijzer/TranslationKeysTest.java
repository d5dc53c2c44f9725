package be.wegwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation key in the code has a Dutch text, and no text is left unused. A key is any string literal
 * in the code that looks like one ({@code "finder.rule.size.met"}); keys built at run time are declared below.
 */
class TranslationKeysTest {

    private static final Path BUNDLE = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9_\\-]+)+\\.?)\"");

    /** Prefixes completed at run time with a code: {@code "finder.statute." + statute.code()}. */
    private static final Set<String> DYNAMIC_PREFIXES =
            Set.of("finder.statute.", "finder.verdict.", "finder.spoken.", "scan.band.");

    @Test
    void everyKeyUsedInTheCodeHasAText() throws IOException {
        Set<String> bundle = bundle().stringPropertyNames();
        Set<String> prefixes =
                bundle.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String literal : literals()) {
            boolean looksLikeAKey =
                    prefixes.stream().anyMatch(literal::startsWith) && !DYNAMIC_PREFIXES.contains(literal);
            if (looksLikeAKey && !bundle.contains(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).isEmpty();
        for (String prefix : DYNAMIC_PREFIXES) {
            assertThat(bundle).as("texts for " + prefix + "*").anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void everyTextInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
        unused.removeAll(literals());
        unused.removeIf(key -> DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith));
        assertThat(unused).isEmpty();
    }

    private static Set<String> literals() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        return literals;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
