package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A library item: a law, collective agreement, covenant, action plan, report, guide, brochure or toolkit. What it
 * means for a small company is the item's summary and body; these are the facts of the publication itself.
 */
@Embeddable
public final class PublicationDetails implements TypeDetails {

    public static final int PUBLISHER_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 1000;

    /** Properties that kind(), deadline(), periodOther() and searchText() read: the search index follows them. */
    static final List<String> INDEXED_PROPERTIES = List.of("kind", "publisher");

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_kind", length = 30)
    private PublicationKind kind;

    /** The publisher as the publication names it (an organisation item may link to it as the owner). */
    @Column(name = "publication_publisher", length = PUBLISHER_MAX_LENGTH)
    private String publisher;

    @Column(name = "publication_year")
    private Integer year;

    /** Comma-separated language codes (nl, fr, en, de): a tiny fixed list, always read whole. */
    @Column(name = "publication_languages", length = 50)
    private String languages;

    /** Where the publication itself can be read. */
    @Column(name = "publication_url", length = URL_MAX_LENGTH)
    private String url;

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<String> getLanguages() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages.isEmpty() ? null : String.join(",", languages);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public Optional<Coded> kind() {
        return Optional.ofNullable(kind);
    }

    /** The publisher's name is found by the search ("nar", "eu-osha") even when the text does not repeat it. */
    @Override
    public String searchText() {
        return publisher == null ? "" : publisher;
    }
}
