package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A link to an original source or an official page: an immutable value.
 *
 * <p>A class rather than a record because Envers, which keeps the item history, builds old versions of an element
 * collection through a no-argument constructor and field access; Hibernate ORM itself could read a record, Envers
 * cannot ("must declare a default (no-argument) constructor"). The accessors keep the record's names.
 */
@Embeddable
public class Link {

    public static final int LABEL_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 1000;

    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "url", nullable = false, length = URL_MAX_LENGTH)
    private String url;

    /** For Hibernate and Envers only. */
    protected Link() {}

    public Link(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Link that && Objects.equals(label, that.label) && Objects.equals(url, that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, url);
    }

    @Override
    public String toString() {
        return "Link[label=" + label + ", url=" + url + "]";
    }
}
