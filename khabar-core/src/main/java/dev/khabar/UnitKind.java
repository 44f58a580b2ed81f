package dev.khabar;

/**
 * What a {@link Count#unit()} is.
 * Each constant is written in JSON as its lower-case name ({@link #jsonName()}, also {@link #toString()}).
 */
public enum UnitKind {
    /** A counted noun ({@code أسير}, {@code حالة اعتقال}), in its base singular or as written. */
    NOUN,
    /** A percentage: the unit is {@code percent}. */
    PERCENT,
    /**
     * Money: the unit is an ISO 4217 code ({@code USD}), or the currency's noun ({@code دينار}) when the text does
     * not say which country's.
     */
    CURRENCY;

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
    public static UnitKind fromJsonName(String name) {
        return JsonWords.constant(UnitKind.class, name);
    }
}
