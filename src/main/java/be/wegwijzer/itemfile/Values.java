package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.Coded;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How values of a content file are normalised: blank is absent, codes sorted and unique, enums by their code. */
final class Values {

    private Values() {}

    /** Blank is absent, as in {@link YamlMapping#text}. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static List<String> sortedCodes(Stream<String> codes) {
        return codes.filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** Enum values in their natural order, as codes. */
    static <E extends Enum<E> & Coded> List<String> enumCodes(Set<E> values) {
        return values.stream().sorted().map(Coded::code).toList();
    }

    static <E extends Enum<E> & Coded> E enumOrNull(String code, Class<E> type) {
        return code == null ? null : Coded.fromCode(type, code).orElse(null);
    }

    static <E extends Enum<E> & Coded> Set<E> enums(List<String> codes, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        result.addAll(codes.stream()
                .map(c -> Coded.fromCode(type, c).orElse(null))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return result;
    }

    /** Non-blank lines, stripped: a list of one-line texts as the database keeps it. */
    static List<String> lines(List<String> values) {
        return values.stream().map(Values::text).filter(Objects::nonNull).toList();
    }
}
