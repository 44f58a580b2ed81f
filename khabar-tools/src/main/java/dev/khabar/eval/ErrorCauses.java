package dev.khabar.eval;

import dev.khabar.tokenize.Clitics;

import java.util.List;

/**
 * Why a gold mention was missed or an extracted one was a false alarm, read from the mentions around it: the
 * unmatched mention of the same type that overlaps it (a boundary or value error), a mention of another type over
 * it (a type error), a matched one over it (merged or duplicated), or nothing at all.
 */
final class ErrorCauses {
    // names
    static final String PROCLITIC_KEPT = "proclitic kept";
    static final String TOO_LONG = "span too long";
    static final String TOO_SHORT = "span too short";
    static final String SHIFTED = "span shifted";
    static final String MISSED_ENTIRELY = "missed entirely";
    static final String SPURIOUS = "spurious";
    // dates, durations, counts
    static final String WRONG_VALUE = "right span, wrong value";
    static final String SPAN_AND_VALUE = "span mismatch, wrong value";
    static final String MISSED = "missed";
    // both
    static final String MERGED = "inside a mention that matched another gold";
    static final String DUPLICATE = "overlaps a gold already matched";

    /** One mention: its type, span, text and value (null for names). */
    record Item(String type, int start, int end, String text, Object value) {
        boolean overlaps(Item o) {
            return start < o.end && o.start < end;
        }

        int overlap(Item o) {
            return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
        }
    }

    /** A cause and the mention that explains it (null when nothing overlaps). */
    record Cause(String name, Item counterpart) {
    }

    private ErrorCauses() {
    }

    static boolean valued(String type) {
        return type.equals("dates") || type.equals("durations") || type.equals("counts");
    }

    /**
     * The cause of a missed gold mention.
     *
     * @param unmatched extracted mentions of the gold's type that matched nothing
     * @param matched   extracted mentions of the gold's type that matched another gold mention
     * @param others    extracted mentions of the other types
     */
    static Cause ofMiss(Item gold, List<Item> unmatched, List<Item> matched, List<Item> others) {
        Item same = best(gold, unmatched);
        if (same != null) {
            return new Cause(valued(gold.type()) ? valueCause(gold, same) : boundaryCause(gold, same), same);
        }
        Item other = best(gold, others);
        if (other != null) {
            return new Cause(typeCause(gold, other, "found as "), other);
        }
        Item merged = best(gold, matched);
        if (merged != null) {
            return new Cause(MERGED, merged);
        }
        return new Cause(valued(gold.type()) ? MISSED : MISSED_ENTIRELY, null);
    }

    /**
     * The cause of a false alarm.
     *
     * @param unmatched gold mentions of its type that nothing matched
     * @param matched   gold mentions of its type that another extracted mention matched
     * @param others    gold mentions of the other types
     */
    static Cause ofFalse(Item found, List<Item> unmatched, List<Item> matched, List<Item> others) {
        Item same = best(found, unmatched);
        if (same != null) {
            return new Cause(valued(found.type()) ? valueCause(same, found) : boundaryCause(same, found), same);
        }
        Item other = best(found, others);
        if (other != null) {
            return new Cause(typeCause(found, other, "gold is "), other);
        }
        Item duplicate = best(found, matched);
        if (duplicate != null) {
            return new Cause(DUPLICATE, duplicate);
        }
        return new Cause(SPURIOUS, null);
    }

    /** How an extracted span differs from the gold span it overlaps. */
    static String boundaryCause(Item gold, Item found) {
        if (found.start() <= gold.start() && found.end() >= gold.end()) {
            int extra = gold.start() - found.start();
            if (found.end() == gold.end() && extra > 0 && extra <= 2 && found.text().length() >= extra
                    && found.text().substring(0, extra).chars().allMatch(c -> Clitics.isProcliticLetter((char) c))) {
                return PROCLITIC_KEPT;
            }
            return TOO_LONG;
        }
        if (found.start() >= gold.start() && found.end() <= gold.end()) {
            return TOO_SHORT;
        }
        return SHIFTED;
    }

    private static String valueCause(Item gold, Item found) {
        return gold.start() == found.start() && gold.end() == found.end() ? WRONG_VALUE : SPAN_AND_VALUE;
    }

    /** "wrong type (found as persons)" when one span holds the other, else "crosses persons". */
    private static String typeCause(Item self, Item other, String relation) {
        boolean nested = other.start() <= self.start() && other.end() >= self.end()
                || self.start() <= other.start() && self.end() >= other.end();
        return nested ? "wrong type (" + relation + other.type() + ")" : "crosses " + other.type();
    }

    /** The candidate that overlaps {@code item} most, preferring the same family (names or values); null if none. */
    private static Item best(Item item, List<Item> candidates) {
        Item best = null;
        int bestScore = 0;
        for (Item c : candidates) {
            if (!c.overlaps(item)) {
                continue;
            }
            int score = c.overlap(item) + (valued(c.type()) == valued(item.type()) ? 1_000_000 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
