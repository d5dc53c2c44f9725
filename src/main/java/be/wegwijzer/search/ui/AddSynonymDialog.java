package be.wegwijzer.search.ui;

import be.wegwijzer.search.SynonymGroup;
import be.wegwijzer.search.SynonymService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * Makes a query that found nothing mean the same as words that do find something: added to an existing synonym
 * group, or a new group with one word the editor types.
 */
class AddSynonymDialog extends Dialog {

    final String query;
    final ComboBox<SynonymService.Group> group = new ComboBox<>(getTranslation("admin.synonyms.add.group"));
    final TextField word = new TextField(getTranslation("admin.synonyms.add.word"));
    final Button add = new Button(getTranslation("admin.synonyms.add.button"));

    AddSynonymDialog(SynonymService synonyms, String query, Runnable added) {
        this.query = query;
        setHeaderTitle(getTranslation("admin.synonyms.add.title", query));
        group.setItems(synonyms.groups());
        group.setItemLabelGenerator(this::label);
        group.setClearButtonVisible(true);
        group.setPlaceholder(getTranslation("admin.synonyms.add.group.placeholder"));
        group.setWidthFull();
        group.setHelperText(getTranslation("admin.synonyms.add.group.help"));
        word.setWidthFull();
        word.setHelperText(getTranslation("admin.synonyms.add.word.help"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            group.setInvalid(false);
            word.setInvalid(false);
            SynonymService.Group chosen = group.getValue();
            String other = word.getValue().strip();
            if (chosen == null && other.isEmpty()) {
                refuse(group, getTranslation("admin.synonyms.add.neither"));
                return;
            }
            if (chosen != null && !other.isEmpty()) {
                refuse(word, getTranslation("admin.synonyms.add.both"));
                return;
            }
            try {
                SynonymService.Group saved =
                        chosen != null ? synonyms.addWord(chosen.id(), query) : synonyms.create(List.of(query, other));
                close();
                added.run();
                Notification.show(getTranslation("admin.synonyms.add.saved", String.join(", ", saved.words())));
            } catch (SynonymService.InvalidSynonyms problem) {
                refuse(chosen != null ? group : word, problem.getMessage());
            }
        });
        add(new Paragraph(getTranslation("admin.synonyms.add.intro", query)), group, word);
        getFooter().add(new Button(getTranslation("admin.action.cancel"), e -> close()), add);
        setWidth("min(40rem, 95vw)");
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private String label(SynonymService.Group group) {
        String words = String.join(", ", group.words());
        return group.origin() == SynonymGroup.Origin.FILE
                ? getTranslation("admin.synonyms.add.fromfile", words)
                : words;
    }
}
