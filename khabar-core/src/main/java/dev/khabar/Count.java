package dev.khabar;

import java.math.BigDecimal;

/**
 * A number and what it counts: people, events, money, a percentage.
 *
 * @param value     the amount (the full amount for {@code 1.4 مليار}); the lower end of a range
 *                  ({@code بين 10 و20 قتيلًا}); null for vague quantities such as عشرات
 * @param upper     the upper end of a range, with qualifier {@code between}; null otherwise
 * @param unit      the counted noun in its base singular form without tanween ({@code أسيرًا} → {@code أسير},
 *                  compounds such as {@code حالة اعتقال} kept), {@code percent}, or an ISO 4217 currency code for
 *                  money; a currency noun ({@code دينار}) when the text does not say which country's; null when
 *                  nothing is counted
 * @param qualifier {@code exact}, {@code approximately}, {@code more_than}, {@code at_least}, {@code less_than},
 *                  {@code at_most}, {@code up_to}, or {@code between} for a range
 * @param vague     true for quantities such as عشرات، مئات، آلاف that name no exact number
 * @param partOf    for a count listed as part of a total ({@code 9350 أسيرًا… من بينهم 56 سيدة و350 طفلًا}), the
 *                  {@code start} of the total's count; null otherwise
 * @param rule      the rule that produced it, for debugging
 */
public record Count(String text, int start, int end, BigDecimal value, BigDecimal upper, String unit,
                    String qualifier, boolean vague, Integer partOf, String rule) implements Mention {

    /** Amounts are kept in one canonical scale (no trailing zeros, never a negative scale), so equal amounts are equal. */
    public Count {
        value = canonical(value);
        upper = canonical(upper);
    }

    private static BigDecimal canonical(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A count that is not a range and not part of another. */
    public Count(String text, int start, int end, BigDecimal value, String unit, String qualifier, boolean vague,
                 String rule) {
        this(text, start, end, value, null, unit, qualifier, vague, null, rule);
    }
}
