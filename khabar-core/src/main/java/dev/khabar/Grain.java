package dev.khabar;

/**
 * How precise a {@link DateMention}'s value is: the unit its ISO 8601 value is cut to.
 * Each constant is written in JSON as its lower-case name ({@link #jsonName()}, also {@link #toString()}).
 */
public enum Grain {
    /** A time of day to the second. */
    SECOND,
    /** A time of day to the minute ({@code 14:30}). */
    MINUTE,
    /** A time of day to the hour ({@code الساعة العاشرة صباحًا}). */
    HOUR,
    /** A day ({@code 2023-10-08}). */
    DAY,
    /** An ISO week ({@code 2025-W11}). */
    WEEK,
    /** A month ({@code 2023-10}). */
    MONTH,
    /** A quarter ({@code 2025-Q3}). */
    QUARTER,
    /** A half year ({@code 2026-H1}). */
    HALF,
    /** A year ({@code 2023}). */
    YEAR,
    /** A decade ({@code 198}: the 1980s). */
    DECADE,
    /** A century ({@code 19}: the years 1900 to 1999). */
    CENTURY;

    private final String jsonName = JsonWords.of(this);

    /**
     * True for {@link #HOUR}, {@link #MINUTE} and {@link #SECOND}: the value holds a time of day.
     *
     * @return whether this grain is finer than a day
     */
    public boolean isTimeOfDay() {
        return this == SECOND || this == MINUTE || this == HOUR;
    }

    /**
     * The word the JSON form writes for this constant.
     *
     * @return the JSON word
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The JSON word, as {@link #jsonName()}.
     *
     * @return the JSON word
     */
    @Override
    public String toString() {
        return jsonName;
    }

    /**
     * The constant the JSON form writes as {@code name}.
     *
     * @param name a JSON word
     * @return its constant
     * @throws IllegalArgumentException if no constant has that JSON name
     */
    public static Grain fromJsonName(String name) {
        return JsonWords.constant(Grain.class, name);
    }
}
