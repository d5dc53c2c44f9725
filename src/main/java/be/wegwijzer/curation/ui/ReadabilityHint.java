package be.wegwijzer.curation.ui;

import be.wegwijzer.curation.Readability;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * Under a text field in the editor: how easily the text reads (Flesch-Douma), with a plain label and a short
 * explanation. Updated as the editor types; not announced on every keystroke, the editor reads it when ready.
 */
class ReadabilityHint extends Div {

    final Span verdict = new Span();

    ReadabilityHint() {
        addClassName("readability");
        verdict.addClassName("readability-verdict");
        NativeDetails explanation = new NativeDetails(
                getTranslation("curation.readability.how"),
                new Paragraph(getTranslation("curation.readability.explanation")));
        explanation.addClassName("readability-explanation");
        add(verdict, explanation);
    }

    void update(String text) {
        Readability readability = Readability.of(text);
        Readability.Level level = readability.level();
        if (level == Readability.Level.NONE) {
            verdict.setText(getTranslation("curation.readability.empty"));
        } else {
            long score = Math.round(Math.max(0, Math.min(100, readability.score())));
            verdict.setText(getTranslation(
                    level.plainEnough() ? "curation.readability.plain" : "curation.readability.hard",
                    level.label(),
                    score,
                    String.format(Locale.ROOT, "%.0f", readability.wordsPerSentence())));
        }
        setClassName("readability-empty", level == Readability.Level.NONE);
        setClassName("readability-hard", level != Readability.Level.NONE && !level.plainEnough());
    }
}
