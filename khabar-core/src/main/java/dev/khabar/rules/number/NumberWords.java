package dev.khabar.rules.number;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The number words of {@code number-words.tsv} with their value and part of speech in a number, and the forms a
 * number may start with: with a proclitic (وثلاثه، بخمسه) and the multipliers with the article (المليون).
 */
final class NumberWords {
    enum Kind { UNIT, TEEN_HEAD, TEN, TEEN, TENS, HUNDRED, SCALE, SCALE_PLURAL, SCALE_DUAL, SCALE_ACC, FRACTION, POINT,
        NEGATIVE }

    record Word(BigDecimal value, Kind kind) {
    }

    /** A word form and how many chars of the token its proclitics take. */
    record Form(Word word, int prefixLength) {
    }

    private final Map<String, Word> words = new HashMap<>();
    /** Word forms with a proclitic of {@link Clitics#prefixes}: وثلاثه، بخمسه، فلعشرين. */
    private final Map<String, Form> withProclitic = new HashMap<>();
    /**
     * The singular multipliers with the article (المليون، الألف): a number by themselves (يتجاوز المليون يورو) and
     * after a fraction (نصف المليون، المليون ونصف المليون); nowhere else inside a number.
     */
    private final Map<String, Word> definiteScales = new HashMap<>();

    /** Loads the vocabulary; fails with {@link IllegalStateException} if the file is missing or malformed. */
    NumberWords() {
        for (DataFile.Row row : DataFile.rows(NumberReader.class, "number-words.tsv", 3)) {
            String form = row.word(0);
            Word word;
            try {
                word = new Word(new BigDecimal(row.get(1)), Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw row.error("bad value or kind: " + row.columns());
            }
            Word old = words.put(form, word);
            if (old != null && !old.equals(word)) {
                throw row.error("'" + row.get(0) + "' is already " + old);
            }
        }
        for (Map.Entry<String, Word> e : words.entrySet()) {
            if (e.getValue().kind() == Kind.SCALE) {
                definiteScales.put(Clitics.definite("", e.getKey()), e.getValue()); // المليون ونصف المليون
            }
        }
        for (Map.Entry<String, Word> e : words.entrySet()) {
            if (e.getKey().length() < 3) {
                continue; // لست، بست: too short to tell a proclitic from a word
            }
            for (String prefix : Clitics.prefixes()) {
                withProclitic.putIfAbsent(prefix + e.getKey(), new Form(e.getValue(), prefix.length()));
            }
        }
    }

    /** The number word a whole token is (ثلاثة، مليون، نصف), or null. */
    Word word(String tokenText) {
        return words.get(tokenText);
    }

    /** The multiplier with the article a token is (المليون، الألف), or null. */
    Word definiteScale(String tokenText) {
        return definiteScales.get(tokenText);
    }

    /** The number word under a proclitic (وثلاثه → ثلاثه, 1), or null. */
    Form withProclitic(String tokenText) {
        return withProclitic.get(tokenText);
    }

    boolean contains(String tokenText) {
        return words.containsKey(tokenText);
    }

    /** True when a number may start at a word token with this text: a number word, with or without a proclitic. */
    boolean mayStart(String tokenText) {
        return words.containsKey(tokenText) || withProclitic.containsKey(tokenText)
                || definiteScales.containsKey(tokenText);
    }

    /** Every word at which a number may start. */
    Set<String> startWords() {
        Set<String> all = new HashSet<>(words.keySet());
        all.addAll(withProclitic.keySet());
        all.addAll(definiteScales.keySet());
        return all;
    }

    static boolean isScale(Kind k) {
        return k == Kind.SCALE || k == Kind.SCALE_PLURAL || k == Kind.SCALE_ACC || k == Kind.SCALE_DUAL;
    }
}
