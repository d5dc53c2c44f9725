package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemType;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** Just enough of an item to suggest it while someone types. */
@ProjectionConstructor
public record TitleHit(
        @FieldProjection String slug,
        @FieldProjection(path = ItemIndex.TYPE) ItemType type,
        @FieldProjection(path = ItemIndex.TITLE) String title) {}
