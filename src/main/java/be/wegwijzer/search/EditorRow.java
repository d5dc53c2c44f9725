package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/** A line in the editors' item list, straight from the index. */
@ProjectionConstructor
public record EditorRow(
        @IdProjection Long id,
        @FieldProjection String slug,
        @FieldProjection(path = ItemIndex.TYPE) ItemType type,
        @FieldProjection(path = ItemIndex.TITLE) String title,
        @FieldProjection(path = ItemIndex.STATUS) ItemStatus status,
        @FieldProjection String ownerName,
        @FieldProjection(path = ItemIndex.REVIEW_BY) LocalDate reviewBy,
        @FieldProjection(path = ItemIndex.UPDATED_AT) Instant updatedAt) {}
