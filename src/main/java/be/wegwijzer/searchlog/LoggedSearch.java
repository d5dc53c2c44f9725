package be.wegwijzer.searchlog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search as the log keeps it: the words in one normal form, so "Werkdruk ", "werkdruk" and "WERKDRUK" count as one
 * query, and the filters as one canonical string. Two searches that differ only in sort or page are equal.
 *
 * @param query    lowercase, trimmed, inner whitespace collapsed, accents kept; e-mail addresses and long numbers
 *                 (phone, national register, bank account) masked; empty for browsing without words
 * @param filters  {@code "open=ja&thema=autonomie&thema=werkdruk&type=tool"}: parameters and values sorted, values
 *                 URL-encoded; empty without filters
 * @param audience the audience a search was started for, or null
 */
public record LoggedSearch(String query, String filters, String audience) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_FILTERS_LENGTH = 500;
    public static final int MAX_AUDIENCE_LENGTH = 80;

    static final String EMAIL_MASK = "[e-mailadres]";
    static final String NUMBER_MASK = "[nummer]";

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    /** Digits with at most one separator between them; masked when eight or more digits, which no year or PC number has. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[ .\\-/]?\\d)+");

    private static final Pattern YEARS = Pattern.compile("(?:(?:19|20)\\d\\d[ \\-/]?)+");

    public LoggedSearch {
        query = normaliseQuery(query);
        filters = filters == null ? "" : cut(filters, MAX_FILTERS_LENGTH, '&');
        audience = audience == null || audience.isBlank() ? null : cut(audience.strip(), MAX_AUDIENCE_LENGTH, null);
    }

    /**
     * @param filters URL parameter → selected values, e.g. {@code thema → [werkdruk, autonomie]}; blank values and
     *                empty selections are left out
     */
    public static LoggedSearch of(String query, Map<String, ? extends Collection<String>> filters, String audience) {
        return new LoggedSearch(query, canonicalFilters(filters), audience);
    }

    static String normaliseQuery(String raw) {
        if (raw == null) {
            return "";
        }
        String text = INVISIBLE
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
        text = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        Matcher numbers = NUMBER.matcher(text);
        text = numbers.replaceAll(m -> {
            String number = m.group();
            long digits = number.chars().filter(Character::isDigit).count();
            return digits >= 8 && !YEARS.matcher(number).matches() ? NUMBER_MASK : Matcher.quoteReplacement(number);
        });
        return cut(text, MAX_QUERY_LENGTH, ' ');
    }

    static String canonicalFilters(Map<String, ? extends Collection<String>> filters) {
        if (filters == null) {
            return "";
        }
        TreeMap<String, TreeSet<String>> sorted = new TreeMap<>();
        filters.forEach((parameter, values) -> {
            if (parameter != null && !parameter.isBlank() && values != null) {
                values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .forEach(v -> sorted.computeIfAbsent(parameter.strip(), p -> new TreeSet<>())
                                .add(v.strip()));
            }
        });
        StringJoiner joined = new StringJoiner("&");
        sorted.forEach((parameter, values) -> values.forEach(v -> joined.add(encode(parameter) + "=" + encode(v))));
        return cut(joined.toString(), MAX_FILTERS_LENGTH, '&');
    }

    /** At most {@code max} characters, cut at the last {@code boundary} if there is one, never inside a surrogate pair. */
    private static String cut(String text, int max, Character boundary) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        if (boundary != null) {
            int last = text.lastIndexOf(boundary, end);
            if (last > 0) {
                end = last;
            }
        }
        return text.substring(0, end).strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
