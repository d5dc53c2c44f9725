package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.FicheDetails;
import be.wegwijzer.catalog.Item;
import java.util.Set;
import java.util.regex.Pattern;

/** An inspiration fiche has no fields of its own; its body has one section per level. */
public record FicheSource() implements TypeSource {

    static final Set<String> FIELDS = Set.of();

    static FicheSource read(YamlMapping fm) {
        return new FicheSource();
    }

    /** The body a new fiche starts with: the three sections it must have. */
    @Override
    public String bodyTemplate() {
        StringBuilder body = new StringBuilder();
        FicheDetails.SECTIONS.forEach(
                section -> body.append("## ").append(section).append("\n\n\n"));
        return body.toString().strip() + "\n";
    }

    @Override
    public void write(YamlWriter fm) {
        // a fiche has no fields beyond the common ones
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        for (String section : FicheDetails.SECTIONS) {
            Pattern heading = Pattern.compile("(?m)^##\\s+" + section + "\\s*$", Pattern.CASE_INSENSITIVE);
            if (item.body() == null || !heading.matcher(item.body()).find()) {
                checks.add(
                        "body",
                        "De fiche mist de sectie '## " + section + "'.",
                        "Een fiche heeft drie secties met acties per niveau: ## Starter, ## Gevorderd en ## Expert.");
            }
        }
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        // nothing beyond the body
    }

    @Override
    public FicheSource stored() {
        return this;
    }
}
