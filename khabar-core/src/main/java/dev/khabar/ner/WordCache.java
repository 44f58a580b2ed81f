package dev.khabar.ner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded map that keeps what is used often: two generations, and when the young one is full the old one is
 * dropped and the young one takes its place. A word found in the old generation moves to the young one, so a
 * frequent word survives every turn while a rare one is dropped by the second. Safe for concurrent use; a race
 * can only compute a word twice or let a generation grow a few entries past its size.
 */
final class WordCache<V> {
    private final int generation;
    private volatile Map<String, V> young = new ConcurrentHashMap<>();
    private volatile Map<String, V> old = new ConcurrentHashMap<>();

    WordCache(int generation) {
        this.generation = generation;
    }

    V get(String word) {
        V v = young.get(word);
        if (v == null) {
            v = old.get(word);
            if (v != null) {
                put(word, v);
            }
        }
        return v;
    }

    void put(String word, V value) {
        if (young.size() >= generation) {
            turn();
        }
        young.put(word, value);
    }

    private synchronized void turn() {
        if (young.size() >= generation) {
            old = young;
            young = new ConcurrentHashMap<>();
        }
    }

    int size() {
        return young.size() + old.size();
    }
}
