package dev.khabar.rules.date;

import java.util.Locale;

/** How precise a date value is; its lower-case name is the {@code grain} field of a date mention. */
enum Grain {
    SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isTimeOfDay() {
        return this == SECOND || this == MINUTE || this == HOUR;
    }
}
