package dev.khabar.rules.number;

import dev.khabar.rules.number.NumberWords.Kind;
import dev.khabar.rules.number.NumberWords.Word;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Reads cardinal numbers from normalized tokens: digits with {@code ,} thousands groups and a {@code .} decimal
 * point ({@code 9,350}, {@code 27.6}; the normalizer has already turned ٫ ٬ and every script's digits into ASCII),
 * number words in every form (ثلاثة/ثلاث، عشرون/عشرين، مئة/مائة، ثلاثمئة، ألفًا، ألفين), compounds joined by و
 * ({@code سبعة آلاف وسبعمئة}), multipliers after digits or words ({@code 3 آلاف}، {@code 1.4 مليار}،
 * {@code نصف مليون}), a minus sign, and a proclitic و ب ل ك on the first word.
 *
 * <p>The vocabulary is {@code number-words.tsv}; the grammar is the Arabic order of a number: within each group
 * below a thousand, hundreds, then units, then tens ({@code مئة وخمسة وعشرون}), each group followed by a smaller
 * multiplier than the one before ({@code مليون ومئتان وخمسة وأربعون ألفًا وسبعمئة}). A part that does not fit
 * ends the number before it, so {@code عشرة وعشرين} (a range) reads as 10.
 *
 * <p>Digit runs that continue with a separator and more digits in a way no number is written
 * ({@code 12.03.2023}, {@code 1,2}) are not numbers: the reader returns null there. A comma before one, two or more
 * than three digits and then a word or {@code %} is a decimal comma ({@code 2,75 مليار} = 2.75 billion). Digits
 * followed by {@code /} or {@code -} are read as the plain number; telling dates, scores and ranges apart is the
 * caller's business.
 *
 * <p>The vocabulary is {@link NumberWords}, digits are read by {@link DigitRun}, the grammar of words by
 * {@link NumberParse}; this class is the entry point and reads a sign before a number.
 *
 * <p>Built once (loads its data file, failing with {@link IllegalStateException} if it is missing or malformed);
 * immutable and thread-safe. {@link #read} is a few hash lookups per token and never throws.
 */
public final class NumberReader {
    private final NumberWords vocab;

    public NumberReader() {
        this.vocab = new NumberWords();
    }

    /** True when a normalized word without proclitics is a number word (ثلاثة، مليون، نصف). */
    public boolean isNumberWord(String normalizedWord) {
        return vocab.contains(normalizedWord);
    }

    /** True when a number may start at a word token with this text: a number word, with or without a proclitic. */
    public boolean mayStart(String tokenText) {
        return vocab.mayStart(tokenText);
    }

    /**
     * False when the text of a token from char {@code from} on (after a proclitic) surely starts no number; a cheap
     * prefilter that builds no string.
     */
    public boolean mayStartAt(String tokenText, int from) {
        return vocab.mayBeStartWord(tokenText, from);
    }

    /** True for a multiplier with the article (المليون، الألف), which is a number by itself. */
    public boolean isDefiniteScale(String tokenText) {
        return vocab.definiteScale(tokenText) != null;
    }

    /** Every word at which a number may start (number words, with and without proclitics), for prefilters. */
    public Set<String> startWords() {
        return vocab.startWords();
    }

    /** The multiplier a normalized word stands for (ألف → 1000, ملايين → 1000000), or null when it is none. */
    public BigDecimal multiplier(String normalizedWord) {
        Word w = vocab.word(normalizedWord);
        return w != null && NumberWords.isScale(w.kind()) ? w.value() : null;
    }

    /**
     * The number starting at token {@code i}, or null when none starts there (also for {@code i} out of range).
     * The match is the longest well-formed number.
     */
    public NumberMatch read(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        boolean glued = i > 0 && tokens.get(i - 1).touches(t);
        if (t.kind() == Token.Kind.PUNCT && (t.is("-") || t.is("\u2212")) && !glued) {
            NumberMatch m = read(tokens, i + 1);
            if (m == null || m.firstToken() != i + 1 || !t.touches(tokens.get(i + 1)) || m.start() != t.end()) {
                return null;
            }
            return new NumberMatch(i, m.lastToken(), t.start(), m.end(), m.value().negate(), m.words());
        }
        if (t.is(".") && glued && tokens.get(i - 1).isNumber()) {
            return null; // 4.30: the point belongs to the number before it
        }
        if (t.kind() == Token.Kind.NUMBER && glued && i > 1 && tokens.get(i - 2).isNumber()
                && tokens.get(i - 2).touches(tokens.get(i - 1))
                && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is(","))) {
            return null; // the digits after a decimal point or a thousands comma belong to the number before them
        }
        if (t.kind() == Token.Kind.WORD && !mayStart(t.text())) {
            return null;
        }
        if (t.kind() == Token.Kind.WORD) {
            Word w = vocab.word(t.text());
            if (w != null && w.kind() == Kind.NEGATIVE) {
                NumberMatch m = read(tokens, i + 1);
                if (m == null || m.firstToken() != i + 1 || m.start() != tokens.get(i + 1).start()) {
                    return null;
                }
                return new NumberMatch(i, m.lastToken(), t.start(), m.end(), m.value().negate(), true);
            }
        }
        NumberParse p = new NumberParse(vocab, tokens, i);
        return p.run() ? p.result() : null;
    }
}
