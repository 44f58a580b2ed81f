package dev.khabar;

import java.math.BigDecimal;

/**
 * A number and what it counts: people, events, money, a percentage.
 *
 * @param text      the mention as written, its qualifier included: {@code text.equals(input.substring(start, end))}
 * @param start     the UTF-16 index of its first char in the input
 * @param end       the UTF-16 index just after its last char
 * @param value     the amount (the full amount for {@code 1.4 مليار}); the lower end of a range
 *                  ({@code بين 10 و20 قتيلًا}); null for vague quantities such as عشرات
 * @param upper     the upper end of a range, with qualifier {@link CountQualifier#BETWEEN}; null otherwise
 * @param unit      what is counted, as {@code unitKind} says: the counted noun in its base singular form without
 *                  tanween ({@code أسيرًا} → {@code أسير}, compounds such as {@code حالة اعتقال} kept),
 *                  {@code percent}, or for money an ISO 4217 currency code, or the currency's noun
 *                  ({@code دينار}) when the text does not say which country's; null when nothing is counted
 * @param unitKind  what kind of thing {@code unit} is; null exactly when {@code unit} is null
 * @param qualifier how exact the number is ({@code نحو}: {@link CountQualifier#APPROXIMATELY})
 * @param vague     true for quantities such as عشرات، مئات، آلاف that name no exact number
 * @param partOf    for a count listed as part of a total ({@code 9350 أسيرًا… من بينهم 56 سيدة و350 طفلًا}), the
 *                  {@code start} of the total's count; null otherwise
 * @param rule      the rule that produced it, for debugging; its words may change from one version to the next
 */
public record Count(String text, int start, int end, BigDecimal value, BigDecimal upper, String unit,
                    UnitKind unitKind, CountQualifier qualifier, boolean vague, Integer partOf, String rule)
        implements Mention {

    /**
     * Keeps amounts in one canonical scale (no trailing zeros, never a negative scale), so equal amounts are equal.
     *
     * @param text      the mention as written
     * @param start     the UTF-16 index of its first char in the input
     * @param end       the UTF-16 index just after its last char
     * @param value     the amount, the lower end of a range, or null for a vague quantity
     * @param upper     the upper end of a range, or null
     * @param unit      what is counted, or null
     * @param unitKind  what kind of thing {@code unit} is; null exactly when {@code unit} is null
     * @param qualifier how exact the number is
     * @param vague     true for a quantity that names no exact number
     * @param partOf    the {@code start} of the total this count is part of, or null
     * @param rule      the rule that produced it
     * @throws IllegalArgumentException if one of {@code unit} and {@code unitKind} is null and the other is not
     */
    public Count {
        value = canonical(value);
        upper = canonical(upper);
        if ((unit == null) != (unitKind == null)) {
            throw new IllegalArgumentException("a unit and its kind come together: " + unit + ", " + unitKind);
        }
    }

    private static BigDecimal canonical(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * A count that is not a range and not part of another.
     *
     * @param text      the mention as written
     * @param start     the UTF-16 index of its first char in the input
     * @param end       the UTF-16 index just after its last char
     * @param value     the amount, or null for a vague quantity
     * @param unit      what is counted, or null
     * @param unitKind  what kind of thing {@code unit} is; null exactly when {@code unit} is null
     * @param qualifier how exact the number is
     * @param vague     true for a quantity that names no exact number
     * @param rule      the rule that produced it
     */
    public Count(String text, int start, int end, BigDecimal value, String unit, UnitKind unitKind,
                 CountQualifier qualifier, boolean vague, String rule) {
        this(text, start, end, value, null, unit, unitKind, qualifier, vague, null, rule);
    }
}
