package dev.khabar.pipeline;

import dev.khabar.Extraction;
import dev.khabar.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles overlaps between types, in one place, after every stage has run. A mention is dropped when it overlaps a
 * mention of a type that ranks above it: hashtags, then dates, then durations, then counts. Between organizations
 * and counts the span decides: a count wholly inside an organization is part of its name ({@code مجموعة العشرين}) and
 * is dropped; an organization that cuts into a count ({@code 27.6 مليار ريال} read with {@code ريال} as a club) is
 * dropped. Persons and locations may overlap dates and counts but not hashtags. Within a type, stages are responsible
 * for their own overlaps. Each list comes out sorted by start.
 */
public final class OverlapResolver {

    private OverlapResolver() {
    }

    public static Extraction resolve(Mentions m) {
        List<Mention> hashtags = List.copyOf(m.hashtags);
        var dates = keep(m.dates, hashtags);
        var durations = keep(m.durations, hashtags, dates);
        var names = keep(m.organizations, hashtags);
        var counts = notInside(keep(m.counts, hashtags, dates, durations), names);
        var organizations = keep(names, counts);
        var persons = keep(m.persons, hashtags);
        var locations = keep(m.locations, hashtags);
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

    /** Drops the candidates that lie wholly inside one of {@code outer}, which must not overlap each other. */
    private static <M extends Mention> List<M> notInside(List<M> candidates, List<? extends Mention> outer) {
        List<? extends Mention> byStart = sorted(outer);
        int[] starts = byStart.stream().mapToInt(Mention::start).toArray();
        List<M> kept = new ArrayList<>(candidates.size());
        for (M c : candidates) {
            // The last outer mention starting at or before c is the only one that can contain it.
            int last = countAtMost(starts, c.start()) - 1;
            if (last < 0 || byStart.get(last).end() < c.end()) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** How many of the sorted {@code values} are at most {@code key}. */
    private static int countAtMost(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static <M extends Mention> List<M> sorted(List<M> list) {
        List<M> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return copy;
    }
}
