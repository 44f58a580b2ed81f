package dev.khabar;

import java.util.Locale;

/** The JSON words of the result enums: each constant is written as its lower-case name. */
final class JsonWords {
    private JsonWords() {
    }

    /** The JSON word of a constant. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose JSON word is {@code word}; an unknown word is an error. */
    static <E extends Enum<E>> E constant(Class<E> type, String word) {
        for (E c : type.getEnumConstants()) {
            if (of(c).equals(word)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + word);
    }
}
