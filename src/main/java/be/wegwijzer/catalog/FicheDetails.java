package be.wegwijzer.catalog;

import java.util.List;

/** An inspiration fiche has nothing beyond the common fields: its three level sections are in the body. */
public final class FicheDetails implements TypeDetails {

    static final FicheDetails INSTANCE = new FicheDetails();

    /** The sections every fiche body has, one per level of ambition. */
    public static final List<String> SECTIONS = List.of("Starter", "Gevorderd", "Expert");

    private FicheDetails() {}
}
