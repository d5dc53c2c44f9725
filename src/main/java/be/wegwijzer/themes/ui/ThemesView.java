package be.wegwijzer.themes.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.themes.ThemeService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** {@code /themas}: every theme in its tree, with its one-line explanation. */
@Route(value = "themas", layout = MainLayout.class)
@Menu(title = "nav.themes", order = 50)
@PageTitle("Thema's | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class ThemesView extends Div {

    ThemesView(ThemeService themes) {
        addClassName("themes-page");
        add(new H1(getTranslation("theme.all")), new Paragraph(getTranslation("home.themes.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("theme-tree");
        for (TaxonomyService.Term term : themes.all()) {
            ListItem item = new ListItem(new Anchor("/thema/" + term.code(), term.label()));
            if (term.explanation() != null) {
                Span explanation = new Span(" — " + term.explanation());
                explanation.addClassName("muted");
                item.add(explanation);
            }
            item.addClassName("depth-" + Math.min(term.depth(), 3));
            list.add(item);
        }
        add(list);
    }
}
