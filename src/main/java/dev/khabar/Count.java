package dev.khabar;

import java.math.BigDecimal;

/**
 * A number and what it counts: people, events, money, a percentage.
 *
 * @param value     the amount (the full amount for {@code 1.4 مليار}); null for vague quantities such as عشرات
 * @param unit      the counted noun in its base singular form, {@code percent}, or an ISO 4217 currency code; null
 *                  when nothing is counted
 * @param qualifier {@code exact}, {@code approximately}, {@code more_than}, {@code at_least}, {@code less_than},
 *                  {@code at_most}, {@code up_to}
 * @param vague     true for quantities such as عشرات، مئات، آلاف that name no exact number
 * @param rule      the rule that produced it, for debugging
 */
public record Count(String text, int start, int end, BigDecimal value, String unit, String qualifier, boolean vague,
                    String rule) implements Mention {
}
