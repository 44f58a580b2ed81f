package dev.khabar;

/**
 * A length of time.
 *
 * @param value ISO 8601 duration: {@code P28M}, {@code P10D}, {@code PT24H}, {@code PT30M}
 * @param age   true when the length is someone's age ({@code (45 عامًا)}, {@code البالغ من العمر 19 عامًا},
 *              {@code في سن الخامسة والثلاثين}); the JSON form carries {@code "age": true} only then
 * @param rule  the rule that produced it, for debugging
 */
public record DurationMention(String text, int start, int end, String value, boolean age, String rule) implements Mention {
    /** A length of time that is no age. */
    public DurationMention(String text, int start, int end, String value, String rule) {
        this(text, start, end, value, false, rule);
    }
}
