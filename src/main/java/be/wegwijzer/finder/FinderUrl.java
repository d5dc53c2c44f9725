package be.wegwijzer.finder;

import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.Statute;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Steunzoeker's form in the URL, so a result can be shared or bookmarked:
 * {@code /steunzoeker?statuut=werkgever&werknemers=8&sector=voeding&regio=limburg&thema=werkdruk}.
 * Raw values are kept as typed so the form can point at a wrong one instead of dropping it.
 */
public record FinderUrl(String statute, String employees, String sector, String region, Set<String> themes) {

    public static final String PATH = "steunzoeker";

    public static FinderUrl parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new FinderUrl(
                first(p, "statuut"),
                first(p, "werknemers"),
                first(p, "sector"),
                first(p, "regio"),
                new LinkedHashSet<>(
                        p.getOrDefault("thema", List.of()).stream().limit(20).toList()));
    }

    public static QueryParameters toParameters(Situation situation) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("statuut", List.of(situation.statute().code()));
        if (situation.employees() != null) {
            p.put("werknemers", List.of(String.valueOf(situation.employees())));
        }
        if (situation.sector() != null) {
            p.put("sector", List.of(situation.sector()));
        }
        if (situation.region() != null) {
            p.put("regio", List.of(situation.region()));
        }
        if (!situation.themes().isEmpty()) {
            p.put("thema", situation.themes().stream().sorted().toList());
        }
        return new QueryParameters(p);
    }

    public boolean isEmpty() {
        return statute == null;
    }

    public Statute statuteValue() {
        return statute == null ? null : Coded.fromCode(Statute.class, statute).orElse(null);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank()
                ? null
                : values.getFirst().strip();
    }
}
