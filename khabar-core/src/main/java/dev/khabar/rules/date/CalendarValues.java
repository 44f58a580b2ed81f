package dev.khabar.rules.date;

import dev.khabar.Grain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The value of calendar fields: what the text left out filled in from the reference date (the year of a month
 * written without one by {@link UndatedYears}), in the Gregorian or Hijri calendar.
 */
final class CalendarValues extends Rules {
    private final UndatedYears undated;

    CalendarValues(Cursor cursor) {
        super(cursor);
        this.undated = new UndatedYears(cursor);
    }

    /** Fills in what the text left out and computes the value. */
    DateSpan resolve(CalendarFields c) {
        DateSpan f = new DateSpan(c.first, c.start, c.next);
        f.hijri = c.hijri;
        f.rule = c.rule == null ? "date" : c.rule;
        boolean relative = c.year == null && (c.month != null || c.day != null || c.monthOffset != null)
                || c.yearOffset != null || c.monthOffset != null;
        if (c.year == null && c.month == null && c.day == null && c.monthOffset == null && c.yearOffset == null) {
            return null;
        }
        f.grain = c.day != null ? Grain.DAY : (c.month != null || c.monthOffset != null) ? Grain.MONTH : Grain.YEAR;
        f.dayBased = f.grain == Grain.DAY;
        if (relative && ref == null) {
            f.unresolved = true;
            return f;
        }
        try {
            if (c.hijri && c.rule != null && c.rule.startsWith("numeric") && c.year != null && c.year >= 1800) {
                c.hijri = false; // 10/6/2015هـ: the year shows the mark is a slip
                f.hijri = false;
            }
            f.value = c.hijri || (c.year != null && isHijriYear(c)) ? hijriValue(c, f) : gregorianValue(c, f);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
        return f.value == null ? null : f;
    }

    /** A numeric date with a year from 1300 to 1500 and no calendar mark is Hijri (١٤٣٦/١٠/٢٥). */
    private boolean isHijriYear(CalendarFields c) {
        return !c.gregorianMarked && c.rule != null && c.rule.startsWith("numeric")
                && (c.year >= 1300 && c.year <= 1500 || reading.hijriNumeric());
    }

    private Value gregorianValue(CalendarFields c, DateSpan f) {
        Integer year = c.year;
        if (year != null && c.twoDigitYear) {
            int pivot = ref == null ? 30 : ref.getYear() % 100 + 5;
            year = year <= pivot ? 2000 + year : 1900 + year;
        }
        Integer month = c.month;
        if (c.monthOffset != null) {
            YearMonth ym = YearMonth.from(ref).plusMonths(c.monthOffset);
            month = ym.getMonthValue();
            year = ym.getYear();
        }
        if (c.yearOffset != null) {
            year = ref.getYear() + c.yearOffset;
        }
        if (month == null && c.day != null) {
            // a weekday and a day of the month: the month is the one the convention points to
            YearMonth ym = YearMonth.from(ref);
            if (reading.isDuckling() ? c.day < ref.getDayOfMonth() : c.day > ref.getDayOfMonth()) {
                ym = ym.plusMonths(reading.isDuckling() ? 1 : -1);
            }
            year = ym.getYear();
            month = ym.getMonthValue();
        }
        if (year == null) {
            year = undated.year(month, c.day, c.monthDirection, c.first, ref.getYear(), ref.getMonthValue(),
                    ref.getDayOfMonth());
        }
        if (month == null) {
            return new Value(Point.of(LocalDate.of(year, 1, 1), Grain.YEAR), null);
        }
        if (c.day == null) {
            return new Value(Point.of(LocalDate.of(year, month, 1), Grain.MONTH), null);
        }
        LocalDate d = LocalDate.of(year, month, c.day);
        if (c.weekday != 0 && c.dayIsOrdinal && d.getDayOfWeek().getValue() != c.weekday && c.day <= 5) {
            // الثلاثاء الثالث من أيلول: the third Tuesday, when the 3rd is no Tuesday
            d = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(c.day, DayOfWeek.of(c.weekday)));
            if (d.getMonthValue() != month) {
                return null;
            }
            f.rule = "nth-weekday";
        }
        return new Value(Point.of(d, Grain.DAY), null);
    }

    private Value hijriValue(CalendarFields c, DateSpan f) {
        f.hijri = true;
        Integer year = c.year;
        if (year != null && c.twoDigitYear) {
            year = year <= 60 ? 1400 + year : 1300 + year;
        }
        Integer month = c.month;
        if (year != null && year >= 1800 && month != null) {
            // رمضان 2019: the Hijri month that begins in that Gregorian year
            int h = Calendars.toHijri(LocalDate.of(year, 7, 1))[0];
            for (int y = h - 1; y <= h + 1; y++) {
                if (Calendars.firstOfHijriMonth(y, month).getYear() == year) {
                    return hijriMonthValue(y, month, c.day);
                }
            }
            return null;
        }
        if (year == null) {
            int[] r = Calendars.toHijri(ref);
            year = undated.year(month, c.day, c.monthDirection, c.first, r[0], r[1], r[2]);
        }
        if (month == null) {
            LocalDate from = Calendars.firstOfHijriMonth(year, 1);
            LocalDate to = Calendars.lastOfHijriMonth(year, 12);
            return new Value(Point.of(from, Grain.DAY), Point.of(to, Grain.DAY));
        }
        Value v = hijriMonthValue(year, month, c.day);
        if (c.day != null && c.weekday != 0) {
            // the month began a day earlier or later where the moon was sighted: the weekday written says which
            LocalDate d = v.from().date();
            for (int shift : new int[]{-1, 1}) {
                if (d.getDayOfWeek().getValue() != c.weekday && d.plusDays(shift).getDayOfWeek().getValue() == c.weekday) {
                    return new Value(Point.of(d.plusDays(shift), Grain.DAY), null);
                }
            }
        }
        return v;
    }

    private static Value hijriMonthValue(int year, int month, Integer day) {
        if (day != null) {
            return new Value(Point.of(Calendars.fromHijri(year, month, day), Grain.DAY), null);
        }
        return new Value(Point.of(Calendars.firstOfHijriMonth(year, month), Grain.DAY),
                Point.of(Calendars.lastOfHijriMonth(year, month), Grain.DAY));
    }
}
