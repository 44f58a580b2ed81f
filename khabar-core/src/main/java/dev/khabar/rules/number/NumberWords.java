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
    /**
     * A prefilter for {@link #mayStart}, asked of every token: one bit per (first char, last char) pair of the start
     * words (low bytes only, so unrelated chars may share a bit), and their lengths; most tokens fail it without
     * hashing a string.
     */
    private final long[] edgeBits = new long[1 << 10];
    private long lengthBits;

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
        for (String w : startWords()) {
            int edge = edgeKey(w, 0);
            edgeBits[edge >>> 6] |= 1L << edge;
            lengthBits |= 1L << Math.min(w.length(), 63);
        }
    }

    private static int edgeKey(String w, int from) {
        return (w.charAt(from) & 0xFF) << 8 | (w.charAt(w.length() - 1) & 0xFF);
    }

    /**
     * False when {@code w} from char {@code from} on is surely no start word (a cheap test on its length and its
     * first and last chars); true when it may be one.
     */
    boolean mayBeStartWord(String w, int from) {
        int length = w.length() - from;
        if (length <= 0 || (lengthBits & 1L << Math.min(length, 63)) == 0) {
            return false;
        }
        int edge = edgeKey(w, from);
        return (edgeBits[edge >>> 6] & 1L << edge) != 0;
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
        return mayBeStartWord(tokenText, 0) && (words.containsKey(tokenText) || withProclitic.containsKey(tokenText)
                || definiteScales.containsKey(tokenText));
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
