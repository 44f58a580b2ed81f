package dev.khabar;

/**
 * A length of time.
 *
 * @param value ISO 8601 duration: {@code P28M}, {@code P10D}, {@code PT24H}, {@code PT30M}
 * @param rule  the rule that produced it, for debugging
 */
public record Duration(String text, int start, int end, String value, String rule) implements Mention {
}
