package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever a visitor types or puts in a URL, search and search-as-you-type answer without an exception: 10,000
 * generated strings (random Unicode with lone surrogates, combining marks, right-to-left text and control characters;
 * query syntax; unbalanced quotes; strings of 10,000+ characters; only whitespace or punctuation; SQL) with random
 * filters, sorts and pages. The generator is seeded; set {@code -Dhostile.seed=...} to replay a failing run.
 */
@IntegrationTest
class HostileSearchInputIT {

    private static final int STRINGS = 10_000;
    /**
     * Full searches are the expensive part (about 50 ms each on two shared cores: facet counts, the "any word" fallback,
     * spelling corrections); every 16th string gets one, with random filters, sort and page. Every string goes through
     * the suggestions and through what the search does first with any text (cleaning and planning), which is where
     * the text itself matters; the full searches add the index queries. Keeps the test under a minute.
     */
    private static final int EVERY_NTH_FULL_SEARCH = 16;

    private static final String SYNTAX = "*?~^\"()[]{}\\/:+-!&|<>=";
    private static final String[] FRAGMENTS = {
        "field:",
        "title:werkdruk",
        "AND",
        "OR",
        "NOT",
        "&&",
        "||",
        "\"",
        "\"werk",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "*",
        "?",
        "~2",
        "^3",
        "\\",
        "/",
        "/regex/",
        "werk*",
        "*werk",
        "?erk",
        "a:b:c",
        "[a TO z]",
        "{* TO *}",
        "+-+-",
        "-",
        "--",
        "' OR '1'='1",
        "'; DROP TABLE item; --",
        "1=1",
        "UNION SELECT",
        "%",
        "_",
        "%' --",
        "NULL",
        "\u0000",
        "\u202E",
        "\u200F",
        "\u200D",
        "\uFEFF",
        "\uD800",
        "\uDC00",
        "\uD83D\uDE00",
        "e\u0301",
        "\u0301",
        "\u0301\u0301\u0301",
        "שלום",
        "مرحبا",
        "werkdruk",
        "stress",
        "kmo",
        "burn-out",
        "werkbaarheidscheque",
        "café",
        "ÆØÅ",
        "ß",
        "İ",
        "ﬁ",
        "\t",
        "\n",
        "\r\n",
        " ",
        "\u00A0",
        "\u3000",
        "\u2028"
    };

    @Autowired
    SearchService search;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    QueryPlanner planner;

    @Test
    void searchAndSuggestionsSurviveTenThousandHostileInputs() {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        System.out.println("HostileSearchInputIT seed: " + seed + " (replay with -Dhostile.seed=" + seed + ")");
        Random random = new Random(seed);
        Map<String, Throwable> failures = new LinkedHashMap<>();
        long started = System.nanoTime();
        long[] nanos = new long[3];
        for (int i = 0; i < STRINGS; i++) {
            String text = hostileString(random);
            SearchRequest request = request(random, text);
            try {
                long t0 = System.nanoTime();
                suggestions.suggest(text, 1 + random.nextInt(10));
                suggestions.themesFor(text, 1 + random.nextInt(5));
                long t1 = System.nanoTime();
                nanos[0] += t1 - t0;
                if (i % EVERY_NTH_FULL_SEARCH == 0) {
                    SearchResult result = search.search(request);
                    assertThat(result.total()).isNotNegative();
                    nanos[1] += System.nanoTime() - t1;
                } else {
                    planner.plan(QueryText.of(text));
                    nanos[2] += System.nanoTime() - t1;
                }
            } catch (Throwable e) {
                String key = e.getClass().getName() + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                failures.putIfAbsent(key, new AssertionError("input #" + i + " " + describe(request), e));
            }
        }
        System.out.printf(
                "HostileSearchInputIT: %d inputs in %d ms (suggestions %d ms, searches %d ms, plans %d ms)%n",
                STRINGS,
                (System.nanoTime() - started) / 1_000_000,
                nanos[0] / 1_000_000,
                nanos[1] / 1_000_000,
                nanos[2] / 1_000_000);
        failures.values().forEach(Throwable::printStackTrace);
        assertThat(failures.keySet()).as("exceptions (seed %d)", seed).isEmpty();
    }

    private static SearchRequest request(Random random, String text) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (random.nextInt(4) == 0) {
                Set<String> values = new LinkedHashSet<>();
                for (int n = random.nextInt(3) + 1; n > 0; n--) {
                    values.add(random.nextBoolean() ? hostileString(random) : knownCode(random));
                }
                filters.put(facet, values);
            }
        }
        SearchSort sort = SearchSort.values()[random.nextInt(SearchSort.values().length)];
        int page = switch (random.nextInt(5)) {
            case 0 -> Integer.MAX_VALUE;
            case 1 -> Integer.MIN_VALUE;
            case 2 -> random.nextInt();
            default -> random.nextInt(3);
        };
        int pageSize = random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(120);
        String audience = random.nextInt(3) == 0 ? (random.nextBoolean() ? hostileString(random) : "werkgevers") : null;
        return new SearchRequest(
                random.nextInt(20) == 0 ? null : text, filters, random.nextBoolean(), sort, page, pageSize, audience);
    }

    private static String knownCode(Random random) {
        String[] codes = {
            "werkdruk",
            "werkgevers",
            "voeding",
            "alle",
            "vlaanderen",
            "tool",
            "maatregel",
            "starter",
            "gratis",
            "micro",
            "cheque",
            "scan",
            ""
        };
        return codes[random.nextInt(codes.length)];
    }

    static String hostileString(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> randomCodePoints(random, random.nextInt(40));
            case 1 -> randomUnits(random, random.nextInt(40));
            case 2 -> fragments(random, 1 + random.nextInt(12));
            case 3 -> longString(random);
            case 4 -> " \t\n\u00A0\u3000".repeat(random.nextInt(5)) + punctuation(random, random.nextInt(30));
            case 5 -> unbalanced(random);
            case 6 -> fragments(random, 2) + randomUnits(random, 5) + fragments(random, 2);
            default -> punctuation(random, random.nextInt(6)) + "werk" + punctuation(random, random.nextInt(6));
        };
    }

    /** Valid code points from the whole range, control characters and private use included. */
    private static String randomCodePoints(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x3000);
                case 2 -> 0x0590 + random.nextInt(0x300); // Hebrew, Arabic and their marks
                default -> random.nextInt(Character.MAX_CODE_POINT + 1);
            };
            if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    /** Arbitrary UTF-16 units: lone and reversed surrogates, combining marks, bidi controls. */
    private static String randomUnits(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(
                    switch (random.nextInt(6)) {
                        case 0 -> (char) (0xD800 + random.nextInt(0x800));
                        case 1 -> (char) (0x0300 + random.nextInt(0x70));
                        case 2 -> (char) (0x202A + random.nextInt(5));
                        case 3 -> (char) random.nextInt(0x20);
                        case 4 -> SYNTAX.charAt(random.nextInt(SYNTAX.length()));
                        default -> (char) random.nextInt(0x10000);
                    });
        }
        return text.toString();
    }

    private static String fragments(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String longString(Random random) {
        int length = 10_000 + random.nextInt(5_000);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(
                    switch (random.nextInt(4)) {
                        case 0 -> "werkdruk ";
                        case 1 -> fragments(random, 1);
                        case 2 -> randomUnits(random, 3);
                        default -> random.nextBoolean() ? "a" : "\"(";
                    });
        }
        // no spaces at all is a case of its own: one 10k-character "word"
        return random.nextInt(3) == 0 ? text.toString().replace(" ", "") : text.toString();
    }

    private static String punctuation(Random random, int length) {
        String marks = SYNTAX + ".,;'`´‘’“”«»…–—•·¿¡%$#@_";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(marks.charAt(random.nextInt(marks.length())));
        }
        return text.toString();
    }

    private static String unbalanced(Random random) {
        List<String> parts = new ArrayList<>(List.of(
                "\"werkdruk",
                "(stress",
                "werk)",
                "[a TO",
                "{b",
                "\"\"\"",
                "'kmo",
                "\"burn-out\" \"",
                "((((((((((",
                "))))",
                "-\"",
                "+(",
                "~\"a b\"~",
                "\"a\"^"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            text.append(parts.get(random.nextInt(parts.size()))).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    private static String describe(SearchRequest request) {
        String query = request.query();
        String shown = query.length() > 200 ? query.substring(0, 200) + "… (" + query.length() + " chars)" : query;
        return "query=" + escape(shown) + " filters=" + escape(String.valueOf(request.filters())) + " sort="
                + request.sort()
                + " page=" + request.page() + " size=" + request.pageSize() + " open=" + request.openOnly()
                + " audience=" + (request.audience() == null ? null : escape(request.audience()));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(c ->
                        out.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
