package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemType;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * One search result, projected straight from the index (no database round trip). Highlights are HTML with
 * only {@code <mark>} tags; all other text in them is escaped by the highlighter.
 *
 * @param deadline    a measure's last day to apply or an activity's start
 * @param periodOther a measure's first day or an activity's last day
 * @param currentAsOf the newest day the item's facts are known to hold (its check, else its source date)
 */
@ProjectionConstructor
public record ItemHit(
        @FieldProjection String slug,
        @FieldProjection(path = ItemIndex.TYPE) ItemType type,
        @FieldProjection(path = ItemIndex.TITLE) String title,
        @FieldProjection(path = ItemIndex.KIND) String kind,
        @FieldProjection(path = ItemIndex.SUMMARY) String summary,

        @HighlightProjection(path = ItemIndex.SUMMARY, highlighter = ItemSearchRepositoryImpl.SUMMARY_HIGHLIGHTER)
        List<String> summaryHighlight,

        @HighlightProjection(path = ItemIndex.BODY, highlighter = ItemSearchRepositoryImpl.BODY_HIGHLIGHTER)
        List<String> bodyHighlight,

        @FieldProjection String ownerName,
        @FieldProjection List<String> themeLabels,
        @FieldProjection(path = ItemIndex.DEADLINE) LocalDate deadline,
        @FieldProjection LocalDate periodOther,
        @FieldProjection(path = ItemIndex.CURRENT_AS_OF) LocalDate currentAsOf) {

    public String path() {
        return "/" + type.segment() + "/" + slug;
    }

    public ItemCard card() {
        return new ItemCard(type, slug, title, summary);
    }
}
