package dev.khabar.rules.date;

import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.List;

/**
 * The seam to cardinal numbers for durations, relative dates, months and hours ({@code عشرة أيام}, {@code شهر 10}).
 * Reads digit runs, with a decimal point ({@code 1.5}).
 */
final class DateNumbers {

    /** A number over tokens [first, next); {@code start} may lie inside the first token after a proclitic. */
    record Num(int first, int next, int start, int end, BigDecimal value, boolean words) {
        int intValue() {
            return value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(100_000)) < 0
                    ? value.intValueExact() : -1;
        }
    }

    Num read(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isNumber() || t.text().length() > 12) {
            return null;
        }
        int next = i + 1;
        String text = t.text();
        if (next + 1 < tokens.size() && tokens.get(next).is(".") && t.touches(tokens.get(next))
                && tokens.get(next).touches(tokens.get(next + 1)) && tokens.get(next + 1).isNumber()
                && tokens.get(next + 1).text().length() <= 6) {
            text = text + "." + tokens.get(next + 1).text();
            next += 2;
        }
        return new Num(i, next, t.start(), tokens.get(next - 1).end(), new BigDecimal(text), false);
    }
}
