package be.wegwijzer.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The seven kinds of content. The folder is where the files live, the segment is the first part of the URL. */
public enum ItemType implements Coded {
    TOOL("tools", "tool", "Tool", "Tools"),
    FICHE("fiches", "fiche", "Inspiratiefiche", "Inspiratiefiches"),
    PRAKTIJK("praktijken", "praktijk", "Goede praktijk", "Goede praktijken"),
    MAATREGEL("maatregelen", "maatregel", "Steunmaatregel", "Steunmaatregelen"),
    ORGANISATIE("organisaties", "organisatie", "Organisatie", "Organisaties"),
    ACTIVITEIT("activiteiten", "activiteit", "Activiteit", "Activiteiten"),
    PUBLICATIE("publicaties", "publicatie", "Publicatie", "Publicaties");

    private final String folder;
    private final String segment;
    private final String label;
    private final String pluralLabel;

    ItemType(String folder, String segment, String label, String pluralLabel) {
        this.folder = folder;
        this.segment = segment;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    public String folder() {
        return folder;
    }

    /** URL segment, also the facet code: {@code /tool/{slug}}. */
    public String segment() {
        return segment;
    }

    @Override
    public String code() {
        return segment;
    }

    @Override
    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    /** The type-specific kinds in their URL and index form (a measure's kinds, a tool's forms, …); none for some types. */
    public List<Coded> kinds() {
        return switch (this) {
            case MAATREGEL -> List.of(MeasureKind.values());
            case TOOL -> List.of(ToolForm.values());
            case ORGANISATIE -> List.of(OrganisationKind.values());
            case ACTIVITEIT -> List.of(ActivityKind.values());
            case PUBLICATIE -> List.of(PublicationKind.values());
            case FICHE, PRAKTIJK -> List.of();
        };
    }

    /**
     * Whether an item of this type names its owner organisation ({@code organisatie}). An organisation owns itself; a
     * publication names its publisher in its own field and links an organisation only when the portal has it.
     */
    public boolean ownerRequired() {
        return this != ORGANISATIE && this != PUBLICATIE;
    }

    public static Optional<ItemType> fromSegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.segment.equals(segment)).findFirst();
    }

    public static Optional<ItemType> fromFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }
}
