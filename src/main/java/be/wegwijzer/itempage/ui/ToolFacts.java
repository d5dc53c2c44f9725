package be.wegwijzer.itempage.ui;

import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.ToolDetails;
import com.vaadin.flow.component.Component;
import java.util.List;

/** A tool's facts: its form, how long it takes, its languages. */
final class ToolFacts extends TypeFacts {

    private final List<FaqEntry> faq;

    ToolFacts(ToolDetails t) {
        faq = List.copyOf(t.getFaq());
        add(getTranslation("item.tool.form"), label(t.getForm()));
        add(getTranslation("item.tool.duration"), t.getDuration());
        add(
                getTranslation("item.tool.languages"),
                t.getLanguages().stream().map(ToolFacts::languageName).toList());
    }

    /** The Dutch name of a language code, as tools and publications show it. */
    static String languageName(String code) {
        return switch (code) {
            case "nl" -> "Nederlands";
            case "fr" -> "Frans";
            case "en" -> "Engels";
            case "de" -> "Duits";
            default -> code;
        };
    }

    @Override
    List<Component> sections() {
        return faq.isEmpty() ? List.of() : List.of(new FaqSection(faq));
    }
}
