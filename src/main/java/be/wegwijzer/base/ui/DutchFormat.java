package be.wegwijzer.base.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts as Flemish readers write them: "22 november 2026", "€ 10.000". */
public final class DutchFormat {

    public static final Locale LOCALE = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private DutchFormat() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String euro(int amount) {
        return "€ " + NumberFormat.getIntegerInstance(LOCALE).format(amount);
    }
}
