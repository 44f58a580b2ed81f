package dev.khabar.pipeline;

import dev.khabar.Extraction;
import dev.khabar.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlaps between types, in one place, after every stage has run. A mention is dropped when it overlaps a
 * mention of a type that ranks above it: hashtags, then dates, then durations, then organizations (so a number
 * inside {@code مجموعة العشرين} is no count), then counts. Persons and locations may overlap dates and counts but not
 * hashtags. Within a type, stages are responsible for their own overlaps. Each list comes out sorted by start.
 */
public final class OverlapResolver {

    private OverlapResolver() {
    }

    public static Extraction resolve(Mentions m) {
        List<Mention> hashtags = List.copyOf(m.hashtags);
        var dates = keep(m.dates, hashtags);
        var durations = keep(m.durations, hashtags, dates);
        var organizations = keep(m.organizations, hashtags);
        var persons = keep(m.persons, hashtags);
        var locations = keep(m.locations, hashtags);
        var counts = keep(m.counts, hashtags, dates, durations, organizations);
        return new Extraction(organizations, persons, locations, dates, durations, counts, sorted(m.hashtags));
    }

    /** Keeps the candidates that overlap none of the higher-ranked mentions; n log n in the number of mentions. */
    @SafeVarargs
    private static <M extends Mention> List<M> keep(List<M> candidates, List<? extends Mention>... higher) {
        List<Mention> blockers = new ArrayList<>();
        for (List<? extends Mention> list : higher) {
            blockers.addAll(list);
        }
        blockers.sort(Comparator.comparingInt(Mention::start));
        // Merge the blockers into disjoint intervals [starts[i], ends[i]).
        int[] starts = new int[blockers.size()];
        int[] ends = new int[blockers.size()];
        int n = 0;
        for (Mention b : blockers) {
            if (n > 0 && b.start() < ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], b.end());
            } else {
                starts[n] = b.start();
                ends[n] = b.end();
                n++;
            }
        }
        List<M> kept = new ArrayList<>(candidates.size());
        for (M c : candidates) {
            // The last interval starting before c ends is the only one that can overlap it.
            int i = java.util.Arrays.binarySearch(starts, 0, n, c.end());
            int last = i >= 0 ? i - 1 : -i - 2;
            if (last < 0 || ends[last] <= c.start()) {
                kept.add(c);
            }
        }
        return sorted(kept);
    }

    private static <M extends Mention> List<M> sorted(List<M> list) {
        List<M> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return copy;
    }
}
