package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.search.SynonymService;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /beheer/synoniemen}: words that searchers use for the same thing. Groups editors make here are editable;
 * groups from {@code content/taxonomie/synoniemen.yml} are shown read-only, as the next import replaces them.
 */
@Route(value = SynonymsView.ROUTE, layout = MainLayout.class)
@Menu(title = "admin.menu.synonyms", order = 60)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class SynonymsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "beheer/synoniemen";

    private final SynonymService synonyms;
    final TextField newWords = new TextField(getTranslation("admin.synonyms.new.words"));
    /** Editor groups by id: the field with their words. */
    final Map<Long, TextField> editors = new LinkedHashMap<>();

    private final Div groups = new Div();

    SynonymsView(SynonymService synonyms) {
        this.synonyms = synonyms;
        addClassName("synonyms-page");
        newWords.setPlaceholder(getTranslation("admin.synonyms.new.placeholder"));
        newWords.setWidthFull();
        Button create = new Button(getTranslation("admin.synonyms.new.add"), e -> {
            try {
                synonyms.create(words(newWords.getValue()));
                newWords.clear();
                newWords.setInvalid(false);
                Notification.show(getTranslation("admin.synonyms.added"));
                refresh();
            } catch (SynonymService.InvalidSynonyms problem) {
                refuse(newWords, problem.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(newWords, create);
        form.addClassName("synonym-row");
        add(
                new H1(getTranslation("admin.synonyms.title")),
                new AdminMenu(),
                new Paragraph(getTranslation("admin.synonyms.intro")),
                new Section(new H2(getTranslation("admin.synonyms.new.heading")), form),
                groups);
        refresh();
    }

    private void refresh() {
        groups.removeAll();
        editors.clear();
        List<SynonymService.Group> all = synonyms.groups();
        Section own = new Section(new H2(getTranslation("admin.synonyms.own.heading")));
        all.stream().filter(SynonymService.Group::editable).forEach(g -> own.add(editor(g)));
        if (editors.isEmpty()) {
            own.add(new Paragraph(getTranslation("admin.synonyms.own.none")));
        }
        UnorderedList fromFile = new UnorderedList();
        all.stream().filter(g -> !g.editable()).forEach(g -> fromFile.add(new ListItem(String.join(", ", g.words()))));
        Section file = new Section(
                new H2(getTranslation("admin.synonyms.file.heading")),
                new Paragraph(getTranslation("admin.synonyms.file.intro")),
                fromFile.getChildren().findAny().isPresent()
                        ? fromFile
                        : new Paragraph(getTranslation("admin.synonyms.file.none")));
        groups.add(own, file);
    }

    private Div editor(SynonymService.Group group) {
        TextField words = new TextField();
        words.setAriaLabel(getTranslation("admin.synonyms.group.label", String.join(", ", group.words())));
        words.setValue(String.join(", ", group.words()));
        words.setWidthFull();
        editors.put(group.id(), words);
        Button save = new Button(getTranslation("admin.action.save"), e -> {
            try {
                synonyms.update(group.id(), words(words.getValue()));
                Notification.show(getTranslation("admin.synonyms.saved"));
                refresh();
            } catch (SynonymService.InvalidSynonyms problem) {
                refuse(words, problem.getMessage());
            }
        });
        Button delete = new Button(getTranslation("admin.action.delete"), e -> confirmDelete(group));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(words, save, delete);
        row.addClassName("synonym-row");
        return row;
    }

    private void confirmDelete(SynonymService.Group group) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.synonyms.delete.title"));
        dialog.add(new Paragraph(getTranslation("admin.synonyms.delete.text", String.join(", ", group.words()))));
        Button confirm = new Button(getTranslation("admin.action.delete"), e -> {
            dialog.close();
            try {
                synonyms.delete(group.id());
                Notification.show(getTranslation("admin.synonyms.deleted"));
            } catch (SynonymService.InvalidSynonyms problem) {
                Notification.show(problem.getMessage());
            }
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("admin.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    static List<String> words(String commaSeparated) {
        return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static void refuse(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.synonyms.pagetitle");
    }
}
