package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.Item;
import java.util.List;
import java.util.Map;

/**
 * The fields of a content file that only one content type has, with everything the file format does with them:
 * each implementation reads them ({@code read}, via {@link TypeFormats}), writes, checks and maps them onto the
 * type's details in {@code catalog}, and back ({@code of}). Adding a field to a type touches that type's record here,
 * its details class, its editor section and its facts on the item page — nothing generic.
 */
public sealed interface TypeSource
        permits MeasureSource,
                PracticeSource,
                ToolSource,
                OrganisationSource,
                ActivitySource,
                FicheSource,
                PublicationSource {

    /** Writes the type's fields after the common ones, in the order of docs/content-format.md; empty ones are left out. */
    void write(YamlWriter fm);

    /** Checks the type's fields; {@code item} gives the common fields and the body. */
    void validate(ItemSource item, ItemValidator checks);

    /** Copies the fields onto the item's details of this type; every code was checked by the validator. */
    void applyTo(Item item, Taxonomy taxonomy);

    /** Sets references to other items, once every item of a batch exists. */
    default void applyRelations(Item item, Map<String, Item> bySlug) {}

    /** Slugs of other items these fields refer to, so a caller can load them before {@link #applyRelations}. */
    default List<String> references() {
        return List.of();
    }

    /** The body a new item of this type starts with in the editor. */
    default String bodyTemplate() {
        return "";
    }

    /** The form the database gives back: see {@link ItemMapper#asStored}. */
    TypeSource stored();
}
