package be.wegwijzer.feeds;

import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day or a span of days in a calendar: an activity, or the last day to apply for a measure.
 *
 * @param deadline  true for a measure's closing date, false for an activity
 * @param lastDay   inclusive; the same as {@code firstDay} for a single day
 * @param location  where an activity takes place ("online" included), or null
 * @param changed   the item's last change, written as the event's stamp so calendar clients see updates
 */
record CalendarEvent(
        ItemType type,
        String slug,
        String title,
        String summary,
        boolean deadline,
        LocalDate firstDay,
        LocalDate lastDay,
        String location,
        Instant changed) {

    String path() {
        return "/" + type.segment() + "/" + slug;
    }
}
