package dev.khabar;

/**
 * A length of time ({@code 28 شهرًا}, {@code نصف ساعة}). Named so that it does not clash with
 * {@link java.time.Duration}; {@code java.time.Period.parse} and {@code java.time.Duration.parse} read its value.
 *
 * @param text  the mention as written: {@code text.equals(input.substring(start, end))}
 * @param start the UTF-16 index of its first char in the input
 * @param end   the UTF-16 index just after its last char
 * @param value ISO 8601 duration: {@code P28M}, {@code P10D}, {@code PT24H}, {@code PT30M}
 * @param age   true when the length is someone's age ({@code (45 عامًا)}, {@code البالغ من العمر 19 عامًا},
 *              {@code في سن الخامسة والثلاثين}); the JSON form carries {@code "age": true} only then
 * @param rule  the rule that produced it, for debugging; its words may change from one version to the next
 */
public record DurationMention(String text, int start, int end, String value, boolean age, String rule)
        implements Mention {
    /**
     * A length of time that is no age.
     *
     * @param text  the mention as written
     * @param start the UTF-16 index of its first char in the input
     * @param end   the UTF-16 index just after its last char
     * @param value ISO 8601 duration
     * @param rule  the rule that produced it
     */
    public DurationMention(String text, int start, int end, String value, String rule) {
        this(text, start, end, value, false, rule);
    }
}
