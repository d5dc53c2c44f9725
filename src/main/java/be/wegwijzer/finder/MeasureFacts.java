package be.wegwijzer.finder;

import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.MeasureStatus;
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
 * @param ownerName the organisation that offers the measure, where a visitor can ask whether it is still open
 * @param currentAsOf the newest day the measure's facts are known to hold (its check, else its source date), or null
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
        Support support,
        String ownerName,
        LocalDate currentAsOf) {

    /** Whether one can apply today: open, upcoming, ended, or unknown (no end date and only old sources). */
    public MeasureStatus status(LocalDate today) {
        return MeasureStatus.of(validFrom, validUntil, currentAsOf, today);
    }

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
