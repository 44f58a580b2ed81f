package dev.khabar.rules.date;

import dev.khabar.DateReading;
import dev.khabar.Grain;
import dev.khabar.pipeline.Sentences;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the rule families of one parse share: the document's tokens, the reference date and reading, and the lexicon
 * matches of each token, looked up once and cached.
 */
final class Cursor {
    final DateNumbers numbers;
    final List<Token> tokens;
    final LocalDate ref;
    final DateReading reading;
    private final Lexicon lexicon;
    final Cues cues;
    private final List<List<Match>> cache;

    Cursor(Lexicon lexicon, DateNumbers numbers, List<Token> tokens, LocalDate ref, DateReading reading) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues;
        this.numbers = numbers;
        this.tokens = tokens;
        this.ref = ref;
        this.reading = reading;
        this.cache = new ArrayList<>(Collections.nCopies(tokens.size(), null));
    }

    /** The last date found and the token after it: what a following relative date may be anchored to. */
    private Point anchor;
    private int anchorNext = -1;

    /** The last date found with a value, by grain: what "the same month" (الشهر نفسه) refers back to. */
    private final Found[] lastOfGrain = new Found[Grain.values().length];

    /** Records a date found, as the anchor of the relative dates after it in its sentence. */
    void anchor(Found f) {
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
            if (endsSentence(i)) {
                return null;
            }
        }
        return anchor;
    }

    /**
     * The date that "the same" unit at token j refers back to (الشهر نفسه، العام ذاته، اليوم نفسه): the last date
     * found before j anywhere in the document as fine as {@code grain} or finer; else null.
     */
    Found sameAs(int j, Grain grain) {
        if (rangeStart != null && rangeStart.grain.compareTo(grain) <= 0) {
            return rangeStart;
        }
        Found best = null;
        for (int g = 0; g <= grain.ordinal(); g++) {
            Found f = lastOfGrain[g];
            if (f != null && f.next <= j && (best == null || f.next > best.next)) {
                best = f;
            }
        }
        return best;
    }

    /** The start of a range while its end is read: what "the same month" in the end refers to. */
    private Found rangeStart;

    /** Sets (or with null clears) the start of the range whose end is being read. */
    void rangeStart(Found start) {
        this.rangeStart = start != null && start.value != null && start.grain != null ? start : null;
    }

    /** Whether token i ends a sentence or clause (. ؟ ! ؛ :), past which no anchor or tense cue is looked for. */
    private boolean endsSentence(int i) {
        return Sentences.endsClause(tokens, i);
    }

    /**
     * The tense of the clause a date starting at token j stands in: the first cue met looking back (at most 8 words,
     * not past the sentence's start): 1 future, -1 past, 0 none (see {@link Lexicon#tenseOf}).
     */
    int tense(int j) {
        int words = 0;
        for (int i = Math.min(j, tokens.size()) - 1; i >= 0 && words < 8; i--) {
            Token p = tokens.get(i);
            if (!p.isWord()) {
                if (endsSentence(i)) {
                    return 0;
                }
                continue;
            }
            words++;
            int tense = lexicon.tenseOf(p.text());
            if (tense != 0) {
                return tense;
            }
        }
        return 0;
    }

    /** Every lexicon entry that starts at token i (none outside the text). */
    List<Match> at(int i) {
        if (i < 0 || i >= tokens.size()) {
            return List.of();
        }
        List<Match> m = cache.get(i);
        if (m == null) {
            m = lexicon.matchesAt(tokens, i);
            cache.set(i, m);
        }
        return m;
    }
}
