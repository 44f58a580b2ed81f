package dev.khabar.tools.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scores with conlleval's rule: an entity counts as found only when its type, first and last token are
 * all right. Chunks are read from IOB tags the way conlleval reads them (an {@code I-} after {@code O} or after another
 * type starts a chunk). Not thread-safe: one scorer per evaluation.
 */
public final class ConllScorer {

    /** Counts of one type. */
    public static final class Counts {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final TreeMap<String, Counts> byType = new TreeMap<>();

    /** A chunk {@code [first, last]} of one type. */
    record Chunk(String type, int first, int last) {
    }

    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, prediction " + predicted.size());
        }
        Set<Chunk> g = new HashSet<>(chunks(gold));
        Set<Chunk> p = new HashSet<>(chunks(predicted));
        for (Chunk c : p) {
            Counts k = counts(c.type());
            if (g.contains(c)) {
                k.truePositives++;
            } else {
                k.falsePositives++;
            }
        }
        for (Chunk c : g) {
            if (!p.contains(c)) {
                counts(c.type()).falseNegatives++;
            }
        }
    }

    private Counts counts(String type) {
        return byType.computeIfAbsent(type, t -> new Counts());
    }

    static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String tType = t.equals("O") || t.length() < 3 ? null : t.substring(2);
            boolean begins = tType != null && (t.startsWith("B-") || !tType.equals(type));
            if (type != null && (tType == null || begins)) {
                out.add(new Chunk(type, start, i - 1));
                type = null;
            }
            if (begins) {
                type = tType;
                start = i;
            }
        }
        return out;
    }

    /** Counts per type, sorted by type name. */
    public TreeMap<String, Counts> byType() {
        return byType;
    }

    /** Micro-averaged counts over every type except those in {@code excluded}. */
    public Counts overall(Set<String> excluded) {
        Counts all = new Counts();
        byType.forEach((type, c) -> {
            if (!excluded.contains(type)) {
                all.truePositives += c.truePositives;
                all.falsePositives += c.falsePositives;
                all.falseNegatives += c.falseNegatives;
            }
        });
        return all;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
        byType.forEach((type, c) -> row(out, type, c));
        row(out, "overall", overall(Set.of()));
        if (byType.containsKey("MISC")) {
            row(out, "overall-MISC", overall(Set.of("MISC")));
        }
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "%-14s %6.2f %6.2f %6.2f %5d %5d %5d%n", name, 100 * c.precision(), 100 * c.recall(),
                100 * c.f1(), c.truePositives, c.falsePositives, c.falseNegatives);
    }
}
