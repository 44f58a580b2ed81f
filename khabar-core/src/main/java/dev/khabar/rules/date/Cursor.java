package dev.khabar.rules.date;

import dev.khabar.DateReading;
import dev.khabar.pipeline.Sentences;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the rule families of one parse share: the document's tokens, the reference date and reading, and the lexicon
 * matches of each token, looked up once and cached; the dates found so far are in {@link #found}.
 */
final class Cursor {
    final DateNumbers numbers;
    final List<Token> tokens;
    final LocalDate ref;
    final DateReading reading;
    private final Lexicon lexicon;
    final Cues cues;
    private final List<List<Match>> cache;
    /** The dates found so far: the one mutable part, kept apart (see {@link DatesSoFar}). */
    final DatesSoFar found;

    Cursor(Lexicon lexicon, DateNumbers numbers, List<Token> tokens, LocalDate ref, DateReading reading) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues;
        this.numbers = numbers;
        this.tokens = tokens;
        this.ref = ref;
        this.reading = reading;
        this.cache = new ArrayList<>(Collections.nCopies(tokens.size(), null));
        this.found = new DatesSoFar(tokens);
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
