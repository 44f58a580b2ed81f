package dev.khabar;

import java.util.Optional;

/**
 * A date, a time of day or a date range.
 *
 * @param text     the mention as written: {@code text.equals(input.substring(start, end))}
 * @param start    the UTF-16 index of its first char in the input
 * @param end      the UTF-16 index just after its last char
 * @param value    ISO 8601 cut to the grain ({@code 2023-10-08}, {@code 2023-10}, {@code 2023}, {@code 2025-W11},
 *                 {@code 2025-Q3}, {@code 2026-H1}, {@code 198} for a decade, {@code 19} for a century,
 *                 {@code 2026-02-07T10:00} for a time of day, {@code A/B} for a range); null when it depends on a
 *                 publication date not given. {@link #range()} gives the days it covers.
 * @param grain    the unit the value is cut to
 * @param calendar the calendar the text used (the value is always Gregorian)
 * @param modifier a part of the period or a bound the text puts on it ({@code مطلع}, {@code منذ}), or null
 * @param rule     the rule that produced it, for debugging; its words may change from one version to the next
 */
public record DateMention(String text, int start, int end, String value, Grain grain, CalendarSystem calendar,
                          DateModifier modifier, String rule) implements Mention {

    /**
     * The days {@link #value()} covers, first and last included.
     *
     * @return the range; empty when there is no value
     */
    public Optional<DateRange> range() {
        return value == null ? Optional.empty() : Optional.of(DateRange.parse(value));
    }
}
