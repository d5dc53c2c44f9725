package be.wegwijzer.finder;

import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.Trust;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A measure as the rules see it: its conditions from the content file, no database or UI types. Empty sets and
 * null bounds mean "no restriction".
 *
 * @param themes theme codes of the measure including their ancestors
 */
public record MeasureFacts(
        ItemCard card,
        Set<String> themes,
        Set<Statute> statutes,
        Integer minEmployees,
        Integer maxEmployees,
        Set<String> sectors,
        Set<String> regions,
        LocalDate validFrom,
        LocalDate validUntil,
        List<String> selfChecks,
        Support support) {

    /** What the measure gives and how to get it, for the result list. */
    public record Support(
            String kind,
            String competence,
            Integer maxEur,
            Integer percentage,
            String form,
            String applyWho,
            String applyUrl,
            Trust trust,
            boolean needsVerification) {}
}
