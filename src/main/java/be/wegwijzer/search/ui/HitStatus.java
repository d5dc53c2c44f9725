package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.search.ItemHit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Optional;

/** The fact that decides whether a hit is still useful: open/ended for measures, the date for activities. */
public final class HitStatus {

    private HitStatus() {
    }

    public static Optional<Span> of(ItemHit hit, LocalDate today, Component translator) {
        if (hit.type() == ItemType.MAATREGEL) {
            LocalDate until = hit.deadline();
            LocalDate from = hit.periodOther();
            if (until != null && today.isAfter(until)) {
                return Optional.of(tag(translator.getTranslation("search.hit.ended", DutchFormat.date(until)), "ended"));
            }
            if (from != null && today.isBefore(from)) {
                return Optional.of(tag(translator.getTranslation("search.hit.from", DutchFormat.date(from)), "upcoming"));
            }
            return Optional.of(tag(until == null ? translator.getTranslation("search.hit.open")
                    : translator.getTranslation("search.hit.until", DutchFormat.date(until)), "open"));
        }
        if (hit.type() == ItemType.ACTIVITEIT && hit.deadline() != null) {
            LocalDate last = hit.periodOther() != null ? hit.periodOther() : hit.deadline();
            return Optional.of(today.isAfter(last)
                    ? tag(translator.getTranslation("search.hit.past", DutchFormat.date(hit.deadline())), "ended")
                    : tag(translator.getTranslation("search.hit.upcoming", DutchFormat.date(hit.deadline())), "upcoming"));
        }
        return Optional.empty();
    }

    private static Span tag(String text, String variant) {
        Span tag = new Span(text);
        tag.addClassNames("status", "status-" + variant);
        return tag;
    }
}
