package dev.khabar.rules.date;

import dev.khabar.Grain;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A point in time at a grain: the start of the period it names (a week starts on Monday, a quarter on its first day).
 * {@code zone} is set only for times of day written with a time zone.
 */
record Point(LocalDateTime start, Grain grain, ZoneOffset zone) {

    static Point of(LocalDate date, Grain grain) {
        return new Point(date.atStartOfDay(), grain, null);
    }

    LocalDate date() {
        return start.toLocalDate();
    }

    /** ISO 8601 cut to the grain: 2023-10-08, 2023-10, 2025-W11, 2025-Q3, 2025-H1, 198 (a decade), 19 (a century). */
    String iso() {
        LocalDate d = start.toLocalDate();
        int y = d.getYear();
        String text = switch (grain) {
            case SECOND -> String.format(Locale.ROOT, "%s:%02d", hhmm(), start.getSecond());
            case MINUTE, HOUR -> hhmm();
            case DAY -> d.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", y, d.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", y, (d.getMonthValue() + 2) / 3);
            case HALF -> String.format(Locale.ROOT, "%04d-H%d", y, d.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.format(Locale.ROOT, "%04d", y);
            case DECADE -> String.format(Locale.ROOT, "%03d", Math.floorDiv(y, 10));
            case CENTURY -> String.format(Locale.ROOT, "%02d", Math.floorDiv(y, 100));
        };
        return zone == null ? text : text + zone.getId();
    }

    private String hhmm() {
        return String.format(Locale.ROOT, "%sT%02d:%02d", start.toLocalDate(), start.getHour(), start.getMinute());
    }
}
