package dev.khabar.rules.date;

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
    public static final DateReading NEWS = new DateReading(false, null);

    private final boolean duckling;
    private final LocalTime now;

    private DateReading(boolean duckling, LocalTime now) {
        this.duckling = duckling;
        this.now = now;
    }

    /** Duckling's conventions, with {@code now} the time of day of the reference (its tests use 04:30). */
    public static DateReading duckling(LocalTime now) {
        return new DateReading(true, Objects.requireNonNull(now, "now"));
    }

    boolean isDuckling() {
        return duckling;
    }

    LocalTime now() {
        return now;
    }

    @Override
    public String toString() {
        return duckling ? "DateReading.duckling(" + now + ")" : "DateReading.NEWS";
    }
}
