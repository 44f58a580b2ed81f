package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.pipeline.Sentences;
import dev.khabar.tokenize.Token;

import java.util.List;

/**
 * The dates a parse has found so far in one document, the only state the rule families share that changes while
 * it runs: the anchor of a relative date (عام 1990 ... وبعد خمس سنوات), what "the same month" refers back to
 * (الشهر نفسه), and the start of the range whose end is being read. Written by {@link DateParser} and
 * {@link Ranges}; read by the month, relative-day, relative-unit and ago rules.
 */
final class DatesSoFar {
    private final List<Token> tokens;

    DatesSoFar(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The last date found and the token after it: what a following relative date may be anchored to. */
    private Point anchor;
    private int anchorNext = -1;

    /** The last date found with a value, by grain: what "the same month" (الشهر نفسه) refers back to. */
    private final DateSpan[] lastOfGrain = new DateSpan[Grain.values().length];

    /** The token after the last date found with the grain of a year, whatever its rule; -1 before any. */
    private int lastYearNext = -1;

    /** Whether the last date found is a year that ends just before token i (2014 و2015: the first year). */
    boolean yearEndsAt(int i) {
        return lastYearNext == i;
    }

    /** Records a date found, as the anchor of the relative dates after it in its sentence. */
    void anchor(DateSpan f) {
        lastYearNext = f.grain == Grain.YEAR ? f.next : -1;
        if (f.value != null && f.grain != null) {
            lastOfGrain[f.grain.ordinal()] = f;
        }
        // a date the text writes out (عام 1990، 3 مايو، يوليو), not one counted from the publication date (أمس) or
        // one that refers back to another (الشهر نفسه)
        if (f.value != null && f.grain != null && !f.grain.isTimeOfDay() && f.rule != null
                && !f.rule.startsWith("relative") && !f.rule.startsWith("ago") && !f.rule.startsWith("last-units")
                && !f.rule.startsWith("weekday") && !f.rule.startsWith("tonight") && !f.rule.startsWith("season")
                && !f.rule.contains("same")) {
            anchor = f.value.from();
            anchorNext = f.next;
        }
    }

    /**
     * The date a relative expression at j counted in units of {@code grain} is anchored to (عام 1990 ... وبعد خمس
     * سنوات، في يوليو ... عن الشهر الذي سبقه): the last date found before it in the same sentence, at most 40 tokens
     * back, when it is at least as fine as {@code grain}; else null (the publication date is the anchor).
     */
    Point anchorFor(int j, Grain grain) {
        if (anchor == null || anchorNext > j || j - anchorNext > 40 || anchor.grain().compareTo(grain) > 0) {
            return null;
        }
        for (int i = anchorNext; i < j; i++) {
            if (Sentences.endsClause(tokens, i)) {
                return null;
            }
        }
        return anchor;
    }

    /**
     * The date that "the same" unit at token j refers back to (الشهر نفسه، العام ذاته، اليوم نفسه): the last date
     * found before j anywhere in the document as fine as {@code grain} or finer; else null.
     */
    DateSpan sameAs(int j, Grain grain) {
        if (rangeStart != null && rangeStart.grain.compareTo(grain) <= 0) {
            return rangeStart;
        }
        DateSpan best = null;
        for (int g = 0; g <= grain.ordinal(); g++) {
            DateSpan f = lastOfGrain[g];
            if (f != null && f.next <= j && (best == null || f.next > best.next)) {
                best = f;
            }
        }
        return best;
    }

    /** The start of a range while its end is read: what "the same month" in the end refers to. */
    private DateSpan rangeStart;

    /** Sets (or with null clears) the start of the range whose end is being read. */
    void rangeStart(DateSpan start) {
        this.rangeStart = start != null && start.value != null && start.grain != null ? start : null;
    }
}
