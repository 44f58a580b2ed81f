package dev.khabar.rules.count;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more tokens ({@code أكثر من}, {@code في المئة}, {@code ج.م.}) mapped to values, matched on the
 * tokens of a normalized text by hash lookup of the first (or last) token. Phrases are given in ordinary spelling and
 * normalized and tokenized at load time. Built once, then read-only and thread-safe.
 */
final class PhraseTable<V> {
    /** A phrase found at tokens {@code [first, last]}; {@code prefixLength} chars of the first token are a proclitic. */
    record Match<V>(int first, int last, int prefixLength, V value) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

    /** The normalized tokens of a phrase written in ordinary spelling. */
    static String[] words(String phrase) {
        return TOKENIZER.tokenize(NORMALIZER.normalizeWord(phrase)).stream().map(Token::text).toArray(String[]::new);
    }

    void add(String phrase, V value) {
        addWords(words(phrase), value);
    }

    void addWords(String[] words, V value) {
        if (words.length == 0) {
            throw new IllegalStateException("empty phrase");
        }
        Entry<V> e = new Entry<>(words, value);
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
        byLast.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e);
    }

    /** Every first token of the phrases, for a quick test of whether anything can start at a token. */
    java.util.Set<String> firstWords() {
        return byFirst.keySet();
    }

    /** The value of the one-word phrase {@code word} (normalized), or null. */
    V single(String word) {
        List<Entry<V>> entries = byFirst.get(word);
        if (entries != null) {
            for (Entry<V> e : entries) {
                if (e.words().length == 1) {
                    return e.value();
                }
            }
        }
        return null;
    }

    /** The longest phrase starting exactly at token i, or null. */
    Match<V> at(List<Token> tokens, int i) {
        return i < tokens.size() ? longest(tokens, i, 0, tokens.get(i).text(), null) : null;
    }

    /**
     * The longest phrase starting at token i whose first word may carry proclitics (any reading of
     * {@link Token#readings}: وبعشرات، للشهداء = ل + الشهداء), or null.
     */
    Match<V> atWithProclitic(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Match<V> best = null;
        for (Clitics.Reading r : tokens.get(i).readings()) {
            best = longest(tokens, i, r.prefixLength(), r.stem(), best);
        }
        return best;
    }

    /** The longest phrase starting at token i, reading its first word without the article ال. */
    Match<V> atWithoutArticle(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        String word = tokens.get(i).text();
        String bare = Clitics.withoutArticle(word);
        return bare.equals(word) ? null : longest(tokens, i, 0, bare, null);
    }

    private Match<V> longest(List<Token> tokens, int i, int prefixLength, String firstWord, Match<V> best) {
        List<Entry<V>> entries = byFirst.get(firstWord);
        if (entries == null) {
            return best;
        }
        for (Entry<V> e : entries) {
            int last = i + e.words().length - 1;
            if (last >= tokens.size() || (best != null && last <= best.last())) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < e.words().length && same; k++) {
                same = tokens.get(i + k).text().equals(e.words()[k]);
            }
            if (same) {
                best = new Match<>(i, last, prefixLength, e.value());
            }
        }
        return best;
    }

    /** The longest phrase ending exactly at token {@code last} (its first word may carry a proclitic), or null. */
    Match<V> endingAt(List<Token> tokens, int last) {
        if (last < 0 || last >= tokens.size()) {
            return null;
        }
        List<Entry<V>> entries = byLast.get(tokens.get(last).text());
        Match<V> best = null;
        if (entries == null) {
            // a one-word phrase with a proclitic: بنحو
            for (Clitics.Reading r : tokens.get(last).readings()) {
                List<Entry<V>> one = r.prefixLength() == 0 ? null : byLast.get(r.stem());
                if (one != null) {
                    for (Entry<V> e : one) {
                        if (e.words().length == 1) {
                            return new Match<>(last, last, r.prefixLength(), e.value());
                        }
                    }
                }
            }
            return null;
        }
        for (Entry<V> e : entries) {
            int first = last - e.words().length + 1;
            if (first < 0 || (best != null && first >= best.first())) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < e.words().length - 1 && same; k++) {
                same = tokens.get(first + k).text().equals(e.words()[k]);
            }
            int prefix = 0;
            if (same && e.words().length > 1) {
                String word = tokens.get(first).text();
                String want = e.words()[0];
                if (!word.equals(want)) {
                    prefix = -1;
                    for (Clitics.Reading r : tokens.get(first).readings()) {
                        if (r.stem().equals(want)) {
                            prefix = r.prefixLength();
                            break;
                        }
                    }
                }
            }
            if (same && prefix >= 0) {
                best = new Match<>(first, last, prefix, e.value());
            }
        }
        return best;
    }
}
