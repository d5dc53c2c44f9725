package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.MeasureStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The fact that decides whether a hit is still useful on {@code today}: open or ended for measures, to come or past
 * for activities. Views show it as a tag; {@code key} is its text in the translation file, {@code date} its parameter.
 *
 * @param variant {@code open}, {@code upcoming}, {@code unknown} or {@code ended}, for the tag's style
 */
public record HitState(String key, LocalDate date, String variant) {

    public static Optional<HitState> of(ItemHit hit, LocalDate today) {
        if (hit.type() == ItemType.MAATREGEL) {
            LocalDate until = hit.deadline();
            LocalDate from = hit.periodOther();
            return Optional.of(
                    switch (MeasureStatus.of(from, until, hit.currentAsOf(), today)) {
                        case ENDED -> new HitState("search.hit.ended", until, "ended");
                        case UPCOMING -> new HitState("search.hit.from", from, "upcoming");
                        case UNKNOWN -> new HitState("search.hit.unknown", null, "unknown");
                        case OPEN ->
                            until == null
                                    ? new HitState("search.hit.open", null, "open")
                                    : new HitState("search.hit.until", until, "open");
                    });
        }
        if (hit.type() == ItemType.ACTIVITEIT && hit.deadline() != null) {
            LocalDate last = hit.periodOther() != null ? hit.periodOther() : hit.deadline();
            return Optional.of(
                    today.isAfter(last)
                            ? new HitState("search.hit.past", hit.deadline(), "ended")
                            : new HitState("search.hit.upcoming", hit.deadline(), "upcoming"));
        }
        return Optional.empty();
    }
}
