package dev.khabar.rules.number;

import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number written in digits over one or more tokens: {@code 9,350} (thousands groups), {@code 27.6}, {@code .77},
 * {@code 2,75 مليار} (a decimal comma), {@code 33.939.500} (thousands points), {@code 3ر10} (10.3, the fraction
 * first); runs written as no number is
 * ({@code 12.03.2023}, {@code 1,2}) are none.
 */
final class DigitRun {
    /** Longest digit string read as a number: beyond quintillions news writes words, not digits. */
    static final int MAX_DIGITS = 24;
    /** The letter ر between two digit runs: a decimal point with the fraction written first (3ر10 = 10.3). */
    private static final String REVERSED_POINT = "ر";

    private DigitRun() {
    }

    /**
     * The value of the digits starting at token j ({@code 9,350}, {@code 27.6}, {@code .77}), with the index of
     * their last token in end[0]; null when they are written as no number is ({@code 12.03.2023}).
     */
    static BigDecimal read(List<Token> tokens, int j, int[] end) {
        int k = j;
        if (tokens.get(j).text().length() > MAX_DIGITS) {
            return null; // an id, a serial or noise; also keeps BigDecimal parsing (quadratic in length) cheap
        }
        if (tokens.get(j).isNumber() && glued(tokens, j, REVERSED_POINT) && !glued(tokens, j + 2, ".")
                && !glued(tokens, j + 2, ",") && !glued(tokens, j + 2, REVERSED_POINT)) {
            // 3ر10 ملايين = 10.3: agencies (KUNA, MENA) write the fraction first, then ر, then the whole part
            end[0] = j + 2;
            return new BigDecimal(tokens.get(j + 2).text() + "." + tokens.get(j).text());
        }
        if (tokens.get(j).isNumber() && !glued(tokens, j, ",") && !glued(tokens, j, ".")) {
            end[0] = j; // the common case: one digit run
            return new BigDecimal(tokens.get(j).text());
        }
        StringBuilder s = new StringBuilder();
        if (!tokens.get(j).isNumber()) {
            s.append("0.").append(tokens.get(j + 1).text()); // .77
            k = j + 1;
        } else {
            s.append(tokens.get(j).text());
            if (tokens.get(j).text().length() <= 3 && dotGroups(tokens, j) >= 2) {
                // 33.939.500 ريال: two or more points between groups of three are thousands separators
                for (int g = dotGroups(tokens, j); g > 0; g--) {
                    s.append(tokens.get(k + 2).text());
                    k += 2;
                }
            } else if (tokens.get(j).text().length() <= 3) {
                // thousands groups: 1-3 digits, then ,ddd repeated
                while (glued(tokens, k, ",") && tokens.get(k + 2).text().length() == 3) {
                    s.append(tokens.get(k + 2).text());
                    k += 2;
                }
            }
            if (glued(tokens, k, ".")) {
                s.append('.').append(tokens.get(k + 2).text());
                k += 2;
            } else if (k == j && decimalComma(tokens, k)) {
                s.append('.').append(tokens.get(k + 2).text());
                k += 2;
            }
        }
        if (glued(tokens, k, ".") || glued(tokens, k, ",") || s.length() > MAX_DIGITS) {
            return null;
        }
        end[0] = k;
        return new BigDecimal(s.toString());
    }

    /**
     * True when the comma after the digits of token k is a decimal comma, as Maghreb and French-style writers
     * use it ({@code 2,75 مليار}, {@code 0,5%}): one comma, then digits that are no thousands group (not three
     * of them), then a word or a percent sign. Alone ({@code 1,2}) or in a list ({@code 1,2,3}) it is no number.
     */
    private static boolean decimalComma(List<Token> tokens, int k) {
        if (!glued(tokens, k, ",") || tokens.get(k + 2).text().length() == 3 || k + 3 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(k + 3);
        return after.isWord() || (after.is("%") && tokens.get(k + 2).touches(after));
    }

    /**
     * How many groups {@code .ddd} of exactly three digits follow token j, when nothing glued comes after the last
     * ({@code 1.014.600} has two; {@code 12.03.2023} and {@code 1.234.56} none).
     */
    private static int dotGroups(List<Token> tokens, int j) {
        int groups = 0;
        int k = j;
        while (glued(tokens, k, ".")) {
            if (tokens.get(k + 2).text().length() != 3) {
                return 0;
            }
            groups++;
            k += 2;
        }
        return glued(tokens, k, ",") ? 0 : groups;
    }

    /** True when token k is followed, without spaces, by {@code sep} and then a digit run. */
    private static boolean glued(List<Token> tokens, int k, String sep) {
        if (k + 2 >= tokens.size()) {
            return false;
        }
        Token a = tokens.get(k);
        Token b = tokens.get(k + 1);
        Token c = tokens.get(k + 2);
        return a.touches(b) && b.is(sep) && b.touches(c) && c.isNumber();
    }
}
