package dev.khabar.rules.date;

import dev.khabar.DateReading;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Token;

import java.time.LocalDate;
import java.util.List;

/** The base of the rule families: the token and lexicon helpers they all read with, over one shared {@link Cursor}. */
abstract class Rules {
    final Cursor cursor;
    final DateNumbers numbers;
    final List<Token> t;
    final int n;
    final LocalDate ref;
    final DateReading reading;

    Rules(Cursor cursor) {
        this.cursor = cursor;
        this.numbers = cursor.numbers;
        this.t = cursor.tokens;
        this.n = cursor.tokens.size();
        this.ref = cursor.ref;
        this.reading = cursor.reading;
    }

    /** Every lexicon entry that starts at token i. */
    final List<Match> at(int i) {
        return cursor.at(i);
    }

    /** The longest match of {@code kind} at token i, or null. */
    final Match find(int i, Kind kind) {
        Match best = null;
        List<Match> all = at(i);
        for (int k = 0, size = all.size(); k < size; k++) {
            Match m = all.get(k);
            if (m.entry().kind() == kind && (best == null || m.next() > best.next())) {
                best = m;
            }
        }
        return best;
    }

    final Match find(int i, Kind kind, String value) {
        Match best = null;
        List<Match> all = at(i);
        for (int k = 0, size = all.size(); k < size; k++) {
            Match m = all.get(k);
            if (m.entry().kind() == kind && m.entry().value().equals(value) && (best == null || m.next() > best.next())) {
                best = m;
            }
        }
        return best;
    }

    final Match findStrong(int i, Kind kind) {
        Match best = null;
        List<Match> all = at(i);
        for (int k = 0, size = all.size(); k < size; k++) {
            Match m = all.get(k);
            if (m.entry().kind() == kind && !m.entry().is("weak") && (best == null || m.next() > best.next())) {
                best = m;
            }
        }
        return best;
    }

    final boolean isPunct(int i, String p) {
        return i < n && t.get(i).is(p);
    }

    final boolean isNumber(int i) {
        return i < n && t.get(i).isNumber();
    }

    final int num(int i) {
        String s = t.get(i).text();
        return s.length() > 6 ? -1 : Integer.parseInt(s);
    }

    final boolean touches(int i) {
        return i + 1 < n && t.get(i).touches(t.get(i + 1));
    }

    static int startOf(Match m, Token tok) {
        return tok.start() + m.prefix();
    }

    final int startAt(int i, Match m) {
        return m == null ? t.get(i).start() : t.get(i).start() + m.prefix();
    }

    /** Skips a comma at i. */
    final int skipComma(int i) {
        return isComma(i) ? i + 1 : i;
    }

    final boolean isComma(int i) {
        return isPunct(i, "،") || isPunct(i, ",");
    }
}
