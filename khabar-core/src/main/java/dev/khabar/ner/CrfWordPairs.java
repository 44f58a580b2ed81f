package dev.khabar.ner;

import edu.stanford.nlp.util.Index;

/**
 * The model's word-pair features ({@code قال-الرئيس-PSEQW2|CpC}) by their two words: every token of a sentence asks
 * for the one of it and the word before, and building the name to look it up cost a string a token. An
 * open-addressing table over the feature names the index already holds; the answer is exactly
 * {@code index.indexOf(first + "-" + second + "-PSEQW2|CpC")}. A name with more than two dashes is entered once per
 * way to split it. Immutable and thread-safe.
 */
final class CrfWordPairs {
    private static final String SUFFIX = "-PSEQW2|CpC";

    /** The feature name at each slot, null for an empty one; {@code splits} is where its first word ends. */
    private final String[] names;
    private final int[] splits;
    private final int[] hashes;
    private final int[] ids;
    private final int mask;

    CrfWordPairs(Index<String> index) {
        int count = 0;
        for (String f : index) {
            if (f.endsWith(SUFFIX)) {
                for (int p = f.indexOf('-'); p >= 0 && p < f.length() - SUFFIX.length(); p = f.indexOf('-', p + 1)) {
                    count++;
                }
            }
        }
        int capacity = Integer.highestOneBit(Math.max(count, 1) * 2 - 1) * 2;
        names = new String[capacity];
        splits = new int[capacity];
        hashes = new int[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        for (String f : index) {
            if (f.endsWith(SUFFIX)) {
                int id = index.indexOf(f);
                int end = f.length() - SUFFIX.length();
                for (int p = f.indexOf('-'); p >= 0 && p < end; p = f.indexOf('-', p + 1)) {
                    add(f, p, hash(f.substring(0, p).hashCode(), f.substring(p + 1, end).hashCode()), id);
                }
            }
        }
    }

    private static int hash(int first, int second) {
        int x = (first * 31 + second) * 0x9E3779B1;
        return x ^ (x >>> 16);
    }

    private void add(String feature, int split, int h, int id) {
        int slot = h & mask;
        while (names[slot] != null) {
            slot = (slot + 1) & mask;
        }
        names[slot] = feature;
        splits[slot] = split;
        hashes[slot] = h;
        ids[slot] = id;
    }

    /** The id of the feature of {@code first} then {@code second}, or -1 if the model lacks it. */
    int idOf(String first, String second) {
        int h = hash(first.hashCode(), second.hashCode());
        int length = first.length() + 1 + second.length() + SUFFIX.length();
        for (int slot = h & mask; names[slot] != null; slot = (slot + 1) & mask) {
            String f = names[slot];
            if (hashes[slot] == h && splits[slot] == first.length() && f.length() == length
                    && f.startsWith(first) && f.startsWith(second, first.length() + 1)) {
                return ids[slot];
            }
        }
        return -1;
    }
}
