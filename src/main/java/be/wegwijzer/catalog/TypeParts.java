package be.wegwijzer.catalog;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.ArrayList;
import java.util.List;

/**
 * The type-specific parts of an item, one per type, in the item's own table. Only the part of the item's type is
 * filled; this class is the one place that knows which part belongs to which type.
 */
@Embeddable
public class TypeParts {

    @Embedded
    private MeasureDetails measure = new MeasureDetails();

    @Embedded
    private PracticeDetails practice = new PracticeDetails();

    @Embedded
    private ToolDetails tool = new ToolDetails();

    @Embedded
    private OrganisationDetails organisation = new OrganisationDetails();

    @Embedded
    private ActivityDetails activity = new ActivityDetails();

    @Embedded
    private PublicationDetails publication = new PublicationDetails();

    /** The paths, from the item, of every property the details expose to the search index. */
    static List<String> indexedPaths() {
        List<String> paths = new ArrayList<>();
        MeasureDetails.INDEXED_PROPERTIES.forEach(p -> paths.add("parts.measure." + p));
        PracticeDetails.INDEXED_PROPERTIES.forEach(p -> paths.add("parts.practice." + p));
        ToolDetails.INDEXED_PROPERTIES.forEach(p -> paths.add("parts.tool." + p));
        OrganisationDetails.INDEXED_PROPERTIES.forEach(p -> paths.add("parts.organisation." + p));
        ActivityDetails.INDEXED_PROPERTIES.forEach(p -> paths.add("parts.activity." + p));
        PublicationDetails.INDEXED_PROPERTIES.forEach(p -> paths.add("parts.publication." + p));
        return paths;
    }

    TypeDetails of(ItemType type) {
        return switch (type) {
            case MAATREGEL -> measure();
            case PRAKTIJK -> practice();
            case TOOL -> tool();
            case ORGANISATIE -> organisation();
            case ACTIVITEIT -> activity();
            case FICHE -> FicheDetails.INSTANCE;
            case PUBLICATIE -> publication();
        };
    }

    /** Empties the parts of every other type, so no stale data of a former type stays behind. */
    void keepOnly(ItemType type) {
        TypeDetails own = of(type);
        measure = own instanceof MeasureDetails m ? m : new MeasureDetails();
        practice = own instanceof PracticeDetails p ? p : new PracticeDetails();
        tool = own instanceof ToolDetails t ? t : new ToolDetails();
        organisation = own instanceof OrganisationDetails o ? o : new OrganisationDetails();
        activity = own instanceof ActivityDetails a ? a : new ActivityDetails();
        publication = own instanceof PublicationDetails p ? p : new PublicationDetails();
    }

    /** Never null: Hibernate leaves an embedded part null when all its columns are null. */
    MeasureDetails measure() {
        if (measure == null) {
            measure = new MeasureDetails();
        }
        return measure;
    }

    PracticeDetails practice() {
        if (practice == null) {
            practice = new PracticeDetails();
        }
        return practice;
    }

    ToolDetails tool() {
        if (tool == null) {
            tool = new ToolDetails();
        }
        return tool;
    }

    OrganisationDetails organisation() {
        if (organisation == null) {
            organisation = new OrganisationDetails();
        }
        return organisation;
    }

    ActivityDetails activity() {
        if (activity == null) {
            activity = new ActivityDetails();
        }
        return activity;
    }

    PublicationDetails publication() {
        if (publication == null) {
            publication = new PublicationDetails();
        }
        return publication;
    }
}
