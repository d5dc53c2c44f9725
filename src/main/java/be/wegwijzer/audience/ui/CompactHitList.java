package be.wegwijzer.audience.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.search.HitState;
import be.wegwijzer.search.ItemHit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;

/** A short list of hits as links with their type and status, for pages that show "new" or "open" items. */
class CompactHitList extends UnorderedList {

    CompactHitList(List<ItemHit> hits, LocalDate today) {
        addClassName("compact-list");
        for (ItemHit hit : hits) {
            Span type = new Span(hit.type().label());
            type.addClassNames("badge", "badge-" + hit.type().segment());
            ListItem item = new ListItem(type, new Anchor(hit.path(), hit.title()));
            HitState.of(hit, today).ifPresent(state -> {
                Span tag = new Span(
                        state.date() == null
                                ? getTranslation(state.key())
                                : getTranslation(state.key(), DutchFormat.date(state.date())));
                tag.addClassNames("status", "status-" + state.variant());
                item.add(tag);
            });
            add(item);
        }
    }
}
