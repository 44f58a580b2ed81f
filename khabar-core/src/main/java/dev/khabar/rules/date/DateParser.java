package dev.khabar.rules.date;

import dev.khabar.DateReading;
import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Token;

import java.time.LocalDate;
import java.util.List;

/**
 * The date grammar over the tokens of one document: recursive descent from a token. This class reads what stands
 * around a date (a preposition, a modifier, a time after a day) and tries the rule families for its core: calendar
 * dates, relative dates, named periods, ranges and times of day; each family's rules are small methods that look
 * words up in the {@link Lexicon} and return what they read, or null. One instance per document and call; the lookups
 * of each token are cached in the shared {@link Cursor}, so trying every token as a start stays linear (every rule looks
 * a bounded number of tokens ahead).
 */
final class DateParser extends Rules {
    private static final String APPROXIMATELY = "approximately";

    private final CalendarDates calendar;
    private final RelativeDates relative;
    private final SpecialDates special;
    private final TimesOfDay times;
    private final Ranges ranges;
    private final Durations durations;

    DateParser(Lexicon lexicon, DateNumbers numbers, List<Token> tokens, LocalDate ref, DateReading reading) {
        this(new Cursor(lexicon, numbers, tokens, ref, reading));
    }

    private DateParser(Cursor cursor) {
        super(cursor);
        this.durations = new Durations(cursor);
        this.calendar = new CalendarDates(cursor);
        this.relative = new RelativeDates(cursor, durations);
        this.special = new SpecialDates(cursor, calendar);
        this.times = new TimesOfDay(cursor, relative, calendar);
        this.ranges = new Ranges(cursor, calendar, times);
    }

    /** A length of time at i (see {@link Durations#duration}). */
    Dur duration(int i, boolean cued) {
        return durations.duration(i, cued);
    }

    boolean cuedAt(int i) {
        return durations.cuedAt(i);
    }

    boolean afterMoreOrLess(int i) {
        return durations.afterMoreOrLess(i);
    }

    boolean isAge(Dur d) {
        return durations.isAge(d);
    }

    /** The longest date expression starting at token i, or null. */
    DateSpan date(int i) {
        DateSpan d = dateAt(i);
        return d != null ? d : yearOfPeriod(i);
    }

    /**
     * الأشهر الستة الأولى من 2015، الربع الأخير من 2014، الشهر نفسه من 2014: a bare year after من when a part of a
     * year stands before it (an ordinal, a word of the last one, a definite unit of time or "the same"); من stays
     * outside the mention, like في. Elsewhere من before a number is mostly a count (أكثر من 2000 شخص).
     */
    private DateSpan yearOfPeriod(int i) {
        Match from = i > 0 ? find(i, Kind.FROM, "from") : null;
        if (from == null || !endsPartOfYear(i - 1)) {
            return null;
        }
        DateSpan y = calendar.date(from.next(), true);
        if (y == null || y.grain != Grain.YEAR || !"year".equals(y.rule)) {
            return null;
        }
        y.first = i;
        return y;
    }

    /** Whether token k is a word that names a part of a year: الأولى، الأخير، الأشهر، نفسه. */
    private boolean endsPartOfYear(int k) {
        for (Match m : at(k)) {
            boolean one = m.next() == k + 1;
            Kind kind = m.entry().kind();
            if (one && (kind == Kind.ORDINAL && !m.entry().is("bare") || kind == Kind.LAST || kind == Kind.SAME
                    || kind == Kind.UNIT && m.entry().is("definite") && !m.entry().value().startsWith("day"))) {
                return true;
            }
        }
        return false;
    }

    /** The longest date expression starting at token i, the bare year after a part of a year aside. */
    private DateSpan dateAt(int i) {
        if (i >= n || !t.get(i).isNumber() && at(i).isEmpty()) {
            return null; // every expression starts with a number or a word of the vocabulary
        }
        int j = i;
        // a plain preposition (في، عند) stays outside the mention; an approximation (حوالي) is kept as its modifier
        int start = -1;
        Match prep = find(j, Kind.PREP);
        if (prep != null) {
            if (prep.entry().value().equals(APPROXIMATELY)) {
                start = startOf(prep, t.get(j));
            }
            j = prep.next();
        }
        Match mod = find(j, Kind.MODIFIER);
        // a phrase that begins with a modifier word may be a date of its own (بعد غد، قبل أمس)
        DateSpan plain = mod != null ? opened(core(j, false), i, start) : null;
        Match outer = null;
        int outerAt = j;
        DateSpan ago = null;
        if (mod != null && isOuter(mod.entry().value())) {
            outer = mod;
            ago = opened(relative.ago(mod, j), i, start);
            j = mod.next();
            mod = find(j, Kind.MODIFIER);
        }
        Match inner = innerModifier(mod);
        int innerAt = j;
        if (inner != null) {
            j = inner.next();
        }
        // a bare year (في 2009، خلال 2020، منذ 2011) only after a preposition, a modifier or a cue word
        boolean bareYear = inner != null || outer != null || prep != null || yearCueBefore(i) || afterHijriYear(i);
        DateSpan core = withDayPrefix(j, bareYear);
        if (plain != null && (core == null || plain.next >= core.next) && (ago == null || plain.next >= ago.next)) {
            return plain;
        }
        if (ago != null && (core == null || ago.next >= core.next)) {
            return ago;
        }
        if (core == null) {
            return null;
        }
        if (inner != null) {
            // حتى مطلع يناير: the mention starts at the inner modifier, which the modifier field keeps
            core.modifier = inner.entry().value();
            core.start = startOf(inner, t.get(innerAt));
        } else if (outer != null) {
            core.modifier = outer.entry().value();
            core.start = startOf(outer, t.get(outerAt));
        } else if (start >= 0) {
            approximate(core, start);
        }
        core.first = i;
        return core;
    }

    /** A date read after a modifier word, as one that opens at token i (with the approximation at start, if any). */
    private static DateSpan opened(DateSpan f, int i, int start) {
        if (f != null) {
            if (start >= 0) {
                approximate(f, start);
            }
            f.first = i;
        }
        return f;
    }

    /** The modifier inside a date (مطلع، أواخر), or null; a weak one only before a month (نصف الساعة، نص الكلام). */
    private Match innerModifier(Match mod) {
        if (mod == null || isOuter(mod.entry().value())) {
            return null;
        }
        if (mod.entry().is("weak") && find(mod.next(), Kind.MONTH_WORD) == null && find(mod.next(), Kind.MONTH) == null
                && find(mod.next(), Kind.HIJRI_MONTH) == null) {
            return null;
        }
        return mod;
    }

    /** The core at j, or after a day prefix (صباح، ليلة) the day-based core that follows it. */
    private DateSpan withDayPrefix(int j, boolean bareYear) {
        Match dayPrefix = find(j, Kind.DAY_PREFIX);
        DateSpan core = core(j, bareYear);
        if (core == null && dayPrefix != null) {
            DateSpan after = core(dayPrefix.next(), false);
            if (after != null && after.dayBased) {
                after.first = j;
                after.start = startOf(dayPrefix, t.get(j));
                return after;
            }
        }
        return core;
    }

    /** Whether a Hijri mark and a slash stand just before token i: 1428هـ/ 2007, the Gregorian year paired with it. */
    private boolean afterHijriYear(int i) {
        if (i < 2 || !t.get(i - 1).is("/")) {
            return false;
        }
        Match mark = find(i - 2, Kind.CALENDAR, "hijri");
        return mark != null && mark.next() == i - 1;
    }

    /** Whether a word that announces a year (خلال، بحلول، موسم) ends just before token i. */
    private boolean yearCueBefore(int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            for (Match m : at(k)) {
                if (m.entry().kind() == Kind.YEAR_CUE && m.next() == i) {
                    return true;
                }
            }
        }
        return false;
    }

    /** حوالي الساعة الثالثة: the approximation opens the mention and is its modifier, unless it already has one. */
    private static void approximate(DateSpan f, int start) {
        if (f.modifier == null) {
            f.modifier = APPROXIMATELY;
            f.start = start;
        }
    }

    private static boolean isOuter(String modifier) {
        return modifier.equals("since") || modifier.equals("until") || modifier.equals("before")
                || modifier.equals("after");
    }

    /** The longest core expression at j, with a time of day after a day. */
    private DateSpan core(int j, boolean afterModifier) {
        if (j >= n) {
            return null;
        }
        DateSpan best = null;
        best = DateSpan.longer(best, ranges.range(j));
        best = DateSpan.longer(best, calendar.date(j, afterModifier));
        best = DateSpan.longer(best, relative.date(j));
        best = DateSpan.longer(best, special.date(j));
        best = DateSpan.longer(best, times.clockDate(j));
        if (best != null && best.dayBased) {
            attachTime(best);
        }
        return best;
    }

    /** After a day: [،] [في|عند] a time of day, which then gives the value. */
    private void attachTime(DateSpan day) {
        int k = skipComma(day.next);
        Match p = find(k, Kind.PREP, "at");
        if (p != null) {
            k = p.next();
        }
        Clock c = times.clock(k);
        if (c == null) {
            // الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا
            Match from = find(k, Kind.FROM, "from");
            if (from != null) {
                DateSpan r = ranges.range(k);
                if (r != null && r.grain != null && r.grain.isTimeOfDay() && r.value != null && day.value != null) {
                    LocalDate d = day.value.from().date();
                    day.value = new Value(TimesOfDay.moveTo(r.value.from(), d), TimesOfDay.moveTo(r.value.to(), d));
                    day.grain = r.grain;
                    day.next = r.next;
                    day.rule = day.rule + "+time-range";
                    day.dayBased = false;
                } else if (r != null && r.grain != null && r.grain.isTimeOfDay()) {
                    day.next = r.next;
                    day.unresolved = true;
                }
            }
            return;
        }
        DateSpan f = times.timeOn(day, c);
        if (f != null) {
            day.value = f.value;
            day.grain = f.grain;
            day.unresolved = f.unresolved;
            day.next = c.next;
            day.rule = day.rule + "+time";
            day.dayBased = false;
        }
    }

    /** Whether tokens [from, to) are a pairing word and nothing else (… 1436هـ الموافق 9 أغسطس). */
    boolean isPaired(int from, int to) {
        if (from < 0 || from >= n) {
            return false;
        }
        Match m = find(from, Kind.PAIRED);
        int k = m == null ? from : m.next();
        if (m != null && k < to && t.get(k).is("ل")) {
            k++; // الموافق لـ
        }
        return m != null && k == to || m == null && k + 1 == to && (t.get(k).is("(") || t.get(k).is("/"));
    }

    /** Records a date found, as the anchor of the relative dates after it in its sentence. */
    void anchor(DateSpan f) {
        cursor.found.anchor(f);
    }

    int size() {
        return n;
    }

    Token token(int i) {
        return t.get(i);
    }
}
