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

    static final String EXPLANATION = "We rekenen de Flesch-Douma-score uit: hoe langer de zinnen en hoe meer lettergrepen "
            + "per woord, hoe lager. Boven 60 is een tekst vlot genoeg voor een breed publiek; 70 of meer is vlot leesbaar. "
            + "Maak zinnen korter (liefst minder dan 15 woorden) en kies gewone woorden. Het is een hulpmiddel: vaktermen "
            + "als 'werkbaarheidscheque' zijn soms nodig, en een korte tekst scoort minder betrouwbaar.";

    final Span verdict = new Span();

    ReadabilityHint() {
        addClassName("readability");
        verdict.addClassName("readability-verdict");
        NativeDetails explanation = new NativeDetails("Hoe meten we dat?", new Paragraph(EXPLANATION));
        explanation.addClassName("readability-explanation");
        add(verdict, explanation);
    }

    void update(String text) {
        Readability readability = Readability.of(text);
        Readability.Level level = readability.level();
        if (level == Readability.Level.NONE) {
            verdict.setText("Leesbaarheid: nog geen tekst.");
        } else {
            long score = Math.round(Math.max(0, Math.min(100, readability.score())));
            verdict.setText("Leesbaarheid: " + level.label() + " (score " + score + " op 100, gemiddeld "
                    + String.format(Locale.ROOT, "%.0f", readability.wordsPerSentence()) + " woorden per zin)"
                    + (level.plainEnough() ? "." : ". Maak de zinnen korter of kies kortere woorden."));
        }
        setClassName("readability-empty", level == Readability.Level.NONE);
        setClassName("readability-hard", level != Readability.Level.NONE && !level.plainEnough());
    }
}
