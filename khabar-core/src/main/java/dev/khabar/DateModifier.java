package dev.khabar;

/**
 * What the words around a {@link DateMention} say of its value: a part of the period, or a bound.
 * Each constant is written in JSON as its lower-case name ({@link #jsonName()}, also {@link #toString()}).
 */
public enum DateModifier {
    /** The start of the period ({@code مطلع يناير}). */
    START,
    /** The middle of the period ({@code منتصف العام}). */
    MID,
    /** The end of the period ({@code أواخر الشهر}). */
    END,
    /** From then on ({@code منذ عام 1967}). */
    SINCE,
    /** Up to then ({@code حتى 2030}). */
    UNTIL,
    /** Before then ({@code قبل 2020}). */
    BEFORE,
    /** After then ({@code بعد رمضان}). */
    AFTER,
    /** About then ({@code حوالي الساعة الثالثة}). */
    APPROXIMATELY;

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
    public static DateModifier fromJsonName(String name) {
        return JsonWords.constant(DateModifier.class, name);
    }
}
