package be.wegwijzer.itempage.ui;

import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.Region;
import com.vaadin.flow.component.html.Anchor;

/** An organisation's facts: its kind, where it works and how to reach it. */
final class OrganisationFacts extends TypeFacts {

    OrganisationFacts(OrganisationDetails o) {
        add(getTranslation("item.organisation.kind"), label(o.getKind()));
        add(
                getTranslation("item.organisation.area"),
                o.getWorkArea().stream().map(Region::getLabel).toList());
        if (o.getWeb() != null) {
            Anchor web = external(o.getWeb(), o.getWeb().replaceFirst("^https?://", ""));
            web.addClassName("shows-address"); // its text is the address: print it once
            add(getTranslation("item.organisation.web"), web);
        }
        if (o.getEmail() != null) {
            add(getTranslation("item.organisation.email"), new Anchor("mailto:" + o.getEmail(), o.getEmail()));
        }
        if (o.getPhone() != null) {
            add(
                    getTranslation("item.organisation.phone"),
                    new Anchor("tel:" + o.getPhone().replaceAll("[^+0-9]", ""), o.getPhone()));
        }
    }
}
