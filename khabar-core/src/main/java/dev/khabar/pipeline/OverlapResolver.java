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
 *
 * <p>Before all that, a mention whose text holds a line break ({@link Document#isLineBreak}) is dropped, whatever
 * stage made it: titles, captions and paragraphs are separate lines (batch input joins them with newlines), and no
 * name, date or count runs from one into the next. Stages should not build such mentions in the first place
 * ({@link Document#lines}); this makes it a guarantee of the pipeline.
 */
public final class OverlapResolver {

    private OverlapResolver() {
    }

    public static Extraction resolve(Mentions m) {
        List<Mention> hashtags = List.copyOf(oneLine(m.hashtags));
        var dates = keep(oneLine(m.dates), hashtags);
        var durations = keep(oneLine(m.durations), hashtags, dates);
        var names = keep(oneLine(m.organizations), hashtags);
        var counts = notInside(keep(oneLine(m.counts), hashtags, dates, durations), names);
        var organizations = keep(names, counts);
        var persons = keep(oneLine(m.persons), hashtags);
        var locations = keep(oneLine(m.locations), hashtags);
        return new Extraction(organizations, persons, locations, dates, durations, counts, sorted(oneLine(m.hashtags)));
    }

    /** The mentions that lie on one line: the list itself when none crosses a break (the common case). */
    private static <M extends Mention> List<M> oneLine(List<M> mentions) {
        List<M> kept = null;
        for (int k = 0; k < mentions.size(); k++) {
            boolean crosses = false;
            String text = mentions.get(k).text();
            for (int c = 0; c < text.length() && !crosses; c++) {
                crosses = Document.isLineBreak(text.charAt(c));
            }
            if (crosses && kept == null) {
                kept = new ArrayList<>(mentions.subList(0, k));
            } else if (!crosses && kept != null) {
                kept.add(mentions.get(k));
            }
        }
        return kept == null ? mentions : kept;
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
