package dev.khabar.ner;

import java.util.Arrays;

/** A growable list of CRF feature ids. */
final class FeatureIdList implements FeatureIdSink {
    private int[] ids = new int[32];
    private int size;

    @Override
    public void accept(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** Accepts {@code id} unless it is negative (a feature the model's index does not hold). */
    void acceptIfKnown(int id) {
        if (id >= 0) {
            accept(id);
        }
    }

    int[] toArray() {
        return Arrays.copyOf(ids, size);
    }

    /** The ids once each, sorted: a word may hold the same n-gram twice, and CoreNLP's features are a set. */
    int[] distinct() {
        int[] sorted = Arrays.copyOf(ids, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (n == 0 || sorted[k] != sorted[n - 1]) {
                sorted[n++] = sorted[k];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
