package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.tokenize.Token;

import java.util.List;

/** A date expression over tokens [first, next); {@code start} is its normalized start offset. */
final class DateSpan {
    int first;
    int start;
    int next;
    Value value;
    Grain grain;
    boolean hijri;
    String modifier;
    String rule;
    /** Names a whole day, so a time of day may follow (أمس الساعة 3). */
    boolean dayBased;
    /** Depends on the publication date, which was not given: no value. */
    boolean unresolved;

    DateSpan() {
    }

    DateSpan(int first, int start, int next) {
        this.first = first;
        this.start = start;
        this.next = next;
    }

    DateSpan(int first, int start, int next, Grain grain, String rule) {
        this(first, start, next);
        this.grain = grain;
        this.rule = rule;
    }

    int end(List<Token> t) {
        return t.get(next - 1).end();
    }

    /** The one that reads further (the first when they end together). */
    static DateSpan longer(DateSpan a, DateSpan b) {
        return b != null && (a == null || b.next > a.next) ? b : a;
    }
}
