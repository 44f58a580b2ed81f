package dev.khabar.pipeline;

import dev.khabar.Extraction;
import dev.khabar.Hashtag;
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
 * for their own overlaps. Each list comes out sorted by start. Each test asks a {@link Coverage} of the ranks above.
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
        List<Hashtag> hashtags = oneLine(m.hashtags);
        Coverage tags = Coverage.of(hashtags);
        var dates = keep(oneLine(m.dates), tags);
        var durations = keep(oneLine(m.durations), Coverage.of(hashtags, dates));
        var names = keep(oneLine(m.organizations), tags);
        var counts = notInside(keep(oneLine(m.counts), Coverage.of(hashtags, dates, durations)), Coverage.of(names));
        var organizations = keep(names, Coverage.of(counts));
        var persons = keep(oneLine(m.persons), tags);
        var locations = keep(oneLine(m.locations), tags);
        return new Extraction(organizations, persons, locations, dates, durations, counts, sorted(hashtags));
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

    /** Keeps the candidates that overlap nothing {@code higher} covers, sorted. */
    private static <M extends Mention> List<M> keep(List<M> candidates, Coverage higher) {
        List<M> kept = new ArrayList<>(candidates.size());
        for (M c : candidates) {
            if (!higher.overlaps(c.start(), c.end())) {
                kept.add(c);
            }
        }
        return sorted(kept);
    }

    /** Drops the candidates that lie wholly inside a stretch {@code outer} covers. */
    private static <M extends Mention> List<M> notInside(List<M> candidates, Coverage outer) {
        List<M> kept = new ArrayList<>(candidates.size());
        for (M c : candidates) {
            if (!outer.contains(c.start(), c.end())) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static <M extends Mention> List<M> sorted(List<M> list) {
        List<M> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return copy;
    }
}
