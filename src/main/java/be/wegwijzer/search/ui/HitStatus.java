package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.search.HitState;
import be.wegwijzer.search.ItemHit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Optional;

/** A hit's state ({@link HitState}) as a tag beside the result. */
final class HitStatus {

    private HitStatus() {}

    static Optional<Span> of(ItemHit hit, LocalDate today, Component translator) {
        return HitState.of(hit, today).map(state -> {
            Span tag = new Span(
                    state.date() == null
                            ? translator.getTranslation(state.key())
                            : translator.getTranslation(state.key(), DutchFormat.date(state.date())));
            tag.addClassNames("status", "status-" + state.variant());
            return tag;
        });
    }
}
