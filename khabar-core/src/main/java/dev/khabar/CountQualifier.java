package dev.khabar;

/**
 * How exact a {@link Count} is, as the words next to it say.
 * Each constant is written in JSON as its lower-case name ({@link #jsonName()}, also {@link #toString()}).
 */
public enum CountQualifier {
    /** The number as written, with no qualifier. */
    EXACT,
    /** About the number ({@code نحو}, {@code قرابة}, {@code حوالي}, {@code تقريبًا}); also every vague quantity. */
    APPROXIMATELY,
    /** More than the number ({@code أكثر من}, {@code ما يزيد على}). */
    MORE_THAN,
    /** The number or more ({@code ما لا يقل عن}, {@code على الأقل}). */
    AT_LEAST,
    /** Less than the number ({@code أقل من}). */
    LESS_THAN,
    /** The number or fewer ({@code على الأكثر}). */
    AT_MOST,
    /** Up to the number ({@code حتى}, {@code يصل إلى}). */
    UP_TO,
    /** A range from {@link Count#value()} to {@link Count#upper()} ({@code بين 10 و20}). */
    BETWEEN;

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
    public static CountQualifier fromJsonName(String name) {
        return JsonWords.constant(CountQualifier.class, name);
    }
}
