package be.wegwijzer.catalog.ui;

import be.wegwijzer.catalog.ItemCard;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Items as cards: type, title as link, one-line summary. */
public final class ItemCards {

    private ItemCards() {}

    public static UnorderedList list(List<ItemCard> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        for (ItemCard card : items) {
            Span type = new Span(card.type().label());
            type.addClassNames("badge", "badge-" + card.type().segment());
            Anchor link = new Anchor(card.path(), card.title());
            link.addClassName("card-title");
            ListItem li = new ListItem(type, link, new Paragraph(card.summary()));
            li.addClassName("card");
            list.add(li);
        }
        return list;
    }
}
