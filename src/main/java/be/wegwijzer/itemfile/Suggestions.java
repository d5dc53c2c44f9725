package be.wegwijzer.itemfile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** "Did you mean" for codes and field names in content files. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private Suggestions() {}

    /** The candidate closest to {@code value}, when it is close enough to be a likely typo. */
    public static Optional<String> closest(String value, Collection<String> candidates) {
        return candidates.stream()
                .max(Comparator.comparingDouble(c -> DISTANCE.getDistance(value, c)))
                .filter(c -> DISTANCE.getDistance(value, c) >= 0.6f || c.startsWith(value) || value.startsWith(c));
    }
}
