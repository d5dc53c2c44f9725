package be.wegwijzer.curation.ui;

import be.wegwijzer.itemfile.FicheSource;
import com.vaadin.flow.component.html.Paragraph;

/** A fiche has no fields of its own: the section says what its body needs. */
final class FicheSection extends TypeSection<FicheSource> {

    FicheSection() {
        super(FicheSource.class, "editor.fiche.heading");
        layout(null, new Paragraph(getTranslation("editor.fiche.explanation")));
    }

    @Override
    void show(FicheSource source) {
        // nothing to show
    }

    @Override
    FicheSource read() {
        return new FicheSource();
    }
}
