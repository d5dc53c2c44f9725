package be.wegwijzer.catalog;

import be.wegwijzer.base.Markdown;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The index values of an {@link Item} that are computed rather than stored: plain text of the body, the words
 * for spelling and keywords, facet codes with their hierarchy, the type-specific kind and dates. Keeping them
 * here leaves the entity with its state; the field names are those of {@link ItemIndex}.
 */
public class ItemIndexBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        var dependencies = context.dependencies()
                .use("title")
                .use("summary")
                .use("body")
                .use("type")
                .use("owner")
                .use("publication.status")
                .use("publication.publishedAt")
                .use("verification.sourceDate")
                .use("verification.verifiedOn")
                .use("verification.reviewBy");
        for (String property :
                List.of("themes", "audiences", "sectors", "allSectors", "regions", "sizes", "level", "cost")) {
            dependencies.use("classification." + property);
        }
        TypeParts.indexedPaths().forEach(dependencies::use);
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field(
                                ItemIndex.BODY,
                                f -> f.asString()
                                        .analyzer(ItemIndex.DUTCH)
                                        .searchAnalyzer(ItemIndex.DUTCH_QUERY)
                                        .projectable(Projectable.YES)
                                        .highlightable(List.of(Highlightable.ANY))
                                        .termVector(TermVector.WITH_POSITIONS_OFFSETS))
                        .toReference(),
                schema.field(ItemIndex.SPELL, f -> f.asString().analyzer(ItemIndex.AUTOCOMPLETE_QUERY))
                        .toReference(),
                schema.field(
                                ItemIndex.KEYWORDS,
                                f -> f.asString().analyzer(ItemIndex.DUTCH).searchAnalyzer(ItemIndex.DUTCH_QUERY))
                        .toReference(),
                facet(schema, ItemIndex.THEME),
                facet(schema, ItemIndex.AUDIENCE),
                facet(schema, ItemIndex.SECTOR),
                facet(schema, ItemIndex.REGION),
                facet(schema, ItemIndex.SIZE),
                schema.field(ItemIndex.OWNER, f -> f.asString()).toReference(),
                schema.field(
                                ItemIndex.OWNER_NAME,
                                f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                        .toReference(),
                schema.field(
                                ItemIndex.THEME_LABELS,
                                f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                        .multiValued()
                        .toReference(),
                schema.field(
                                ItemIndex.DEADLINE,
                                f -> f.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference(),
                schema.field(ItemIndex.PERIOD_OTHER, f -> f.asLocalDate().projectable(Projectable.YES))
                        .toReference(),
                schema.field(
                                ItemIndex.KIND,
                                f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                        .toReference(),
                schema.field(ItemIndex.LEVEL, f -> f.asString().aggregable(Aggregable.YES))
                        .toReference(),
                schema.field(ItemIndex.COST, f -> f.asString().aggregable(Aggregable.YES))
                        .toReference(),
                schema.field(
                                ItemIndex.STATUS,
                                f -> f.asString()
                                        .projectable(Projectable.YES)
                                        .projectionConverter(
                                                ItemStatus.class,
                                                (value, converterContext) -> ItemStatus.valueOf(value)))
                        .toReference(),
                schema.field(ItemIndex.PUBLISHED_AT, f -> f.asInstant().sortable(Sortable.YES))
                        .toReference(),
                schema.field(ItemIndex.CURRENT_AS_OF, f -> f.asLocalDate().sortable(Sortable.YES))
                        .toReference(),
                schema.field(
                                ItemIndex.REVIEW_BY,
                                f -> f.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
                        .toReference());
        context.bridge(Item.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> facet(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES))
                .multiValued()
                .toReference();
    }

    private record Fields(
            IndexFieldReference<String> body,
            IndexFieldReference<String> spelling,
            IndexFieldReference<String> keywords,
            IndexFieldReference<String> themes,
            IndexFieldReference<String> audiences,
            IndexFieldReference<String> sectors,
            IndexFieldReference<String> regions,
            IndexFieldReference<String> sizes,
            IndexFieldReference<String> ownerSlug,
            IndexFieldReference<String> ownerName,
            IndexFieldReference<String> themeLabels,
            IndexFieldReference<LocalDate> deadline,
            IndexFieldReference<LocalDate> periodOther,
            IndexFieldReference<String> kind,
            IndexFieldReference<String> level,
            IndexFieldReference<String> cost,
            IndexFieldReference<String> status,
            IndexFieldReference<Instant> publishedAt,
            IndexFieldReference<LocalDate> currentAsOf,
            IndexFieldReference<LocalDate> reviewBy) {}

    private record Bridge(Fields fields) implements TypeBridge<Item> {

        @Override
        public void write(DocumentElement target, Item item, TypeBridgeWriteContext context) {
            TypeDetails details = item.details();
            String bodyText = join("\n", Markdown.toPlainText(item.getBody()), details.searchText());
            target.addValue(fields.body(), bodyText);
            target.addValue(fields.spelling(), item.getTitle() + "\n" + item.getSummary() + "\n" + bodyText);
            target.addValue(fields.keywords(), keywords(item, details));
            item.classification().themeCodesWithAncestors().forEach(code -> target.addValue(fields.themes(), code));
            item.classification().getAudiences().forEach(a -> target.addValue(fields.audiences(), a.getCode()));
            sectorCodes(item).forEach(code -> target.addValue(fields.sectors(), code));
            regionCodes(item).forEach(code -> target.addValue(fields.regions(), code));
            Collection<CompanySize> sizes = item.classification().getSizes().isEmpty()
                    ? EnumSet.allOf(CompanySize.class)
                    : item.classification().getSizes();
            sizes.forEach(size -> target.addValue(fields.sizes(), size.code()));
            if (item.getOwner() != null) {
                target.addValue(fields.ownerSlug(), item.getOwner().getSlug());
                target.addValue(fields.ownerName(), item.getOwner().getTitle());
            }
            item.classification().getThemes().forEach(t -> target.addValue(fields.themeLabels(), t.getLabel()));
            addIfPresent(target, fields.deadline(), details.deadline());
            addIfPresent(target, fields.periodOther(), details.periodOther());
            details.kind().ifPresent(kind -> target.addValue(fields.kind(), kind.code()));
            Classification classification = item.classification();
            addIfPresent(
                    target,
                    fields.level(),
                    classification.getLevel() == null
                            ? null
                            : classification.getLevel().name());
            addIfPresent(
                    target,
                    fields.cost(),
                    classification.getCost() == null
                            ? null
                            : classification.getCost().name());
            target.addValue(fields.status(), item.getStatus().name());
            addIfPresent(target, fields.publishedAt(), item.publication().getPublishedAt());
            addIfPresent(
                    target,
                    fields.currentAsOf(),
                    item.verification().currentAsOf().orElse(null));
            addIfPresent(target, fields.reviewBy(), item.verification().getReviewBy());
        }

        /** Words that describe the item without being in its text: labels of its taxonomy terms, owner, kind. */
        private static String keywords(Item item, TypeDetails details) {
            List<String> words = new ArrayList<>();
            words.add(item.getType().label());
            item.classification().getThemes().forEach(t -> words.add(t.getLabel()));
            item.classification().getSectors().forEach(s -> {
                words.add(s.getLabel());
                s.getJointCommittees().forEach(pc -> words.add("PC " + pc));
            });
            if (item.getOwner() != null) {
                words.add(item.getOwner().getTitle());
            }
            details.kind().ifPresent(kind -> words.add(kind.label()));
            return String.join(" | ", words);
        }

        /** Sector codes, or {@link Item#ALL} when the item is for every sector (the search adds it to any sector filter). */
        private static Set<String> sectorCodes(Item item) {
            return item.classification().isAllSectors()
                            || item.classification().getSectors().isEmpty()
                    ? Set.of(Item.ALL)
                    : codes(item.classification().getSectors().stream().map(Sector::getCode));
        }

        /** Regions the item applies to, with every region inside them; {@link Item#ALL} when none is given. */
        private static Set<String> regionCodes(Item item) {
            return item.classification().getRegions().isEmpty()
                    ? Set.of(Item.ALL)
                    : codes(item.classification().getRegions().stream()
                            .flatMap(r -> r.withDescendants().stream())
                            .map(Region::getCode));
        }

        private static Set<String> codes(Stream<String> codes) {
            Set<String> result = new LinkedHashSet<>();
            codes.forEach(result::add);
            return result;
        }

        private static <T> void addIfPresent(DocumentElement target, IndexFieldReference<T> field, T value) {
            if (value != null) {
                target.addValue(field, value);
            }
        }

        private static String join(String separator, String first, String second) {
            return second == null || second.isBlank() ? first : first + separator + second;
        }
    }
}
