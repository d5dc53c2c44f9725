package be.wegwijzer.catalog;

import java.util.Arrays;
import java.util.Optional;

/** A closed vocabulary value with the code used in content files and URLs, and a Dutch label. */
public interface Coded {

    String code();

    String label();

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }
}
