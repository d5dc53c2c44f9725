package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.Html;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A page of hits, numbered over all pages: type, linked title, the highlighted summary and body fragment, and the
 * facts that decide whether a hit is useful (status, owner, themes).
 */
class HitList extends OrderedList {

    /**
     * @param opened told when a visitor opens a hit's title (also with Ctrl or Enter). The link navigates as usual,
     *               inside the page (Vaadin's router), so the click reaches the server before the item page is asked for.
     */
    HitList(SearchRequest request, List<ItemHit> hits, LocalDate today, Consumer<ItemHit> opened) {
        addClassName("hit-list");
        getElement().setAttribute("start", String.valueOf(request.page() * request.pageSize() + 1));
        hits.forEach(hit -> add(new ListItem(hit(hit, today, opened))));
    }

    private Article hit(ItemHit hit, LocalDate today, Consumer<ItemHit> opened) {
        Article article = new Article();
        article.addClassName("hit");
        article.getElement()
                .addEventListener("click", e -> opened.accept(hit))
                .setFilter("event.target.closest('.hit-title') != null");
        Span badge = new Span(hit.type().label());
        badge.addClassNames("badge", "badge-" + hit.type().segment());
        Anchor title = new Anchor(hit.path(), hit.title());
        title.addClassName("hit-title");
        article.add(badge, new H2(title));
        if (!hit.summaryHighlight().isEmpty()) {
            article.add(marked(Html.marked(hit.summaryHighlight().getFirst()), "hit-summary"));
        }
        if (!hit.bodyHighlight().isEmpty()) {
            article.add(marked("… " + Html.marked(hit.bodyHighlight().getFirst()) + " …", "hit-fragment"));
        }
        UnorderedList facts = new UnorderedList();
        facts.addClassName("hit-facts");
        HitStatus.of(hit, today, this).ifPresent(s -> facts.add(new ListItem(s)));
        if (hit.ownerName() != null && hit.type() != ItemType.ORGANISATIE) {
            facts.add(new ListItem(getTranslation("search.hit.owner", hit.ownerName())));
        }
        if (!hit.themeLabels().isEmpty()) {
            facts.add(new ListItem(hit.themeLabels().stream().limit(3).collect(Collectors.joining(", "))));
        }
        article.add(facts);
        return article;
    }

    /** {@code html} holds only {@code <mark>} tags around escaped text (see {@link Html#marked}). */
    private static Paragraph marked(String html, String className) {
        Paragraph paragraph = new Paragraph();
        paragraph.getElement().setProperty("innerHTML", html);
        paragraph.addClassName(className);
        return paragraph;
    }
}
