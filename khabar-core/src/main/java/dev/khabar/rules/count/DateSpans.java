package dev.khabar.rules.count;

import dev.khabar.pipeline.Mentions;
import dev.khabar.pipeline.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The original spans the date stage took (dates and durations), which hold no count (عام 2015، 28 شهرًا): the
 * count stage's declared input from the date stage ({@link dev.khabar.Stage#COUNTS}). Built per document.
 */
final class DateSpans {
    private final int[] starts;
    private final int[] ends;

    DateSpans(Mentions out) {
        List<int[]> spans = new ArrayList<>();
        out.dates.forEach(d -> spans.add(new int[] {d.start(), d.end()}));
        out.durations.forEach(d -> spans.add(new int[] {d.start(), d.end()}));
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        starts = new int[spans.size()];
        ends = new int[spans.size()];
        int maxEnd = Integer.MIN_VALUE;
        for (int k = 0; k < spans.size(); k++) {
            starts[k] = spans.get(k)[0];
            maxEnd = Math.max(maxEnd, spans.get(k)[1]);
            ends[k] = maxEnd; // running maximum, so one binary search answers
        }
    }

    boolean overlaps(Span s) {
        int k = Arrays.binarySearch(starts, s.end());
        int last = k >= 0 ? k - 1 : -k - 2; // the last span starting before s ends
        while (last >= 0 && starts[last] >= s.end()) {
            last--;
        }
        return last >= 0 && ends[last] > s.start();
    }
}
