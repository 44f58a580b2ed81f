package dev.khabar;

/**
 * The calendar a {@link DateMention} was written in. Its value is always Gregorian.
 * Each constant is written in JSON as its lower-case name ({@link #jsonName()}, also {@link #toString()}).
 */
public enum CalendarSystem {
    /** The Gregorian calendar ({@code 8 أكتوبر 2023}, {@code آذار 2025}). */
    GREGORIAN,
    /** The Hijri calendar ({@code 25 شوال 1436هـ}), converted to a Gregorian value. */
    HIJRI;

    private final String jsonName = JsonWords.of(this);

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
    public static CalendarSystem fromJsonName(String name) {
        return JsonWords.constant(CalendarSystem.class, name);
    }
}
