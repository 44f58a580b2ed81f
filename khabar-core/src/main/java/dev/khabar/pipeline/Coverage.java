package dev.khabar.pipeline;

import dev.khabar.Mention;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The stretches of the original text that some mentions cover: their original-offset spans sorted and merged into
 * disjoint intervals, so that one binary search tells whether a span overlaps any of them or lies inside one. The
 * pipeline's one structure for settling overlaps: {@link OverlapResolver} between types, a stage against what an
 * earlier stage found (the count stage skips numbers inside dates). Immutable.
 */
public final class Coverage {
    /** Covers nothing. */
    public static final Coverage NONE = new Coverage(new int[0], new int[0], 0);

    /** Starts and ends of the merged intervals {@code [starts[i], ends[i])}, in increasing order. */
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Coverage(int[] starts, int[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The coverage of every mention of {@code lists}. */
    @SafeVarargs
    public static Coverage of(List<? extends Mention>... lists) {
        List<Mention> all = new ArrayList<>();
        for (List<? extends Mention> list : lists) {
            all.addAll(list);
        }
        if (all.isEmpty()) {
            return NONE;
        }
        all.sort(Comparator.comparingInt(Mention::start));
        int[] starts = new int[all.size()];
        int[] ends = new int[all.size()];
        int n = 0;
        for (Mention m : all) {
            if (n > 0 && m.start() < ends[n - 1]) { // overlapping spans merge; touching ones stay apart
                ends[n - 1] = Math.max(ends[n - 1], m.end());
            } else {
                starts[n] = m.start();
                ends[n] = m.end();
                n++;
            }
        }
        return new Coverage(starts, ends, n);
    }

    /** True when nothing is covered. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** True when the original span {@code [start, end)} shares a char with a covered stretch. */
    public boolean overlaps(int start, int end) {
        // The last interval starting before the span ends is the only one that can overlap it.
        int i = Arrays.binarySearch(starts, 0, size, end);
        int last = i >= 0 ? i - 1 : -i - 2;
        return last >= 0 && ends[last] > start;
    }

    /** True when {@code span} shares a char with a covered stretch. */
    public boolean overlaps(Span span) {
        return overlaps(span.start(), span.end());
    }

    /** True when the original span {@code [start, end)} lies wholly inside one covered stretch. */
    public boolean contains(int start, int end) {
        // The last interval starting at or before the span is the only one that can hold it.
        int i = Arrays.binarySearch(starts, 0, size, start);
        int last = i >= 0 ? i : -i - 2;
        return last >= 0 && ends[last] >= end;
    }

    /**
     * The tokens of {@code doc} this coverage touches: {@code true} at {@code k} when the original span of token
     * {@code k} overlaps a covered stretch.
     */
    public boolean[] tokens(Document doc) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = new boolean[tokens.size()];
        if (size == 0) {
            return covered;
        }
        for (int k = 0; k < covered.length; k++) {
            Token t = tokens.get(k);
            covered[k] = overlaps(doc.normalized().originalStart(t.start()), doc.normalized().originalEnd(t.end()));
        }
        return covered;
    }
}
