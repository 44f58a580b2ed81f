package dev.khabar.tokenize;

import dev.khabar.normalize.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * Phrases of whole normalized tokens ({@code في المئه}, {@code منظمه الصحه العالميه}, {@code ج . م .}) with a value,
 * matched on the tokens of a text: the longest phrase, every phrase, or the longest ending at a token. The first token
 * of a phrase may be read as written or with its proclitics taken off, as {@link Token#readings} reads it with the
 * one clitic inventory ({@code وبعشرات}, {@code للامم} = ل + الامم); the other tokens are read as written. A match
 * gives the token range, the chars of proclitics on the first token and the value.
 *
 * <p>A trie keyed by normalized token, each node's children in a small open-addressing table of its own; built once by
 * a {@link Builder}, then read-only and thread-safe (final arrays, published by the constructor, never written after).
 */
public final class PhraseIndex<V> {

    /** A phrase found at tokens {@code [first, last]}; {@code prefixLength} chars of the first token are proclitics. */
    public record Match<V>(int first, int last, int prefixLength, V value) {
    }

    /** A token a phrase may pass over in the text without naming it (the dots of {@code بي.بي.سي}). */
    @FunctionalInterface
    public interface Gap {
        boolean at(List<Token> tokens, int k);
    }

    private static final Gap NO_GAP = (tokens, k) -> false;
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /**
     * A trie node: its children in an open-addressing table of words (a power of two in size, at most half full,
     * probed linearly from the word's cached hash), so a lookup neither boxes nor allocates, and a word that starts
     * no phrase is rejected at the first empty slot.
     */
    private static final class Node<V> {
        private static final String[] NO_WORDS = new String[0];

        final String[] words;
        final Node<V>[] children;
        final V value;

        @SuppressWarnings("unchecked")
        Node(Map<String, Node<V>> next, V value) {
            this.value = value;
            int size = next.isEmpty() ? 0 : Integer.highestOneBit(next.size() * 2 - 1) << 1;
            this.words = size == 0 ? NO_WORDS : new String[size];
            this.children = (Node<V>[]) new Node<?>[size];
            next.forEach((word, child) -> {
                int slot = slot(word.hashCode());
                while (words[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                words[slot] = word;
                children[slot] = child;
            });
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & (words.length - 1);
        }

        /** The child under {@code word}, or null. */
        Node<V> next(String word) {
            if (words.length == 0) {
                return null;
            }
            int hash = word.hashCode();
            for (int slot = slot(hash); ; slot = (slot + 1) & (words.length - 1)) {
                String w = words[slot];
                if (w == null) {
                    return null;
                }
                if (w == word || (w.hashCode() == hash && w.equals(word))) {
                    return children[slot];
                }
            }
        }

        boolean isLeaf() {
            return words.length == 0;
        }
    }

    private final Node<V> root;
    private final Set<String> firstWords;
    private final Gap gap;
    private final int maxLength;

    private PhraseIndex(Node<V> root, Set<String> firstWords, Gap gap, int maxLength) {
        this.root = root;
        this.firstWords = firstWords;
        this.gap = gap;
        this.maxLength = maxLength;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The normalized tokens of a phrase written in ordinary spelling ({@code في المائة} → {@code في}, {@code المئه}). */
    public static String[] words(String phrase) {
        return TOKENIZER.tokenize(NORMALIZER.normalizeWord(phrase)).stream().map(Token::text).toArray(String[]::new);
    }

    /** The longest phrase starting at token {@code i}, its first word read as written, or null. */
    public Match<V> longestAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? longest(tokens, i, 0, tokens.get(i).text(), null) : null;
    }

    /**
     * The longest phrase starting at token {@code i} with its first word read as {@code firstWord}, a reading of that
     * token whose proclitics take {@code prefixLength} chars; or null.
     */
    public Match<V> longestAt(List<Token> tokens, int i, int prefixLength, String firstWord) {
        return i >= 0 && i < tokens.size() ? longest(tokens, i, prefixLength, firstWord, null) : null;
    }

    /** The longest phrase starting at token {@code i}, its first word read with or without proclitics, or null. */
    public Match<V> longestWithProclitics(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Match<V> best = null;
        for (Clitics.Reading r : tokens.get(i).readings()) {
            best = longest(tokens, i, r.prefixLength(), r.stem(), best);
        }
        return best;
    }

    /** The longest phrase starting at token {@code i}, its first word read without the article ال, or null. */
    public Match<V> longestWithoutArticle(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String word = tokens.get(i).text();
        String bare = Clitics.withoutArticle(word);
        return bare.equals(word) ? null : longest(tokens, i, 0, bare, null);
    }

    /**
     * Every phrase starting at token {@code i} with its first word read as {@code firstWord} (a reading whose
     * proclitics take {@code prefixLength} chars), shortest first.
     */
    public List<Match<V>> allAt(List<Token> tokens, int i, int prefixLength, String firstWord) {
        Node<V> node = root.next(firstWord);
        if (node == null) {
            return List.of();
        }
        List<Match<V>> out = new ArrayList<>(2);
        for (int j = i; node != null; ) {
            if (node.value != null) {
                out.add(new Match<>(i, j, prefixLength, node.value));
            }
            j = node.isLeaf() ? -1 : following(tokens, j);
            node = j < 0 ? null : node.next(tokens.get(j).text());
        }
        return out;
    }

    /**
     * The longest phrase ending at token {@code last}, its first word read with or without proclitics ({@code بنحو},
     * {@code وما بين}), or null. Of two as long, the reading that comes first wins. Gaps are not passed over here.
     */
    public Match<V> longestEndingAt(List<Token> tokens, int last) {
        if (last < 0 || last >= tokens.size()) {
            return null;
        }
        for (int first = Math.max(0, last - maxLength + 1); first <= last; first++) {
            List<Clitics.Reading> readings = tokens.get(first).readings();
            for (int r = 0, size = readings.size(); r < size; r++) {
                V value = valueThrough(tokens, first, last, readings.get(r).stem());
                if (value != null) {
                    return new Match<>(first, last, readings.get(r).prefixLength(), value);
                }
            }
        }
        return null;
    }

    /** The value of the phrase that reads tokens {@code [first, last]}, the first read as {@code stem}, or null. */
    private V valueThrough(List<Token> tokens, int first, int last, String stem) {
        Node<V> node = root.next(stem);
        int j = first;
        while (node != null && j < last) {
            j = node.isLeaf() ? -1 : following(tokens, j);
            node = j < 0 || j > last ? null : node.next(tokens.get(j).text());
        }
        return node == null ? null : node.value;
    }

    /** The value of the phrase made of exactly {@code words} (normalized tokens), or null. */
    public V get(String... words) {
        Node<V> node = root;
        for (int k = 0; k < words.length && node != null; k++) {
            node = node.next(words[k]);
        }
        return node == null ? null : node.value;
    }

    /** True when some phrase starts with the normalized token {@code word}. */
    public boolean startsPhrase(String word) {
        return root.next(word) != null;
    }

    /** The first tokens of all phrases. */
    public Set<String> firstWords() {
        return firstWords;
    }

    /** Every phrase, as its tokens, with its value. */
    public void forEach(BiConsumer<String[], V> action) {
        visit(root, new ArrayList<>(), action);
    }

    private static <V> void visit(Node<V> node, List<String> path, BiConsumer<String[], V> action) {
        if (node.value != null) {
            action.accept(path.toArray(String[]::new), node.value);
        }
        for (int slot = 0; slot < node.words.length; slot++) {
            if (node.words[slot] != null) {
                path.add(node.words[slot]);
                visit(node.children[slot], path, action);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The longer of {@code best} and the longest phrase at token {@code i} whose first word is read as {@code stem}. */
    private Match<V> longest(List<Token> tokens, int i, int prefixLength, String stem, Match<V> best) {
        Node<V> node = root.next(stem);
        for (int j = i; node != null; ) {
            if (node.value != null && (best == null || j > best.last())) {
                best = new Match<>(i, j, prefixLength, node.value);
            }
            if (node.isLeaf()) {
                break;
            }
            j = following(tokens, j);
            node = j < 0 ? null : node.next(tokens.get(j).text());
        }
        return best;
    }

    /** The token after token {@code j} that a phrase reads next (past a gap), or -1 at the end of the text. */
    private int following(List<Token> tokens, int j) {
        if (j + 1 < tokens.size() && gap.at(tokens, j + 1)) {
            j++;
        }
        return j + 1 < tokens.size() ? j + 1 : -1;
    }

    /** Collects the phrases; not thread-safe. {@link #build} gives the immutable index. */
    public static final class Builder<V> {
        private static final class Trie<V> {
            final Map<String, Trie<V>> next = new HashMap<>(4);
            V value;
        }

        private final Trie<V> root = new Trie<>();
        private Gap gap = NO_GAP;

        private Builder() {
        }

        /** Tokens of the text the phrases may pass over ({@link Gap}). */
        public Builder<V> skipping(Gap gap) {
            this.gap = gap;
            return this;
        }

        /** Adds a phrase written in ordinary spelling; a phrase added twice keeps its first value. */
        public boolean add(String phrase, V value) {
            return add(words(phrase), value);
        }

        /** Adds a phrase of normalized tokens; a phrase added twice keeps its first value. False when it was there. */
        public boolean add(String[] words, V value) {
            Trie<V> node = node(words);
            if (node.value != null) {
                return false;
            }
            node.value = value;
            return true;
        }

        /** Gives the phrase {@code value}, or the merge of the value it has with {@code value}. */
        public void merge(String[] words, V value, BinaryOperator<V> merge) {
            Trie<V> node = node(words);
            node.value = node.value == null ? value : merge.apply(node.value, value);
        }

        /** The value given to exactly {@code words} so far, or null. */
        public V get(String... words) {
            Trie<V> node = root;
            for (int k = 0; k < words.length && node != null; k++) {
                node = node.next.get(words[k]);
            }
            return node == null ? null : node.value;
        }

        /** Every phrase added so far, as its tokens, with its value. */
        public void forEach(BiConsumer<String[], V> action) {
            visit(root, new ArrayList<>(), action);
        }

        private static <V> void visit(Trie<V> node, List<String> path, BiConsumer<String[], V> action) {
            if (node.value != null) {
                action.accept(path.toArray(String[]::new), node.value);
            }
            node.next.forEach((word, child) -> {
                path.add(word);
                visit(child, path, action);
                path.remove(path.size() - 1);
            });
        }

        private Trie<V> node(String[] words) {
            if (words.length == 0 || Arrays.stream(words).anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("empty phrase or word: " + Arrays.toString(words));
            }
            Trie<V> node = root;
            for (String w : words) {
                node = node.next.computeIfAbsent(w, k -> new Trie<>());
            }
            return node;
        }

        public PhraseIndex<V> build() {
            int[] maxLength = {0};
            Node<V> frozen = freeze(root, 0, maxLength);
            return new PhraseIndex<>(frozen, Set.copyOf(root.next.keySet()), gap, maxLength[0]);
        }

        private static <V> Node<V> freeze(Trie<V> trie, int depth, int[] maxLength) {
            if (trie.value != null) {
                maxLength[0] = Math.max(maxLength[0], depth);
            }
            Map<String, Node<V>> next = new HashMap<>(trie.next.size() * 2);
            trie.next.forEach((word, child) -> next.put(word, freeze(child, depth + 1, maxLength)));
            return new Node<>(next, trie.value);
        }
    }
}
