package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.sortedCodes;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.base.PlainText;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.Region;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** An organisation's fields: {@code soort}, {@code werkgebied} and a general {@code contact}. */
public record OrganisationSource(String kind, List<String> workArea, String web, String email, String phone)
        implements TypeSource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("soort", "werkgebied", "contact"));
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    static OrganisationSource read(YamlMapping fm) {
        Optional<YamlMapping> contact = fm.mapping("contact");
        contact.ifPresent(m -> m.rejectUnknownFields(Set.of("web", "email", "telefoon")));
        return new OrganisationSource(
                fm.text("soort"),
                fm.texts("werkgebied"),
                contact.map(m -> m.text("web")).orElse(null),
                contact.map(m -> m.text("email")).orElse(null),
                contact.map(m -> m.text("telefoon")).orElse(null));
    }

    static OrganisationSource of(OrganisationDetails o) {
        return new OrganisationSource(
                code(o.getKind()),
                sortedCodes(o.getWorkArea().stream().map(Region::getCode)),
                text(o.getWeb()),
                text(o.getEmail()),
                text(o.getPhone()));
    }

    @Override
    public void write(YamlWriter fm) {
        fm.text("soort", kind)
                .codes("werkgebied", workArea)
                .mapping(
                        "contact",
                        new YamlWriter().text("web", web).text("email", email).text("telefoon", phone));
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        checks.requiredEnum("soort", kind, OrganisationKind.class);
        checks.codes("werkgebied", workArea, checks.vocabulary().regions(), "regio", "taxonomie/regios.yml", false);
        checks.url("contact.web", web, false);
        if (email != null && (!EMAIL.matcher(email).matches() || !PlainText.isLine(email))) {
            checks.add(
                    "contact.email",
                    "'" + email + "' is geen geldig e-mailadres.",
                    "Schrijf een algemeen adres zoals info@organisatie.be.");
        }
        checks.line("contact.telefoon", phone, 50);
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        OrganisationDetails o = item.organisation();
        o.setKind(enumOrNull(kind, OrganisationKind.class));
        o.setWorkArea(Taxonomy.resolve(workArea, taxonomy.regions()));
        o.setWeb(web);
        o.setEmail(email);
        o.setPhone(phone);
    }

    @Override
    public OrganisationSource stored() {
        return new OrganisationSource(text(kind), sortedCodes(workArea.stream()), text(web), text(email), text(phone));
    }
}
