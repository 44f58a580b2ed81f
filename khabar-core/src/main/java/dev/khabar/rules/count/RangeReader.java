package dev.khabar.rules.count;

import dev.khabar.pipeline.Document;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Ranges of two numbers and one counted noun: {@code 10-20 دولار}, {@code من 10 إلى 20 قتيلًا},
 * {@code بين 3 و5 ملايين}. The lower end is the value, the upper end {@code upper}. Read-only after construction.
 */
final class RangeReader {
    /** What {@link #read} made of a number. */
    enum Outcome {
        /** No range starts here: read the number alone. */
        NONE,
        /** A range, read into the count. */
        RANGE,
        /** A range that is no count (its ends too far apart): no count starts here. */
        REJECTED
    }

    /** The words between the two numbers of a range (إلى، حتى), from {@code count-words.tsv}. */
    private static final Set<String> RANGE_TO = CountWords.of(CountWords.Role.RANGE_TO);

    private final NumberReader numbers;
    private final Money money;
    private final CountedNoun nouns;
    private final PhraseIndex<Boolean> rangeOpeners;

    RangeReader(NumberReader numbers, Money money, CountedNoun nouns) {
        this.numbers = numbers;
        this.money = money;
        this.nouns = nouns;
        PhraseIndex.Builder<Boolean> openers = PhraseIndex.builder();
        for (String opener : CountWords.of(CountWords.Role.RANGE_OPENER)) {
            openers.add(opener, true);
        }
        this.rangeOpeners = openers.build();
    }

    /**
     * Reads a range whose first number {@code m} starts at token i into f; {@code symbol} is a currency symbol right
     * after the first number (10$-20$), or null.
     */
    Outcome read(Document doc, List<Token> tokens, int i, NumberMatch m, PhraseIndex.Match<Money.Currency> symbol,
                 CountDraft f) {
        int after = m.lastToken() + 1;
        NumberMatch upper = end(tokens, m, symbol != null ? symbol.last() + 1 : after);
        if (upper == null) {
            return Outcome.NONE;
        }
        PhraseIndex.Match<Money.Currency> symbol2 = money.symbolAt(tokens, upper.lastToken() + 1);
        if (symbol != null && (symbol2 == null || !symbol2.value().equals(symbol.value()))) {
            return Outcome.NONE;
        }
        if (!nouns.read(doc, tokens, f, upper.lastToken() + 1, nouns.takesGenitive(tokens, upper))
                || (f.rule.equals("noun") && Labels.isYearLike(m) && Labels.isYearLike(upper))) {
            return Outcome.NONE;
        }
        f.upper = upper.value();
        // بين 3 و5 ملايين: the first number shares the multiplier of the second
        BigDecimal shared = numbers.multiplier(tokens.get(upper.lastToken()).text());
        if (shared != null && !m.words() && f.value.multiply(shared).compareTo(f.upper) < 0) {
            f.value = f.value.multiply(shared);
        }
        if (f.value.signum() <= 0 || f.value.multiply(BigDecimal.valueOf(1000)).compareTo(f.upper) < 0) {
            return Outcome.REJECTED; // عام 2015 إلى 23.1 مليار: no range spans more than three orders of magnitude
        }
        f.qualifier = "between";
        f.rule = "range " + f.rule;
        PhraseIndex.Match<Boolean> opener = rangeOpeners.longestEndingAt(tokens, i - 1);
        if (opener != null && m.start() == tokens.get(i).start()) {
            f.firstToken = opener.first();
            f.start = tokens.get(opener.first()).start() + opener.prefixLength();
        }
        return Outcome.RANGE;
    }

    /**
     * The second number of a range after the first ends: {@code 10-20}, {@code 10 إلى 20}, {@code عشرة لعشرين},
     * {@code بين 10 و20}. Null when there is none.
     */
    private NumberMatch end(List<Token> tokens, NumberMatch m, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        Token sep = tokens.get(j);
        NumberMatch second = null;
        if (sep.is("-") || sep.is("\u2013") || RANGE_TO.contains(sep.text())) {
            second = numbers.read(tokens, j + 1);
            if (second != null && second.start() != tokens.get(j + 1).start()) {
                return null;
            }
        } else if (sep.isWord() && (Clitics.startsWith(sep.text(), Clitics.LAM) || Clitics.startsWithAnd(sep.text()))) {
            if (Clitics.startsWithAnd(sep.text()) && !openedByBetween(tokens, m.firstToken())) {
                return null;
            }
            if (sep.is("و")) {
                second = numbers.read(tokens, j + 1);
            } else {
                second = numbers.read(tokens, j);
                if (second != null && second.start() != sep.start() + 1) {
                    return null;
                }
            }
        }
        if (second == null || second.value().compareTo(m.value()) <= 0) {
            return null;
        }
        return second;
    }

    private boolean openedByBetween(List<Token> tokens, int first) {
        PhraseIndex.Match<Boolean> opener = rangeOpeners.longestEndingAt(tokens, first - 1);
        return opener != null && !tokens.get(opener.last()).text().endsWith("من");
    }
}
