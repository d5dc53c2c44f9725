package be.wegwijzer.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a source carries, as precise as the source gives it: a year ({@code 2021}), a month ({@code 2021-06}) or a
 * day ({@code 2021-06-15}). A policy document often only says "2021"; writing 2021-01-01 would claim more than is
 * known. {@link #latestDay()} is what age computations use: a source "from 2021" may be as recent as 31 December 2021.
 *
 * @param month 1-12, or 0 when the source gives only a year
 * @param day 1-31, or 0 when the source gives no day
 */
public record SourceDate(int year, int month, int day) implements Comparable<SourceDate> {

    public static final int TEXT_MAX_LENGTH = 10;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public SourceDate {
        if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || (month == 0 && day > 0)) {
            throw new IllegalArgumentException("not a source date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // throws on 2021-02-30
        }
    }

    /** {@code 2021}, {@code 2021-06} or {@code 2021-06-15}; empty for anything else, an impossible day included. */
    public static Optional<SourceDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SourceDate(
                    Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public static SourceDate of(LocalDate date) {
        return new SourceDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** The first day the date can mean. */
    public LocalDate earliestDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date can mean: the end of the year or month when the source gives no more. */
    public LocalDate latestDay() {
        if (hasDay()) {
            return LocalDate.of(year, month, day);
        }
        if (hasMonth()) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** The ISO form as written in a content file. */
    @Override
    public String toString() {
        if (hasDay()) {
            return "%04d-%02d-%02d".formatted(year, month, day);
        }
        return hasMonth() ? "%04d-%02d".formatted(year, month) : Integer.toString(year);
    }

    @Override
    public int compareTo(SourceDate other) {
        int byLatest = latestDay().compareTo(other.latestDay());
        return byLatest != 0 ? byLatest : earliestDay().compareTo(other.earliestDay());
    }
}
