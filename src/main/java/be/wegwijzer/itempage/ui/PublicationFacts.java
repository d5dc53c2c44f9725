package be.wegwijzer.itempage.ui;

import be.wegwijzer.catalog.PublicationDetails;

/** A publication's facts: what kind, who publishes it, when, in which languages, and where to read it. */
final class PublicationFacts extends TypeFacts {

    PublicationFacts(PublicationDetails p) {
        add(getTranslation("item.publication.kind"), label(p.getKind()));
        add(getTranslation("item.publication.publisher"), p.getPublisher());
        add(getTranslation("item.publication.year"), p.getYear() == null ? null : String.valueOf(p.getYear()));
        add(
                getTranslation("item.publication.languages"),
                p.getLanguages().stream().map(ToolFacts::languageName).toList());
        if (p.getUrl() != null) {
            add(
                    getTranslation("item.publication.read"),
                    external(p.getUrl(), getTranslation("item.publication.read.link")));
        }
    }
}
