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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code getTranslation("key")} in the code has a Dutch text, and no text is left unused. */
class TranslationKeysTest {

    private static final Pattern KEY_USE = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9.\\-]+)\"");
    private static final Path BUNDLE = Path.of("src/main/resources/vaadin-i18n/translations.properties");

    @Test
    void everyKeyUsedInTheCodeHasAText() throws IOException {
        assertThat(bundle().stringPropertyNames()).containsAll(usedKeys());
    }

    @Test
    void everyTextInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
        unused.removeAll(usedKeys());
        unused.removeIf(key -> DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith));
        assertThat(unused).isEmpty();
    }

    /** Keys built at run time ({@code "nav." + name}) are listed here by prefix. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("nav.");

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
