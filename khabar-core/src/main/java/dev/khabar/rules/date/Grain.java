package dev.khabar.rules.date;

import java.util.Locale;

/** How precise a date value is; its lower-case name is the {@code grain} field of a date mention. */
enum Grain {
    SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grain of a calendar unit of the lexicon (day … century), or null for a unit of the clock. */
    static Grain ofUnit(String unit) {
        return switch (unit) {
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            case "year" -> YEAR;
            case "decade" -> DECADE;
            case "century" -> CENTURY;
            default -> null;
        };
    }

    boolean isTimeOfDay() {
        return this == SECOND || this == MINUTE || this == HOUR;
    }
}
