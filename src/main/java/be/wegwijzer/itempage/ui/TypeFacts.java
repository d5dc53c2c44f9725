package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.ui.Facts;
import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.FicheDetails;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.PracticeDetails;
import be.wegwijzer.catalog.PublicationDetails;
import be.wegwijzer.catalog.ToolDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of one content type on its public page ("Kerngegevens"), and any sections of its own below the text.
 * Each type has one subclass; {@link #of} picks it, and the compiler checks that every type has one.
 */
abstract sealed class TypeFacts extends Facts
        permits MeasureFacts,
                PracticeFacts,
                ToolFacts,
                OrganisationFacts,
                ActivityFacts,
                PublicationFacts,
                TypeFacts.None {

    static TypeFacts of(Item item, LocalDate today) {
        return switch (item.details()) {
            case MeasureDetails m -> new MeasureFacts(m, item.measureStatus(today), today);
            case PracticeDetails p -> new PracticeFacts(p);
            case ToolDetails t -> new ToolFacts(t);
            case OrganisationDetails o -> new OrganisationFacts(o);
            case ActivityDetails a -> new ActivityFacts(a, today);
            case FicheDetails f -> new None();
            case PublicationDetails p -> new PublicationFacts(p);
        };
    }

    /** Sections of the type shown after the text, e.g. questions and answers. */
    List<Component> sections() {
        return List.of();
    }

    static Anchor external(String url, String text) {
        Anchor anchor = new Anchor(url, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.addClassName("external");
        return anchor;
    }

    static String label(Coded value) {
        return value == null ? null : value.label();
    }

    /** A fiche has no facts beyond the common ones: its levels are sections of the text. */
    static final class None extends TypeFacts {}
}
