package dev.khabar.rules.date;

import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cardinal numbers for durations, relative dates, months and hours ({@code عشرة أيام}, {@code شهر عشرة},
 * {@code الساعة ثلاثة}), read by the shared {@link NumberReader}. Thread-safe.
 */
final class DateNumbers {
    private final NumberReader reader = new NumberReader();

    /** A number over tokens [first, next); {@code start} may lie inside the first token after a proclitic. */
    record Num(int first, int next, int start, int end, BigDecimal value, boolean words) {
        /** The value as an int when it is a whole number below 100,000, else -1. */
        int intValue() {
            return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(100_000)) < 0 ? value.intValueExact() : -1;
        }
    }

    Num read(List<Token> tokens, int i) {
        NumberMatch m = reader.read(tokens, i);
        if (m == null) {
            return null;
        }
        return new Num(m.firstToken(), m.lastToken() + 1, m.start(), m.end(), m.value(), m.words());
    }

    /**
     * A one-word number with the article, as an adjective agrees with a definite noun (الأسابيع الثلاثة، السنوات
     * الخمس): the shared reader reads the word without its article.
     */
    Num readDefinite(List<Token> tokens, int i) {
        return readWithout(tokens, i, Clitics.article());
    }

    /** A one-word number after {@code prefix} (الخمس، والأربعين after "وال"), read without the prefix. */
    Num readWithout(List<Token> tokens, int i, String prefix) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.text().startsWith(prefix) || t.text().length() < prefix.length() + 2
                || !reader.mayStartAt(t.text(), prefix.length())) {
            return null;
        }
        Token bare = new Token(0, t.start() + prefix.length(), t.end(), t.text().substring(prefix.length()), Token.Kind.WORD);
        NumberMatch m = reader.read(List.of(bare), 0);
        return m == null ? null : new Num(i, i + 1, t.start(), t.end(), m.value(), true);
    }
}
