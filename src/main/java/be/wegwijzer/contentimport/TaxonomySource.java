package be.wegwijzer.contentimport;

import java.util.List;
import java.util.Map;

/** The taxonomy files as read, in file order. */
public record TaxonomySource(
        List<ThemeSource> themes,
        List<AudienceSource> audiences,
        List<SectorSource> sectors,
        List<RegionSource> regions,
        List<List<String>> synonymGroups) {

    public record ThemeSource(String code, String label, String explanation, String parent, int order) {}

    /**
     * @param entries    the "Ik wil …" entry points of the audience page
     * @param highlights items the page highlights, as folder/slug
     */
    public record AudienceSource(
            String code,
            String label,
            String explanation,
            int order,
            String intro,
            List<EntrySource> entries,
            List<String> highlights) {}

    /**
     * @param words   words to search, may be empty
     * @param filters facet parameter ({@code thema}, {@code type}, …) to codes
     */
    public record EntrySource(String label, String words, Map<String, List<String>> filters) {}

    public record SectorSource(
            String code, String label, String explanation, List<String> jointCommittees, int order) {}

    public record RegionSource(String code, String label, String parent, int order) {}
}
