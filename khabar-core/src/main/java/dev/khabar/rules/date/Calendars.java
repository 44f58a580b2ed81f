package dev.khabar.rules.date;

import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * Hijri (Umm al-Qura) to Gregorian and back, and Easter. {@link HijrahChronology} covers 1300–1600 AH; ICU's
 * Umm al-Qura calendar (which falls back to arithmetic) covers the rest. Stateless and thread-safe.
 */
final class Calendars {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Calendars() {
    }

    /**
     * The Gregorian date of a Hijri date. Day 30 of a 29-day month is read as the day after the 29th: the month's
     * length depends on the sighting of the moon and writers use both counts.
     */
    static LocalDate fromHijri(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new DateTimeException("no such Hijri date " + year + "-" + month + "-" + day);
        }
        return firstOfHijriMonth(year, month).plusDays(day - 1L);
    }

    static LocalDate firstOfHijriMonth(int year, int month) {
        if (year >= 1300 && year <= 1600) {
            return LocalDate.from(HijrahDate.of(year, month, 1));
        }
        IslamicCalendar c = new IslamicCalendar(UTC, com.ibm.icu.util.ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.clear();
        c.set(year, month - 1, 1);
        GregorianCalendar g = new GregorianCalendar(UTC, com.ibm.icu.util.ULocale.ROOT);
        g.setTimeInMillis(c.getTimeInMillis());
        return LocalDate.of(g.get(GregorianCalendar.EXTENDED_YEAR), g.get(GregorianCalendar.MONTH) + 1,
                g.get(GregorianCalendar.DAY_OF_MONTH));
    }

    /** The last Gregorian day of a Hijri month. */
    static LocalDate lastOfHijriMonth(int year, int month) {
        return month == 12 ? firstOfHijriMonth(year + 1, 1).minusDays(1) : firstOfHijriMonth(year, month + 1).minusDays(1);
    }

    /** {year, month, day} in the Hijri calendar. */
    static int[] toHijri(LocalDate date) {
        try {
            HijrahDate h = HijrahDate.from(date);
            return new int[]{h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR), h.get(ChronoField.DAY_OF_MONTH)};
        } catch (DateTimeException e) {
            IslamicCalendar c = new IslamicCalendar(UTC, com.ibm.icu.util.ULocale.ROOT);
            c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            GregorianCalendar g = new GregorianCalendar(UTC, com.ibm.icu.util.ULocale.ROOT);
            g.clear();
            g.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            c.setTimeInMillis(g.getTimeInMillis());
            return new int[]{c.get(IslamicCalendar.EXTENDED_YEAR), c.get(IslamicCalendar.MONTH) + 1,
                    c.get(IslamicCalendar.DAY_OF_MONTH)};
        }
    }

    /** Western Easter Sunday of a Gregorian year. */
    static LocalDate easter(int year) {
        GregorianCalendar g = new GregorianCalendar(UTC, com.ibm.icu.util.ULocale.ROOT);
        g.clear();
        g.set(year, 0, 1);
        java.util.Date d = EasterHoliday.EASTER_SUNDAY.firstAfter(g.getTime());
        g.setTime(d);
        return LocalDate.of(g.get(GregorianCalendar.YEAR), g.get(GregorianCalendar.MONTH) + 1,
                g.get(GregorianCalendar.DAY_OF_MONTH));
    }
}
