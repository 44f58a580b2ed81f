package dev.khabar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a {@link DateMention}'s ISO 8601 value covers, first and last included: {@code 2023-10} is 2023-10-01 to
 * 2023-10-31, {@code 2025-W11} Monday to Sunday of that ISO week, {@code 198} (a decade) 1980-01-01 to 1989-12-31,
 * {@code 2026-02-07T10:00} that one day, {@code 2020/2022} 2020-01-01 to 2022-12-31.
 *
 * @param iso   the value as written in {@link DateMention#value()}
 * @param start the first day the value covers
 * @param end   the last day the value covers, never before {@code start}
 */
public record DateRange(String iso, LocalDate start, LocalDate end) {
    private static final Pattern DAY = Pattern.compile("(-?\\d{4,})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(-?\\d{4,})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(-?\\d{4,})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(-?\\d{4,})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(-?\\d{4,})-H([12])");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4,}");
    private static final Pattern DECADE = Pattern.compile("-?\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("-?\\d{2}");

    /**
     * Checks that the range is whole and in order.
     *
     * @param iso   the ISO 8601 value
     * @param start the first day it covers
     * @param end   the last day it covers
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start + " in " + iso);
        }
    }

    /**
     * The range of a value as {@link DateMention#value()} writes it: a point at any grain, or two points joined by
     * {@code /}.
     *
     * @param iso the value
     * @return the days it covers
     * @throws IllegalArgumentException if {@code iso} is not such a value
     */
    public static DateRange parse(String iso) {
        Objects.requireNonNull(iso, "iso");
        int slash = iso.indexOf('/');
        try {
            if (slash >= 0) {
                return new DateRange(iso, point(iso.substring(0, slash), iso)[0], point(iso.substring(slash + 1), iso)[1]);
            }
            LocalDate[] p = point(iso, iso);
            return new DateRange(iso, p[0], p[1]);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date value: " + iso, e);
        }
    }

    /**
     * True when {@code date} lies in the range.
     *
     * @param date a day
     * @return whether it is one of the range's days
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The first and last day of one point. */
    private static LocalDate[] point(String p, String whole) {
        Matcher m;
        if ((m = DAY.matcher(p)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new LocalDate[] {d, d};
        }
        if ((m = WEEK.matcher(p)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        if ((m = MONTH.matcher(p)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        if ((m = QUARTER.matcher(p)).matches()) {
            return months(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 3);
        }
        if ((m = HALF.matcher(p)).matches()) {
            return months(Integer.parseInt(m.group(1)), 6 * Integer.parseInt(m.group(2)) - 5, 6);
        }
        if (YEAR.matcher(p).matches()) {
            return years(Integer.parseInt(p), 1);
        }
        if (DECADE.matcher(p).matches()) {
            return years(Integer.parseInt(p) * 10, 10);
        }
        if (CENTURY.matcher(p).matches()) {
            return years(Integer.parseInt(p) * 100, 100);
        }
        throw new IllegalArgumentException("not a date value: " + whole);
    }

    private static LocalDate[] months(int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new LocalDate[] {first.atDay(1), first.plusMonths(count - 1).atEndOfMonth()};
    }

    private static LocalDate[] years(int firstYear, int count) {
        return new LocalDate[] {LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + count - 1, 12, 31)};
    }
}
