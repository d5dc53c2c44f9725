package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An "Ik wil …" entry point of an audience page.
 *
 * @param search the search it opens, as a URL query string ({@code q=werkdruk&thema=werkdruk})
 */
@Embeddable
public record AudienceEntry(
        @Column(name = "label", nullable = false, length = 150)
        String label,

        @Column(name = "search", nullable = false, length = 1000)
        String search) {}
