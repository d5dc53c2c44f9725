package be.wegwijzer.alerts;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often a digest goes out; a digest belongs to one period (an ISO week or a month). */
public enum AlertFrequency {
    WEKELIJKS("wekelijks"),
    MAANDELIJKS("maandelijks");

    private final String label;

    AlertFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The period a day belongs to, e.g. {@code 2026-W49} or {@code 2026-12}: one digest per period at most. */
    public String period(LocalDate day) {
        return switch (this) {
            case WEKELIJKS ->
                "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MAANDELIJKS -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
        };
    }
}
