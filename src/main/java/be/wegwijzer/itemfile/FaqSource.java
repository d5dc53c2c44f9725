package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.FaqEntry;
import java.util.List;
import java.util.Set;

/**
 * One question with its answer under {@code vragen}, as measures and tools have them:
 * <pre>
 * vragen:
 *   - vraag: Kan ik de cheque twee keer aanvragen?
 *     antwoord: …
 * </pre>
 */
public record FaqSource(String question, String answer) {

    static final String FIELD = "vragen";

    static List<FaqSource> read(YamlMapping fm) {
        return fm.mappings(FIELD).stream()
                .peek(m -> m.rejectUnknownFields(Set.of("vraag", "antwoord")))
                .map(m -> new FaqSource(m.text("vraag"), m.text("antwoord")))
                .toList();
    }

    static List<FaqSource> of(List<FaqEntry> entries) {
        return entries.stream()
                .map(e -> new FaqSource(text(e.question()), text(e.answer())))
                .toList();
    }

    static void write(YamlWriter fm, List<FaqSource> faq) {
        fm.mappings(
                FIELD,
                faq.stream()
                        .map(f -> new YamlWriter().text("vraag", f.question()).prose("antwoord", f.answer()))
                        .toList());
    }

    /** Both parts are needed: a question without an answer helps nobody, an answer without a question is body text. */
    static void validate(List<FaqSource> faq, ItemValidator checks) {
        for (int i = 0; i < faq.size(); i++) {
            FaqSource entry = faq.get(i);
            String at = FIELD + "[" + i + "]";
            if (entry.question() == null) {
                checks.add(
                        at + ".vraag",
                        "Vraag " + (i + 1) + " in 'vragen' heeft geen vraag.",
                        "Schrijf de vraag zoals een lezer ze stelt, bv. 'Voor wie is dit?', of verwijder het antwoord.");
            } else {
                checks.line(at + ".vraag", entry.question(), FaqEntry.QUESTION_MAX_LENGTH);
            }
            if (entry.answer() == null) {
                checks.add(
                        at + ".antwoord",
                        "Vraag " + (i + 1) + " in 'vragen' heeft geen antwoord.",
                        "Schrijf onder 'antwoord:' een kort antwoord in gewone taal, of verwijder de vraag.");
            } else {
                checks.text(at + ".antwoord", entry.answer(), FaqEntry.ANSWER_MAX_LENGTH);
            }
        }
    }

    static List<FaqEntry> entries(List<FaqSource> faq) {
        return faq.stream().map(f -> new FaqEntry(f.question(), f.answer())).toList();
    }

    static List<FaqSource> stored(List<FaqSource> faq) {
        return faq.stream()
                .map(f -> new FaqSource(text(f.question()), text(f.answer())))
                .toList();
    }
}
