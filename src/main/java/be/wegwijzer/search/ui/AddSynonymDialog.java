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
    final ComboBox<SynonymService.Group> group = new ComboBox<>("Toevoegen aan een bestaande groep");
    final TextField word = new TextField("Of: een woord dat hetzelfde betekent");
    final Button add = new Button("Toevoegen");

    AddSynonymDialog(SynonymService synonyms, String query, Runnable added) {
        this.query = query;
        setHeaderTitle("‘" + query + "’ als synoniem");
        group.setItems(synonyms.groups());
        group.setItemLabelGenerator(AddSynonymDialog::label);
        group.setClearButtonVisible(true);
        group.setPlaceholder("Zoek een woord uit de groep");
        group.setWidthFull();
        group.setHelperText("Een groep uit synoniemen.yml blijft ongewijzigd; je krijgt een eigen kopie met het woord erbij.");
        word.setWidthFull();
        word.setHelperText("Bijvoorbeeld een woord dat wel resultaten geeft. Samen vormen ze een nieuwe groep.");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            group.setInvalid(false);
            word.setInvalid(false);
            SynonymService.Group chosen = group.getValue();
            String other = word.getValue().strip();
            if (chosen == null && other.isEmpty()) {
                refuse(group, "Kies een groep of typ een woord.");
                return;
            }
            if (chosen != null && !other.isEmpty()) {
                refuse(word, "Kies een bestaande groep óf typ een woord, niet allebei.");
                return;
            }
            try {
                SynonymService.Group saved = chosen != null ? synonyms.addWord(chosen.id(), query)
                        : synonyms.create(List.of(query, other));
                close();
                added.run();
                Notification.show("Bewaard: " + String.join(", ", saved.words()) + " betekenen nu hetzelfde bij het zoeken.");
            } catch (SynonymService.InvalidSynonyms problem) {
                refuse(chosen != null ? group : word, problem.getMessage());
            }
        });
        add(new Paragraph("Wie ‘" + query + "’ zoekt, vindt dan ook wat bij de andere woorden van de groep hoort. Dat werkt "
                + "meteen, zonder de zoekindex opnieuw op te bouwen."), group, word);
        getFooter().add(new Button("Annuleren", e -> close()), add);
        setWidth("min(40rem, 95vw)");
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String label(SynonymService.Group group) {
        return String.join(", ", group.words()) + (group.origin() == SynonymGroup.Origin.FILE ? " (synoniemen.yml)" : "");
    }
}
