package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ToolDetails;
import be.wegwijzer.catalog.ToolForm;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A tool's fields: {@code vorm}, {@code duur}, {@code taal} and {@code vragen}. */
public record ToolSource(String form, String duration, List<String> languages, List<FaqSource> faq)
        implements TypeSource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("vorm", "duur", "taal", FaqSource.FIELD));
    /** The languages a tool can be in. */
    public static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");

    static ToolSource read(YamlMapping fm) {
        return new ToolSource(fm.text("vorm"), fm.text("duur"), fm.texts("taal"), FaqSource.read(fm));
    }

    static ToolSource of(ToolDetails t) {
        return new ToolSource(
                code(t.getForm()), text(t.getDuration()), List.copyOf(t.getLanguages()), FaqSource.of(t.getFaq()));
    }

    @Override
    public void write(YamlWriter fm) {
        fm.text("vorm", form).text("duur", duration).codes("taal", languages);
        FaqSource.write(fm, faq);
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        checks.requiredEnum("vorm", form, ToolForm.class);
        checks.line("duur", duration, 100);
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGES.contains(languages.get(i))) {
                checks.add(
                        "taal[" + i + "]",
                        "Onbekende taalcode '" + languages.get(i) + "'.",
                        "Gebruik nl, fr, en of de.");
            }
        }
        FaqSource.validate(faq, checks);
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        ToolDetails t = item.tool();
        t.setForm(enumOrNull(form, ToolForm.class));
        t.setDuration(duration);
        t.setLanguages(languages);
        t.setFaq(FaqSource.entries(faq));
    }

    @Override
    public ToolSource stored() {
        return new ToolSource(text(form), text(duration), List.copyOf(languages), FaqSource.stored(faq));
    }
}
