package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Theme;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stored taxonomy terms by code, to turn codes of a validated {@link ItemSource} into entities. */
public record Taxonomy(
        Map<String, Theme> themes,
        Map<String, Audience> audiences,
        Map<String, Sector> sectors,
        Map<String, Region> regions) {

    public static Taxonomy of(
            Collection<Theme> themes,
            Collection<Audience> audiences,
            Collection<Sector> sectors,
            Collection<Region> regions) {
        return new Taxonomy(
                index(themes, Theme::getCode), index(audiences, Audience::getCode),
                index(sectors, Sector::getCode), index(regions, Region::getCode));
    }

    public static <T> Set<T> resolve(List<String> codes, Map<String, T> terms) {
        return codes.stream()
                .map(terms::get)
                .filter(t -> t != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> Map<String, T> index(Collection<T> terms, Function<T, String> code) {
        return terms.stream().collect(Collectors.toMap(code, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
