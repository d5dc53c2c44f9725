package be.wegwijzer.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What only one content type has. Each type has one implementation; an {@link Item} fills only the one of its own
 * type. The interface is sealed, so a {@code switch} over it is checked by the compiler: adding a type shows every
 * place that must handle it (the file format in {@code itemfile}, the editor section, the facts on the item page).
 */
public sealed interface TypeDetails
        permits MeasureDetails,
                PracticeDetails,
                ToolDetails,
                OrganisationDetails,
                ActivityDetails,
                FicheDetails,
                PublicationDetails {

    /** The type-specific kind (a measure's kind, a tool's form, …), when the type has one and it is filled. */
    default Optional<Coded> kind() {
        return Optional.empty();
    }

    /** The date that matters for "sort by deadline": a measure's last day to apply, an activity's start. */
    default LocalDate deadline() {
        return null;
    }

    /** The other end of the period: a measure's first day, an activity's last day. */
    default LocalDate periodOther() {
        return null;
    }

    /** Loads the lazy parts the item page shows, while the caller's transaction is still open. */
    default void loadForPage() {}

    /** Text of the details that full-text search should find beside the body (e.g. questions and answers). */
    default String searchText() {
        return "";
    }
}
