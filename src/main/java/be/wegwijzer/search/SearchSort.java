package be.wegwijzer.search;

import java.util.Arrays;
import java.util.Optional;

/** How results are ordered; the code is the URL value. */
public enum SearchSort {
    RELEVANCE("relevantie", "Meest relevant"),
    NEWEST("nieuwste", "Nieuwste eerst"),
    DEADLINE("deadline", "Eerstvolgende deadline");

    private final String code;
    private final String label;

    SearchSort(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Every code, for messages: "relevantie, nieuwste, deadline". */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(SearchSort::code).toList());
    }

    public static Optional<SearchSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
