package dev.khabar;

/**
 * What found an {@link Organization}, a {@link Person} or a {@link Location}.
 * Each constant is written in JSON as its lower-case name ({@link #jsonName()}, also {@link #toString()}).
 */
public enum Source {
    /** The statistical model (a CRF trained on ANERcorp). */
    CRF,
    /** A list of known names (the organization and place gazetteers). */
    GAZETTEER,
    /** A pattern rule (a trigger noun and its construct chain, a name in «», an acronym in parentheses). */
    PATTERN,
    /** Another mention of the same entity elsewhere in the text (the document pass). */
    DOCUMENT;

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
    public static Source fromJsonName(String name) {
        return JsonWords.constant(Source.class, name);
    }
}
