package dev.khabar.ner;

import edu.stanford.nlp.util.Index;

/**
 * The model's character n-gram features ({@code #<بي#|C}) by their n-gram, looked up on a range of a word's chars:
 * building each n-gram's feature name to look it up in the feature index took most of the time of a word's
 * features, and every new word of a text needs a dozen of them. An open-addressing table over the feature names the
 * index already holds; the answer is exactly {@code index.indexOf("#" + gram + "#|C")}. Immutable and thread-safe.
 */
final class CrfNGrams {
    private static final String PREFIX = "#";
    private static final String SUFFIX = "#|C";
    private static final int AFFIXES = PREFIX.length() + SUFFIX.length();

    /** The feature name at each slot, null for an empty one. */
    private final String[] names;
    private final int[] hashes;
    private final int[] ids;
    private final int mask;

    CrfNGrams(Index<String> index) {
        int count = 0;
        for (String f : index) {
            count += isNGram(f) ? 1 : 0;
        }
        int capacity = Integer.highestOneBit(Math.max(count, 1) * 2 - 1) * 2;
        names = new String[capacity];
        hashes = new int[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        for (String f : index) {
            if (isNGram(f)) {
                add(f, index.indexOf(f));
            }
        }
    }

    private static boolean isNGram(String feature) {
        return feature.length() > AFFIXES && feature.startsWith(PREFIX) && feature.endsWith(SUFFIX);
    }

    private void add(String feature, int id) {
        int h = hash(feature, PREFIX.length(), feature.length() - SUFFIX.length());
        int slot = spread(h) & mask;
        while (names[slot] != null) {
            slot = (slot + 1) & mask;
        }
        names[slot] = feature;
        hashes[slot] = h;
        ids[slot] = id;
    }

    /** The hash of {@code chars[from, to)} that {@link #idOf} takes: that of {@link String#hashCode}. */
    static int hash(CharSequence chars, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + chars.charAt(k);
        }
        return h;
    }

    /** The id of the n-gram {@code chars[from, to)} whose {@link #hash} is {@code h}, or -1 if the model lacks it. */
    int idOf(char[] chars, int from, int to, int h) {
        int length = to - from;
        for (int slot = spread(h) & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && names[slot].length() == length + AFFIXES && sameChars(names[slot], chars, from, length)) {
                return ids[slot];
            }
        }
        return -1;
    }

    private static boolean sameChars(String feature, char[] chars, int from, int length) {
        for (int k = 0; k < length; k++) {
            if (feature.charAt(PREFIX.length() + k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B1;
        return x ^ (x >>> 16);
    }
}
