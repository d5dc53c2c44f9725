package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which record reads the fields of which content type: the one table from {@link ItemType} to its
 * {@link TypeSource}. Everything else a type does with its fields is in its record.
 */
final class TypeFormats {

    private record Format(
            Set<String> fields, Function<YamlMapping, TypeSource> reader, Function<Item, TypeSource> fromItem) {}

    private static final Map<ItemType, Format> FORMATS = new EnumMap<>(Map.of(
            ItemType.MAATREGEL,
                    new Format(MeasureSource.FIELDS, MeasureSource::read, item -> MeasureSource.of(item.measure())),
            ItemType.PRAKTIJK,
                    new Format(PracticeSource.FIELDS, PracticeSource::read, item -> PracticeSource.of(item.practice())),
            ItemType.TOOL, new Format(ToolSource.FIELDS, ToolSource::read, item -> ToolSource.of(item.tool())),
            ItemType.ORGANISATIE,
                    new Format(
                            OrganisationSource.FIELDS,
                            OrganisationSource::read,
                            item -> OrganisationSource.of(item.organisation())),
            ItemType.ACTIVITEIT,
                    new Format(ActivitySource.FIELDS, ActivitySource::read, item -> ActivitySource.of(item.activity())),
            ItemType.FICHE, new Format(FicheSource.FIELDS, FicheSource::read, item -> new FicheSource()),
            ItemType.PUBLICATIE,
                    new Format(
                            PublicationSource.FIELDS,
                            PublicationSource::read,
                            item -> PublicationSource.of(item.publicationDetails()))));

    private TypeFormats() {}

    /** The top-level keys of a file of this type beyond the common ones, in file order. */
    static Set<String> fields(ItemType type) {
        return format(type).fields();
    }

    static TypeSource read(ItemType type, YamlMapping fm) {
        return format(type).reader().apply(fm);
    }

    /** The type's fields of a stored item, as a file would give them. */
    static TypeSource of(Item item) {
        return format(item.getType()).fromItem().apply(item);
    }

    private static Format format(ItemType type) {
        Format format = FORMATS.get(type);
        if (format == null) {
            throw new IllegalStateException("No file format for content type " + type);
        }
        return format;
    }
}
