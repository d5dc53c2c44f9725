package be.wegwijzer.curation;

import be.wegwijzer.itemfile.ItemSource;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A readable difference between two versions of an item: per field the old and the new value, and for the body
 * the changed lines (java-diff-utils), in the vocabulary of the content file format.
 */
public final class ItemDiff {

    /** One changed field. For the body, {@code lines} holds the changed lines marked "-" (old) and "+" (new). */
    public record Change(String field, String before, String after, List<Line> lines) {}

    public record Line(char mark, String text) {}

    private static final Map<String, Function<ItemSource, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("titel", ItemSource::title);
        FIELDS.put("samenvatting", ItemSource::summary);
        FIELDS.put("themas", ItemSource::themes);
        FIELDS.put("doelgroepen", ItemSource::audiences);
        FIELDS.put("sectoren", ItemSource::sectors);
        FIELDS.put("regios", ItemSource::regions);
        FIELDS.put("grootte", ItemSource::sizes);
        FIELDS.put("niveau", ItemSource::level);
        FIELDS.put("kosten", ItemSource::cost);
        FIELDS.put("organisatie", ItemSource::owner);
        FIELDS.put("gerelateerd", ItemSource::related);
        FIELDS.put(
                "links",
                s -> s.links().stream().map(l -> l.label() + " — " + l.url()).toList());
        FIELDS.put("bron", ItemSource::source);
        FIELDS.put("bron_adres", ItemSource::sourceAddress);
        FIELDS.put("bron_datum", ItemSource::sourceDate);
        FIELDS.put("nagekeken_op", ItemSource::verifiedOn);
        FIELDS.put("nagekeken_door", ItemSource::verifiedBy);
        FIELDS.put("herzien_tegen", ItemSource::reviewBy);
        FIELDS.put("te_verifieren", ItemSource::needsVerification);
        FIELDS.put("verificatie", ItemSource::verificationNote);
    }

    private ItemDiff() {}

    public static List<Change> between(ItemSource before, ItemSource after) {
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            Object old = value.apply(before);
            Object now = value.apply(after);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, text(old), text(now), List.of()));
            }
        });
        if (!Objects.equals(before.details(), after.details())) {
            // the fields of the type, e.g. "praktijkgegevens"; "organisatie" alone is already the owner
            changes.add(new Change(
                    after.type().segment() + "gegevens", text(before.details()), text(after.details()), List.of()));
        }
        if (!Objects.equals(before.body(), after.body())) {
            changes.add(new Change("tekst", null, null, bodyLines(before.body(), after.body())));
        }
        return changes;
    }

    private static List<Line> bodyLines(String before, String after) {
        List<String> old = Arrays.asList(before == null ? new String[0] : before.split("\n"));
        List<String> now = Arrays.asList(after == null ? new String[0] : after.split("\n"));
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            delta.getSource().getLines().forEach(l -> lines.add(new Line('-', l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line('+', l)));
        }
        return lines;
    }

    /** Records print as "Name[field=value, …]"; editors read plain values, so records are flattened. */
    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? "—"
                    : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents())
                    .map(c -> {
                        try {
                            Object v = c.getAccessor().invoke(record);
                            return v == null || (v instanceof List<?> l && l.isEmpty())
                                    ? null
                                    : c.getName() + ": " + text(v);
                        } catch (ReflectiveOperationException e) {
                            return null;
                        }
                    })
                    .filter(Objects::nonNull)
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("—");
        }
        return String.valueOf(value);
    }
}
