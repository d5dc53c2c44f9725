package be.wegwijzer.search;

import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import java.util.Arrays;
import java.util.Optional;

/**
 * A filterable dimension of the search: its URL parameter, its index field and how a code in the URL maps to
 * the value in the index (enums are indexed by name, taxonomy terms by code).
 */
public enum Facet {
    TYPE("type", "Soort inhoud", ItemIndex.TYPE, ItemType.class),
    THEME("thema", "Thema", ItemIndex.THEME, null),
    AUDIENCE("doelgroep", "Doelgroep", ItemIndex.AUDIENCE, null),
    SECTOR("sector", "Sector", ItemIndex.SECTOR, null),
    SIZE("grootte", "Grootte", ItemIndex.SIZE, null),
    REGION("regio", "Regio", ItemIndex.REGION, null),
    LEVEL("niveau", "Niveau", ItemIndex.LEVEL, Level.class),
    COST("kosten", "Kosten", ItemIndex.COST, Cost.class),
    /** Kind within a type (sectorfonds, cheque, scan, campagne …); used by the guides, not shown on the search page. */
    KIND("soort", "Soort", ItemIndex.KIND, null);

    private final String parameter;
    private final String label;
    private final String field;
    private final Class<? extends Enum<?>> enumType;

    Facet(String parameter, String label, String field, Class<? extends Enum<?>> enumType) {
        this.parameter = parameter;
        this.label = label;
        this.field = field;
        this.enumType = enumType;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    String field() {
        return field;
    }

    /** Sector and region values also match items marked "for all" ({@code alle}). */
    boolean includesAll() {
        return this == SECTOR || this == REGION;
    }

    /** The index value for a URL code, empty when the code is unknown for an enum facet. */
    public Optional<String> indexValue(String code) {
        if (enumType == null) {
            return Optional.of(code);
        }
        return Arrays.stream(enumType.getEnumConstants())
                .filter(e -> ((Coded) e).code().equals(code))
                .map(Enum::name)
                .findFirst();
    }

    /** The codes an enum facet accepts, for messages ("tool, fiche, …"); empty for taxonomy facets. */
    String codes() {
        return enumType == null
                ? ""
                : String.join(
                        ", ",
                        Arrays.stream(enumType.getEnumConstants())
                                .map(e -> ((Coded) e).code())
                                .toList());
    }

    /** The URL code for an index value. */
    String code(String indexValue) {
        if (enumType == null) {
            return indexValue;
        }
        return Arrays.stream(enumType.getEnumConstants())
                .filter(e -> e.name().equals(indexValue))
                .map(e -> ((Coded) e).code())
                .findFirst()
                .orElse(indexValue);
    }

    /** Whether the search page offers this facet; the others serve pages such as Wie helpt. */
    public boolean shownOnSearchPage() {
        return this != KIND;
    }

    public static Optional<Facet> fromParameter(String parameter) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(parameter))
                .findFirst();
    }
}
