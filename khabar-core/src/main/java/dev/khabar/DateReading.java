package dev.khabar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * How expressions that leave something unsaid are read. {@link #NEWS} (the default) follows news usage: a bare weekday
 * or month is the most recent one (today and this month included), a bare singular unit ({@code شهر}) is no duration.
 * {@link #duckling(LocalTime)} follows Duckling's conventions, for comparing with its test corpus: a bare weekday or
 * month is the next one, a lone unit noun is a duration of one, an hour from 1 to 12 without a part of the day is
 * the next such hour after {@code now}.
 */
public final class DateReading {
    /** News usage; the default. */
    public static final DateReading NEWS = new DateReading(false, null, false);

    private final boolean duckling;
    private final LocalTime now;
    private final boolean hijriNumeric;

    private DateReading(boolean duckling, LocalTime now, boolean hijriNumeric) {
        this.duckling = duckling;
        this.now = now;
        this.hijriNumeric = hijriNumeric;
    }

    /**
     * Duckling's conventions, with {@code now} the time of day of the reference (its tests use 04:30).
     *
     * @param now the time of day of the reference
     * @return the reading
     */
    public static DateReading duckling(LocalTime now) {
        return new DateReading(true, Objects.requireNonNull(now, "now"), false);
    }

    /**
     * This reading, with numeric dates that carry no calendar mark read as Hijri even with a two-digit year
     * ({@code 30-02-33}), for sources that print Hijri dates that way. Numeric dates with a year from 1300 to 1500
     * are read as Hijri in every reading.
     *
     * @return the reading with Hijri numeric dates
     */
    public DateReading withHijriNumericDates() {
        return new DateReading(duckling, now, true);
    }

    /**
     * True when numeric dates without a calendar mark are read as Hijri ({@link #withHijriNumericDates()}).
     *
     * @return whether unmarked numeric dates are Hijri
     */
    public boolean hijriNumeric() {
        return hijriNumeric;
    }

    /**
     * True for {@link #duckling(LocalTime)}'s conventions, false for {@link #NEWS}.
     *
     * @return whether this is Duckling's reading
     */
    public boolean isDuckling() {
        return duckling;
    }

    /**
     * The time of day of the reference in Duckling's reading; null in {@link #NEWS}.
     *
     * @return the time of day, or null
     */
    public LocalTime now() {
        return now;
    }

    @Override
    public String toString() {
        return (duckling ? "DateReading.duckling(" + now + ")" : "DateReading.NEWS")
                + (hijriNumeric ? ".withHijriNumericDates()" : "");
    }
}
