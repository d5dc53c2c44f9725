package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to an original source or an official page. */
@Embeddable
public record Link(
        @Column(name = "label", nullable = false, length = 200) String label,
        @Column(name = "url", nullable = false, length = 1000) String url) {
}
