package dev.khabar;

/**
 * A date, a time of day or a date range.
 *
 * @param value    ISO 8601 cut to the grain ({@code 2023-10-08}, {@code 2023-10}, {@code 2023}, {@code 2025-W11},
 *                 {@code 2025-Q3}, {@code A/B} for a range); null when it depends on a publication date not given
 * @param grain    {@code day}, {@code week}, {@code month}, {@code quarter}, {@code half}, {@code year},
 *                 {@code decade}, {@code century}, {@code hour}, {@code minute}
 * @param calendar {@code gregorian} or {@code hijri}: the calendar the text used (the value is always Gregorian)
 * @param modifier {@code start}, {@code mid}, {@code end}, {@code since}, {@code until}, {@code before},
 *                 {@code after}, {@code approximately}, or null
 * @param rule     the rule that produced it, for debugging
 */
public record DateMention(String text, int start, int end, String value, String grain, String calendar,
                          String modifier, String rule) implements Mention {
}
