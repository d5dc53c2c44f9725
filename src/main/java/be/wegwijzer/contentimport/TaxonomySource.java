package be.wegwijzer.contentimport;

import java.util.List;

/** The taxonomy files as read, in file order. */
public record TaxonomySource(
        List<ThemeSource> themes,
        List<AudienceSource> audiences,
        List<SectorSource> sectors,
        List<RegionSource> regions,
        List<List<String>> synonymGroups) {

    public record ThemeSource(String code, String label, String explanation, String parent, int order) {
    }

    public record AudienceSource(String code, String label, String explanation, int order) {
    }

    public record SectorSource(String code, String label, String explanation, List<String> jointCommittees, int order) {
    }

    public record RegionSource(String code, String label, String parent, int order) {
    }
}
