package dev.khabar.rules.date;

import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The date grammar over the tokens of one document: recursive descent from a token, each rule a small method that
 * looks words up in the {@link Lexicon} and returns what it read, or null. One instance per document and call; the
 * lookups of each token are cached, so trying every token as a start stays linear (every rule looks a bounded number
 * of tokens ahead).
 */
final class DateParser {
    private final Lexicon lexicon;
    private final DateNumbers numbers;
    private final List<Token> t;
    private final int n;
    private final LocalDate ref;
    private final DateReading reading;
    private final List<List<Match>> cache;

    DateParser(Lexicon lexicon, DateNumbers numbers, List<Token> tokens, LocalDate ref, DateReading reading) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.t = tokens;
        this.n = tokens.size();
        this.ref = ref;
        this.reading = reading;
        this.cache = new ArrayList<>(java.util.Collections.nCopies(n, null));
    }

    // ---------------------------------------------------------------- results

    /** A value: one point, or a range from one point to another (both included). */
    record Value(Point from, Point to) {
        String iso() {
            return to == null ? from.iso() : from.iso() + "/" + to.iso();
        }
    }

    /** A date expression over tokens [first, next); {@code start} is its normalized start offset. */
    static final class Found {
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

        int end(List<Token> t) {
            return t.get(next - 1).end();
        }
    }

    /** A length of time over tokens [first, next). */
    record Dur(int first, int start, int next, java.math.BigDecimal amount, String unit, String rule) {
    }

    /** Calendar fields read from the text, before the missing ones are filled in. */
    private static final class Cal {
        int first;
        int start;
        int next;
        Integer year;
        Integer month;
        Integer day;
        boolean dayIsOrdinal;
        boolean dayIsBare;
        boolean hijri;
        boolean hijriMarked;
        boolean gregorianMarked;
        boolean twoDigitYear;
        int weekday;
        Integer monthOffset;
        Integer yearOffset;
        int monthDirection = Integer.MIN_VALUE;
        String rule;

        Cal copy() {
            Cal c = new Cal();
            c.first = first;
            c.start = start;
            c.next = next;
            c.year = year;
            c.month = month;
            c.day = day;
            c.dayIsOrdinal = dayIsOrdinal;
            c.hijri = hijri;
            c.hijriMarked = hijriMarked;
            c.gregorianMarked = gregorianMarked;
            c.twoDigitYear = twoDigitYear;
            c.weekday = weekday;
            c.monthOffset = monthOffset;
            c.yearOffset = yearOffset;
            c.monthDirection = monthDirection;
            c.rule = rule;
            return c;
        }
    }

    /** A time of day read from the text. */
    private static final class Clock {
        int first;
        int start;
        int next;
        int hour;
        int minute;
        int second;
        boolean hasMinute;
        boolean hasSecond;
        String daypart;
        ZoneOffset zone;
    }

    // ---------------------------------------------------------------- token helpers

    private List<Match> at(int i) {
        if (i < 0 || i >= n) {
            return List.of();
        }
        List<Match> m = cache.get(i);
        if (m == null) {
            m = lexicon.matchesAt(t, i);
            cache.set(i, m);
        }
        return m;
    }

    /** The longest match of {@code kind} at token i, or null. */
    private Match find(int i, Kind kind) {
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

    private Match find(int i, Kind kind, String value) {
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

    private Match findStrong(int i, Kind kind) {
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

    private boolean isPunct(int i, String p) {
        return i < n && t.get(i).is(p);
    }

    private boolean isNumber(int i) {
        return i < n && t.get(i).isNumber();
    }

    private int num(int i) {
        String s = t.get(i).text();
        return s.length() > 6 ? -1 : Integer.parseInt(s);
    }

    private boolean touches(int i) {
        return i + 1 < n && t.get(i).touches(t.get(i + 1));
    }

    private static int startOf(Match m, Token tok) {
        return tok.start() + m.prefix();
    }

    private int startAt(int i, Match m) {
        return m == null ? t.get(i).start() : t.get(i).start() + m.prefix();
    }

    /** Skips a comma at i. */
    private int skipComma(int i) {
        return isPunct(i, "،") || isPunct(i, ",") ? i + 1 : i;
    }

    // ---------------------------------------------------------------- entry points

    /** The longest date expression starting at token i, or null. */
    Found date(int i) {
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
        String outer = null;
        int outerStart = -1;
        Found ago = null;
        Match mod = find(j, Kind.MODIFIER);
        // a phrase that begins with a modifier word may be a date of its own (بعد غد، قبل أمس)
        Found plain = mod != null ? core(j, false) : null;
        if (plain != null && start >= 0) {
            approximate(plain, start);
        }
        if (plain != null) {
            plain.first = i;
        }
        if (mod != null && isOuter(mod.entry().value())) {
            outer = mod.entry().value();
            outerStart = startOf(mod, t.get(j));
            ago = ago(mod, j);
            if (ago != null && start >= 0) {
                approximate(ago, start);
            }
            if (ago != null) {
                ago.first = i;
            }
            j = mod.next();
            mod = find(j, Kind.MODIFIER);
        }
        String inner = null;
        int innerStart = -1;
        if (mod != null && !isOuter(mod.entry().value()) && mod.entry().is("weak")
                && find(mod.next(), Kind.MONTH_WORD) == null && find(mod.next(), Kind.MONTH) == null
                && find(mod.next(), Kind.HIJRI_MONTH) == null) {
            mod = null; // نصف الساعة، نص الكلام
        }
        if (mod != null && !isOuter(mod.entry().value())) {
            inner = mod.entry().value();
            innerStart = startOf(mod, t.get(j));
            j = mod.next();
        }
        int prefixStart = -1;
        Match dayPrefix = find(j, Kind.DAY_PREFIX);
        Found core = core(j, inner != null || outer != null);
        if (core == null && dayPrefix != null) {
            Found after = core(dayPrefix.next(), false);
            if (after != null && after.dayBased) {
                prefixStart = startOf(dayPrefix, t.get(j));
                core = after;
                core.first = j;
                core.start = prefixStart;
            }
        }
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
            core.modifier = inner;
            core.start = innerStart;
        } else if (outer != null) {
            core.modifier = outer;
            core.start = outerStart;
        } else if (start >= 0) {
            approximate(core, start);
        }
        core.first = i;
        return core;
    }

    private static final String APPROXIMATELY = "approximately";

    /** حوالي الساعة الثالثة: the approximation opens the mention and is its modifier, unless it already has one. */
    private static void approximate(Found f, int start) {
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
    private Found core(int j, boolean afterModifier) {
        if (j >= n) {
            return null;
        }
        Found best = null;
        best = longer(best, range(j));
        best = longer(best, calendar(j, afterModifier));
        best = longer(best, relative(j));
        best = longer(best, special(j));
        best = longer(best, clockDate(j));
        if (best != null && best.dayBased) {
            attachTime(best);
        }
        return best;
    }

    private static Found longer(Found a, Found b) {
        return b != null && (a == null || b.next > a.next) ? b : a;
    }

    // ---------------------------------------------------------------- calendar dates

    private Found calendar(int j, boolean afterModifier) {
        Cal c = cal(j, false, afterModifier);
        return c == null ? null : resolve(c);
    }

    /**
     * Calendar fields at j: [weekday] then a numeric date, a day and a month, a month, or a year. {@code rangeEnd}
     * also takes a bare day number or year (one end of a range); {@code bareYear} a bare year (after منذ، حتى).
     */
    private Cal cal(int j, boolean rangeEnd, boolean bareYear) {
        if (j >= n) {
            return null;
        }
        Cal c = new Cal();
        c.first = j;
        int k = j;
        c.start = t.get(j).start();
        // [يوم] weekday [،|في|الموافق]
        Match dayWord = find(k, Kind.DAY_WORD, "day");
        int w = dayWord != null ? dayWord.next() : k;
        Match wd = dayWord != null ? find(w, Kind.WEEKDAY) : findStrong(w, Kind.WEEKDAY);
        if (wd != null) {
            c.weekday = wd.entry().number();
            c.start = dayWord != null ? startOf(dayWord, t.get(k)) : startOf(wd, t.get(k));
            k = skipComma(wd.next());
            Match link = find(k, Kind.PAIRED);
            if (link == null) {
                Match p = find(k, Kind.PREP, "at");
                if (p != null && p.prefix() == 0) {
                    link = p;
                }
            }
            if (link != null) {
                k = link.next();
            }
            Match dw = find(k, Kind.DAY_WORD, "day");
            if (dw != null && (isNumber(dw.next()) || find(dw.next(), Kind.ORDINAL) != null)) {
                k = dw.next();
            }
        } else if (dayWord != null) {
            k = dayWord.next();
            c.start = startOf(dayWord, t.get(j));
        }
        if (k >= n) {
            return null;
        }
        if (c.weekday == 0) {
            Match m0 = find(k, Kind.MONTH_WORD);
            if (m0 == null && find(k, Kind.MONTH) == null && find(k, Kind.HIJRI_MONTH) == null && !isNumber(k)
                    && find(k, Kind.ORDINAL) == null && find(k, Kind.YEAR_WORD) == null && find(k, Kind.THIS) == null
                    && find(k, Kind.LAST) == null) {
                return null;
            }
            if (k == j && !isNumber(k)) {
                Match any = at(k).isEmpty() ? null : at(k).get(0);
                c.start = startAt(k, any);
            }
        }
        // numeric dates
        if (numeric(k, c)) {
            calendarMark(c);
            return c;
        }
        // a day, as digits or an ordinal word
        int dayNext = day(k, c);
        if (dayNext > 0) {
            int m = dayNext;
            Match from = find(m, Kind.FROM, "from");
            if (from != null && from.prefix() == 0) {
                m = from.next();
            }
            if (monthRef(m, c, true)) {
                c.rule = "day-" + c.rule;
                if (!year(c.next, c) && c.monthOffset == null) {
                    Match dir = find(c.next, Kind.DIRECTION);
                    if (dir != null) {
                        c.monthDirection = Integer.parseInt(dir.entry().value()); // 17 سبتمبر المقبل
                        c.next = dir.next();
                    }
                }
                return c;
            }
            if (rangeEnd || (c.weekday != 0 && c.dayIsOrdinal && !c.dayIsBare)) {
                c.next = dayNext;
                return c;
            }
            c.day = null;
            c.dayIsOrdinal = false;
            if (c.weekday != 0) {
                return null;
            }
        }
        if (c.weekday != 0) {
            return null;
        }
        if (monthRef(k, c, false)) {
            boolean hasYear = year(c.next, c);
            if (c.monthDirection == Integer.MIN_VALUE && !hasYear && c.rule.equals("weak-month") && !afterTimePreposition(k)) {
                return null;
            }
            if (c.rule.equals("weak-month")) {
                c.rule = "month"; // a year or a direction confirmed it
            }
            return c;
        }
        if (yearExpression(k, c, rangeEnd || bareYear)) {
            return c;
        }
        return null;
    }

    /** d/m/y, y/m/d, y-m-d, d.m.y, m/yyyy and (after a weekday) d/m, all parts touching. */
    private boolean numeric(int k, Cal c) {
        if (spacedNumeric(k, c)) {
            return true;
        }
        if (!isNumber(k) || !touches(k) || k + 2 >= n || !touches(k + 1) || !isNumber(k + 2)) {
            return false;
        }
        String sep = t.get(k + 1).text();
        if (!sep.equals("/") && !sep.equals("-") && !sep.equals(".")) {
            return false;
        }
        String a = t.get(k).text();
        String b = t.get(k + 2).text();
        boolean three = k + 4 < n && touches(k + 2) && t.get(k + 3).is(sep) && touches(k + 3) && isNumber(k + 4);
        if (three) {
            String cc = t.get(k + 4).text();
            if (k + 5 < n && touches(k + 4) && (t.get(k + 5).is(sep) || t.get(k + 5).is("/"))) {
                return false; // a longer run of numbers: an identifier, not a date
            }
            int y;
            int m;
            int d;
            if (a.length() == 4 && b.length() <= 2 && cc.length() <= 2) {
                y = num(k);
                m = num(k + 2);
                d = num(k + 4);
            } else if (a.length() <= 2 && b.length() <= 2 && (cc.length() == 4 || cc.length() == 2)) {
                d = num(k);
                m = num(k + 2);
                y = num(k + 4);
                c.twoDigitYear = cc.length() == 2;
            } else {
                return false;
            }
            if (m < 1 || m > 12 || d < 1 || d > 31) {
                return false;
            }
            c.year = y;
            c.month = m;
            c.day = d;
            c.next = k + 5;
            c.rule = "numeric-date";
            return true;
        }
        if (!sep.equals("/") || k + 3 < n && touches(k + 2) && !t.get(k + 3).isWord()) {
            return false;
        }
        int x = num(k);
        int y = num(k + 2);
        if (a.length() <= 2 && b.length() == 4 && x >= 1 && x <= 12 && y >= 1900 && y <= 2100) {
            c.month = x;
            c.year = y;
            c.next = k + 3;
            c.rule = "numeric-month";
            return true;
        }
        if (c.weekday != 0 && a.length() <= 2 && b.length() <= 2 && x >= 1 && x <= 31 && y >= 1 && y <= 12) {
            c.day = x;
            c.month = y;
            c.next = k + 3;
            c.rule = "numeric-day";
            return true;
        }
        return false;
    }

    /** في رمضان، خلال شعبان، منذ مارس: a weak month name after a preposition of time is the month. */
    private boolean afterTimePreposition(int k) {
        if (k == 0 || !t.get(k - 1).isWord()) {
            return false;
        }
        String w = t.get(k - 1).text();
        if (w.startsWith("و") && w.length() > 2) {
            w = w.substring(1);
        }
        return w.equals("في") || w.equals("خلال") || w.equals("طوال") || w.equals("طيله") || w.equals("منذ")
                || w.equals("حتي");
    }

    /** d / m / yyyy or d - m - yyyy with spaces around the separators (14/ 10/ 1436هـ): only with a four-digit year. */
    private boolean spacedNumeric(int k, Cal c) {
        if (k + 4 >= n || !isNumber(k) || !isNumber(k + 2) || !isNumber(k + 4)
                || touches(k) && touches(k + 1) && touches(k + 2) && touches(k + 3)) {
            return false;
        }
        String sep = t.get(k + 1).text();
        if (!(sep.equals("/") || sep.equals("-")) || !t.get(k + 3).is(sep)) {
            return false;
        }
        String a = t.get(k).text();
        String b = t.get(k + 2).text();
        String y = t.get(k + 4).text();
        if (a.length() > 2 || b.length() > 2 || y.length() != 4) {
            return false;
        }
        int d = num(k);
        int m = num(k + 2);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return false;
        }
        c.day = d;
        c.month = m;
        c.year = num(k + 4);
        c.next = k + 5;
        c.rule = "numeric-date";
        return true;
    }

    /** Reads a day at k (digits 1–31 or an ordinal word, also اليوم الثالث and ثالث يوم); the token after, or -1. */
    private int day(int k, Cal c) {
        if (k >= n) {
            return -1;
        }
        if (isNumber(k)) {
            int d = num(k);
            String s = t.get(k).text();
            if (s.length() <= 2 && d >= 1 && d <= 31 && !(touches(k) && isNumber(k + 2) && !t.get(k + 1).is("-"))) {
                c.day = d;
                return k + 1;
            }
            return -1;
        }
        Match dw = find(k, Kind.DAY_WORD, "day");
        int o = dw != null ? dw.next() : k;
        Match ord = find(o, Kind.ORDINAL);
        if (ord == null || ord.entry().number() > 31) {
            return -1;
        }
        int next = ord.next();
        if (ord.entry().is("bare")) {
            Match unit = find(next, Kind.UNIT, "day:1");
            if (unit != null && dw == null) {
                next = unit.next(); // ثالث يوم من شهر عشرة
            } else if (dw != null) {
                return -1;
            }
        }
        c.day = ord.entry().number();
        c.dayIsOrdinal = true;
        c.dayIsBare = ord.entry().is("bare");
        return next;
    }

    /**
     * A month at k: [شهر] name [/ name | (name)], شهر + number, الشهر + ordinal (after a day), هذا الشهر, الشهر
     * المقبل. Fills month, calendar and next; rule "weak-month" when a weak name still needs a year or a direction.
     */
    private boolean monthRef(int k, Cal c, boolean hasDay) {
        if (k >= n) {
            return false;
        }
        Match word = find(k, Kind.MONTH_WORD);
        Match th = find(k, Kind.THIS);
        if (th != null) {
            Match mw = find(th.next(), Kind.MONTH_WORD);
            if (mw != null && t.get(th.next()).text().startsWith("ال")) {
                c.monthOffset = 0;
                c.next = mw.next();
                c.rule = "this-month";
                return hasDay;
            }
            return false;
        }
        int m = word != null ? word.next() : k;
        Match name = find(m, Kind.MONTH);
        Match hijri = find(m, Kind.HIJRI_MONTH);
        if (hijri != null && (name == null || hijri.next() > name.next())) {
            name = hijri;
        }
        if (name != null) {
            c.month = name.entry().number();
            c.hijri = name.entry().kind() == Kind.HIJRI_MONTH;
            int next = name.next();
            boolean paired = false;
            if (next + 1 < n && (isPunct(next, "/") || isPunct(next, "(") || isPunct(next, "-") || isPunct(next, "،"))) {
                Match other = find(next + 1, Kind.MONTH);
                if (other == null) {
                    other = find(next + 1, Kind.HIJRI_MONTH);
                }
                if (other != null && (other.entry().kind() != name.entry().kind()
                        || other.entry().number() == c.month)) {
                    paired = true;
                    next = other.next();
                    if (isPunct(name.next(), "(") && isPunct(next, ")")) {
                        next++;
                    }
                }
            }
            c.next = next;
            boolean weak = name.entry().is("weak") && !paired && word == null && !hasDay;
            if (weak && name.prefix() > 0) {
                return false;
            }
            c.rule = weak ? "weak-month" : "month";
            Match dir = find(next, Kind.DIRECTION);
            if (!hasDay && dir != null) {
                c.monthDirection = Integer.parseInt(dir.entry().value()); // أكتوبر الماضي
                c.next = dir.next();
            }
            return true;
        }
        if (word == null) {
            return false;
        }
        boolean definite = t.get(k).text().startsWith("ال") || word.prefix() > 0 && t.get(k).text().startsWith("ال", word.prefix());
        if (!definite && isNumber(m)) {
            int v = num(m);
            if (v >= 1 && v <= 12 && t.get(m).text().length() <= 2 && !(touches(m) && !isNumber(m + 1) && m + 1 < n && t.get(m + 1).isNumber())) {
                c.month = v;
                c.next = m + 1;
                c.rule = "month-number";
                return true;
            }
            return false;
        }
        if (!definite) {
            DateNumbers.Num num = numbers.read(t, m);
            if (num != null && num.words() && num.intValue() >= 2 && num.intValue() <= 12) {
                // شهر ثلاثة is March in speech; شهر واحد is one month
                c.month = num.intValue();
                c.next = num.next();
                c.rule = "month-number";
                return true;
            }
            return false;
        }
        if (hasDay) {
            Match ord = find(m, Kind.ORDINAL);
            if (ord != null && ord.entry().number() <= 12 && !ord.entry().is("bare")) {
                c.month = ord.entry().number();
                c.next = ord.next();
                c.rule = "month-ordinal";
                return true;
            }
            Match dir = find(m, Kind.DIRECTION);
            if (dir != null) {
                c.monthOffset = Integer.parseInt(dir.entry().value());
                c.next = dir.next();
                c.rule = "relative-month";
                return true;
            }
        }
        return false;
    }

    /** A year after a month or a day: [،] [من|في|ل] [عام|سنة] number [هـ|م], or [من] العام/السنة المقبلة. */
    private boolean year(int k, Cal c) {
        if (k >= n) {
            return false;
        }
        int y = skipComma(k);
        Match from = find(y, Kind.FROM, "from");
        if (from == null) {
            from = find(y, Kind.PREP, "at");
        }
        int z = from != null ? from.next() : y;
        Match yw = find(z, Kind.YEAR_WORD);
        int v = yw != null ? yw.next() : z;
        if (isNumber(v) && (!touches(v) || !isNumber(v + 2) || !t.get(v + 1).is("-") && !t.get(v + 1).is("/"))) {
            String s = t.get(v).text();
            int value = num(v);
            boolean mark = hasCalendarMark(v + 1);
            if ((s.length() == 4 && value >= 1000 && value <= 2999) || ((yw != null || mark) && s.length() <= 4 && value > 0)) {
                c.year = value;
                c.next = v + 1;
                calendarMark(c);
                return true;
            }
        }
        if (yw != null && t.get(z).text().contains("ال")) {
            Match dir = find(yw.next(), Kind.DIRECTION);
            if (dir != null) {
                c.yearOffset = Integer.parseInt(dir.entry().value());
                c.next = dir.next();
                return true;
            }
        }
        Match th = find(z, Kind.THIS);
        if (th != null && find(th.next(), Kind.YEAR_WORD) != null) {
            c.yearOffset = 0;
            c.next = find(th.next(), Kind.YEAR_WORD).next();
            return true;
        }
        return false;
    }

    private boolean hasCalendarMark(int i) {
        return find(i, Kind.CALENDAR) != null;
    }

    /** A calendar mark after the year (1436هـ، 2015م). */
    private void calendarMark(Cal c) {
        Match mark = find(c.next, Kind.CALENDAR);
        if (mark != null) {
            if (mark.entry().value().equals("hijri")) {
                c.hijriMarked = true;
                c.hijri = true;
            } else {
                c.gregorianMarked = true;
            }
            c.next = mark.next();
        }
    }

    /** عام 1967، سنة 2020، العام 2020، 2015م، 1436هـ, or (when allowed) a bare year from 1900 to 2100. */
    private boolean yearExpression(int k, Cal c, boolean bare) {
        if (k >= n) {
            return false;
        }
        Match yw = find(k, Kind.YEAR_WORD);
        int v = yw != null ? yw.next() : k;
        if (yw != null) {
            c.start = startOf(yw, t.get(k));
        }
        if (!isNumber(v) || t.get(v).text().length() > 4) {
            return false;
        }
        if (touches(v) && v + 2 < n && isNumber(v + 2) && (t.get(v + 1).is("-") || t.get(v + 1).is("/"))) {
            return false; // 2020-2022 is a range; 2020/10 something else
        }
        int value = num(v);
        boolean mark = hasCalendarMark(v + 1);
        boolean plausible = value >= 1000 && value <= 2999 || mark;
        if (yw == null && !mark && !(bare && value >= 1900 && value <= 2100)) {
            return false;
        }
        if (!plausible && (yw == null || value < 1)) {
            return false;
        }
        c.year = value;
        c.next = v + 1;
        c.rule = "year";
        calendarMark(c);
        if (yw == null && c.hijriMarked == false && c.gregorianMarked == false && !bare) {
            return false;
        }
        return true;
    }

    /** Fills in what the text left out and computes the value. */
    private Found resolve(Cal c) {
        Found f = new Found();
        f.first = c.first;
        f.start = c.start;
        f.next = c.next;
        f.hijri = c.hijri;
        f.rule = c.rule == null ? "date" : c.rule;
        boolean relative = c.year == null && (c.month != null || c.day != null || c.monthOffset != null)
                || c.yearOffset != null || c.monthOffset != null;
        if (c.year == null && c.month == null && c.day == null && c.monthOffset == null && c.yearOffset == null) {
            return null;
        }
        f.grain = c.day != null ? Grain.DAY : (c.month != null || c.monthOffset != null) ? Grain.MONTH : Grain.YEAR;
        f.dayBased = f.grain == Grain.DAY;
        if (relative && ref == null) {
            f.unresolved = true;
            return f;
        }
        try {
            if (c.hijri && c.rule != null && c.rule.startsWith("numeric") && c.year != null && c.year >= 1800) {
                c.hijri = false; // 10/6/2015هـ: the year shows the mark is a slip
                f.hijri = false;
            }
            f.value = c.hijri || (c.year != null && isHijriYear(c)) ? hijriValue(c, f) : gregorianValue(c, f);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
        return f.value == null ? null : f;
    }

    /** A numeric date with a year from 1300 to 1500 and no calendar mark is Hijri (١٤٣٦/١٠/٢٥). */
    private boolean isHijriYear(Cal c) {
        return !c.gregorianMarked && c.rule != null && c.rule.startsWith("numeric")
                && (c.year >= 1300 && c.year <= 1500 || reading.hijriNumeric());
    }

    private Value gregorianValue(Cal c, Found f) {
        Integer year = c.year;
        if (year != null && c.twoDigitYear) {
            int pivot = ref == null ? 30 : ref.getYear() % 100 + 5;
            year = year <= pivot ? 2000 + year : 1900 + year;
        }
        Integer month = c.month;
        if (c.monthOffset != null) {
            YearMonth ym = YearMonth.from(ref).plusMonths(c.monthOffset);
            month = ym.getMonthValue();
            year = ym.getYear();
        }
        if (c.yearOffset != null) {
            year = ref.getYear() + c.yearOffset;
        }
        if (month == null && c.day != null) {
            // a weekday and a day of the month: the month is the one the convention points to
            YearMonth ym = YearMonth.from(ref);
            if (reading.isDuckling() ? c.day < ref.getDayOfMonth() : c.day > ref.getDayOfMonth()) {
                ym = ym.plusMonths(reading.isDuckling() ? 1 : -1);
            }
            year = ym.getYear();
            month = ym.getMonthValue();
        }
        if (year == null) {
            year = yearFor(month, c.monthDirection, ref.getYear(), ref.getMonthValue());
        }
        if (month == null) {
            return new Value(Point.of(LocalDate.of(year, 1, 1), Grain.YEAR), null);
        }
        if (c.day == null) {
            return new Value(Point.of(LocalDate.of(year, month, 1), Grain.MONTH), null);
        }
        LocalDate d = LocalDate.of(year, month, c.day);
        if (c.weekday != 0 && c.dayIsOrdinal && d.getDayOfWeek().getValue() != c.weekday && c.day <= 5) {
            // الثلاثاء الثالث من أيلول: the third Tuesday, when the 3rd is no Tuesday
            d = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(c.day, DayOfWeek.of(c.weekday)));
            if (d.getMonthValue() != month) {
                return null;
            }
            f.rule = "nth-weekday";
        }
        return new Value(Point.of(d, Grain.DAY), null);
    }

    /** The year of a month written without one, by the reading's convention or the direction word after it. */
    private int yearFor(int month, int direction, int refYear, int refMonth) {
        if (direction == Integer.MIN_VALUE) {
            if (reading.isDuckling()) {
                return month >= refMonth ? refYear : refYear + 1;
            }
            return month <= refMonth ? refYear : refYear - 1;
        }
        if (direction < 0) {
            return month < refMonth ? refYear : refYear - 1;
        }
        if (direction > 0) {
            return month > refMonth ? refYear : refYear + 1;
        }
        return refYear;
    }

    private Value hijriValue(Cal c, Found f) {
        f.hijri = true;
        Integer year = c.year;
        if (year != null && c.twoDigitYear) {
            year = year <= 60 ? 1400 + year : 1300 + year;
        }
        Integer month = c.month;
        if (year != null && year >= 1800 && month != null) {
            // رمضان 2019: the Hijri month that begins in that Gregorian year
            int h = Calendars.toHijri(LocalDate.of(year, 7, 1))[0];
            for (int y = h - 1; y <= h + 1; y++) {
                if (Calendars.firstOfHijriMonth(y, month).getYear() == year) {
                    return hijriMonthValue(y, month, c.day);
                }
            }
            return null;
        }
        if (year == null) {
            int[] r = Calendars.toHijri(ref);
            year = yearFor(month, c.monthDirection, r[0], r[1]);
        }
        if (month == null) {
            LocalDate from = Calendars.firstOfHijriMonth(year, 1);
            LocalDate to = Calendars.lastOfHijriMonth(year, 12);
            return new Value(Point.of(from, Grain.DAY), Point.of(to, Grain.DAY));
        }
        Value v = hijriMonthValue(year, month, c.day);
        if (c.day != null && c.weekday != 0) {
            // the month began a day earlier or later where the moon was sighted: the weekday written says which
            LocalDate d = v.from().date();
            for (int shift : new int[]{-1, 1}) {
                if (d.getDayOfWeek().getValue() != c.weekday && d.plusDays(shift).getDayOfWeek().getValue() == c.weekday) {
                    return new Value(Point.of(d.plusDays(shift), Grain.DAY), null);
                }
            }
        }
        return v;
    }

    private static Value hijriMonthValue(int year, int month, Integer day) {
        if (day != null) {
            return new Value(Point.of(Calendars.fromHijri(year, month, day), Grain.DAY), null);
        }
        return new Value(Point.of(Calendars.firstOfHijriMonth(year, month), Grain.DAY),
                Point.of(Calendars.lastOfHijriMonth(year, month), Grain.DAY));
    }

    // ---------------------------------------------------------------- relative dates

    private Found relative(int j) {
        if (j >= n) {
            return null;
        }
        Found f = new Found();
        f.first = j;
        Match rel = find(j, Kind.DAY_REL);
        Match dayWord = find(j, Kind.DAY_WORD, "day");
        if (dayWord != null) {
            // يوم أمس، اليوم الذي بعد الغد، يوم قبل أمس
            int k = dayWord.next();
            Match which = find(k, Kind.WHICH);
            Match after = find(which != null ? which.next() : k, Kind.DAY_REL);
            if (after != null && after.prefix() == 0 && (rel == null || after.next() > rel.next())
                    && !after.entry().value().equals("0")) {
                return dayOffset(j, startOf(dayWord, t.get(j)), after.next(), Integer.parseInt(after.entry().value()));
            }
        }
        if (rel != null && !rel.entry().is("weak")) {
            int offset = Integer.parseInt(rel.entry().value());
            boolean today = offset == 0;
            if (today && find(j - 1, Kind.NAME_BEFORE_TODAY) != null) {
                return null; // عين اليوم، روسيا اليوم: names of newspapers and channels
            }
            int next = rel.next();
            Match wd = findStrong(next, Kind.WEEKDAY);
            Match inParens = isPunct(next, "(") ? findStrong(next + 1, Kind.WEEKDAY) : null;
            if (wd != null) {
                next = wd.next(); // اليوم السبت، أمس الجمعة
            } else if (inParens != null && isPunct(inParens.next(), ")")) {
                next = inParens.next() + 1; // أمس (الجمعة)
            } else if (today) {
                Match dir = find(next, Kind.DIRECTION);
                if (dir != null) {
                    return dayOffset(j, startOf(rel, t.get(j)), dir.next(), dir.entry().value().equals("0") ? 0
                            : Integer.parseInt(dir.entry().value()));
                }
                if (next < n && t.get(next).isWord() && t.get(next).text().startsWith("ال") && at(next).isEmpty()) {
                    return null; // اليوم الوطني، اليوم العالمي: a day, not today
                }
                if (find(next, Kind.ORDINAL) != null || find(next, Kind.LAST) != null) {
                    return null; // اليوم الأول من …: a day of something
                }
            }
            return dayOffset(j, startOf(rel, t.get(j)), next, offset);
        }
        Found unit = relativeUnit(j);
        if (unit != null) {
            return unit;
        }
        Found last = lastUnits(j);
        if (last != null) {
            return last;
        }
        Match tonight = find(j, Kind.TONIGHT);
        if (tonight != null && !(j > 0 && t.get(j - 1).is("في") && tonight.prefix() == 0)) { // في الليلة: per night
            int next = tonight.next();
            Match dir = find(next, Kind.DIRECTION);
            int offset = 0;
            if (dir != null) {
                offset = Integer.parseInt(dir.entry().value());
                next = dir.next();
            }
            Found night = new Found();
            night.first = j;
            night.start = startOf(tonight, t.get(j));
            night.next = next;
            night.grain = Grain.HOUR;
            night.rule = "tonight";
            if (ref == null) {
                night.unresolved = true;
                return night;
            }
            LocalDate d = ref.plusDays(offset);
            night.value = new Value(new Point(d.atTime(18, 0), Grain.HOUR, null), new Point(d.atTime(23, 0), Grain.HOUR, null));
            return night;
        }
        return weekday(j);
    }

    private Found dayOffset(int first, int start, int next, int offset) {
        Found f = new Found();
        f.first = first;
        f.start = start;
        f.next = next;
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "relative-day";
        if (ref == null) {
            f.unresolved = true;
        } else {
            f.value = new Value(Point.of(ref.plusDays(offset), Grain.DAY), null);
        }
        return f;
    }

    /** الأسبوع المقبل، العام الماضي، هذا الشهر، السنة الجارية, and a weekday of such a week. */
    private Found relativeUnit(int j) {
        if (j >= n) {
            return null;
        }
        Match th = find(j, Kind.THIS);
        int k = th != null ? th.next() : j;
        Match unit = find(k, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || !unit.entry().value().endsWith(":1")) {
            return null;
        }
        int offset;
        int next;
        if (th != null) {
            offset = 0;
            next = unit.next();
        } else {
            Match dir = find(unit.next(), Kind.DIRECTION);
            if (dir == null) {
                return null;
            }
            if (j > 0 && isAdjectivalUse(j)) {
                return null;
            }
            offset = Integer.parseInt(dir.entry().value());
            next = dir.next();
        }
        String u = unit.entry().value().substring(0, unit.entry().value().indexOf(':'));
        Found f = new Found();
        f.first = j;
        f.start = th != null ? startOf(th, t.get(j)) : startOf(unit, t.get(j));
        f.next = next;
        f.rule = "relative-" + u;
        Grain g = switch (u) {
            case "day" -> Grain.DAY;
            case "week" -> Grain.WEEK;
            case "month" -> Grain.MONTH;
            case "year" -> Grain.YEAR;
            case "decade" -> Grain.DECADE;
            case "century" -> Grain.CENTURY;
            default -> null;
        };
        if (g == null) {
            return null;
        }
        f.grain = g;
        f.dayBased = g == Grain.DAY;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        LocalDate d = switch (g) {
            case DAY -> ref.plusDays(offset);
            case WEEK -> ref.plusWeeks(offset).with(DayOfWeek.MONDAY);
            case MONTH -> ref.withDayOfMonth(1).plusMonths(offset);
            case YEAR -> ref.withDayOfYear(1).plusYears(offset);
            case DECADE -> LocalDate.of(Math.floorDiv(ref.getYear(), 10) * 10 + 10 * offset, 1, 1);
            default -> LocalDate.of(Math.floorDiv(ref.getYear(), 100) * 100 + 100 * offset, 1, 1);
        };
        f.value = new Value(Point.of(d, g), null);
        return f;
    }

    /** The last or next few units: الأسابيع الثلاثة القادمة، السنوات الخمس الماضية, as a range of whole units. */
    private Found lastUnits(int j) {
        Match unit = find(j, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || !unit.entry().value().endsWith(":0")) {
            return null;
        }
        DateNumbers.Num count = unit.next() < n ? numbers.readDefinite(t, unit.next()) : null;
        if (count == null && unit.next() < n) {
            count = numbers.read(t, unit.next());
        }
        if (count == null || count.intValue() < 2 || count.intValue() > 100) {
            return null;
        }
        Match dir = find(count.next(), Kind.DIRECTION);
        if (dir == null || dir.entry().value().equals("0")) {
            return null;
        }
        String u = unitOf(unit);
        Grain g = switch (u) {
            case "day" -> Grain.DAY;
            case "week" -> Grain.WEEK;
            case "month" -> Grain.MONTH;
            case "year" -> Grain.YEAR;
            default -> null;
        };
        if (g == null) {
            return null;
        }
        Found f = new Found();
        f.first = j;
        f.start = startOf(unit, t.get(j));
        f.next = dir.next();
        f.grain = g;
        f.rule = "last-units";
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        int k = count.intValue();
        boolean ahead = dir.entry().value().equals("1");
        int a = ahead ? 1 : -k;
        int b = ahead ? k : -1;
        f.value = new Value(Point.of(shift(g, a), g), Point.of(shift(g, b), g));
        return f;
    }

    private LocalDate shift(Grain g, int by) {
        return switch (g) {
            case DAY -> ref.plusDays(by);
            case WEEK -> ref.with(DayOfWeek.MONDAY).plusWeeks(by);
            case MONTH -> ref.withDayOfMonth(1).plusMonths(by);
            default -> ref.withDayOfYear(1).plusYears(by);
        };
    }

    /** العام after a definite noun is the adjective "general": الأمين العام الحالي، المؤتمر العام المقبل. */
    private boolean isAdjectivalUse(int j) {
        return find(j - 1, Kind.GENERAL_NOUN) != null && t.get(j).text().equals("العام");
    }

    /** A weekday: bare, with a direction, or in a week (الأحد الماضي، احد الأسبوع الماضي، الاثنين من هذا الأسبوع). */
    private Found weekday(int j) {
        if (j >= n) {
            return null;
        }
        Match th = find(j, Kind.THIS);
        if (th != null) {
            Match wd = findStrong(th.next(), Kind.WEEKDAY);
            if (wd == null) {
                return null;
            }
            Found f = weekday(th.next());
            if (f != null) {
                f.first = j;
                f.start = startOf(th, t.get(j));
            }
            return f;
        }
        Match dayWord = find(j, Kind.DAY_WORD, "day");
        int k = dayWord != null && !t.get(j).text().startsWith("ال") ? dayWord.next() : j;
        Match wd = k != j ? find(k, Kind.WEEKDAY) : find(j, Kind.WEEKDAY);
        if (wd == null) {
            return null;
        }
        int day = wd.entry().number();
        int next = wd.next();
        Found f = new Found();
        f.first = j;
        f.start = k != j ? startOf(dayWord, t.get(j)) : startOf(wd, t.get(j));
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "weekday";
        // in a given week
        int w = next;
        Match from = find(w, Kind.FROM, "from");
        if (from != null && from.prefix() == 0) {
            w = from.next();
        }
        Found week = relativeUnit(w);
        if (week != null && week.grain == Grain.WEEK) {
            f.next = week.next;
            f.rule = "weekday-of-week";
            if (week.value != null) {
                f.value = new Value(Point.of(week.value.from().date().with(DayOfWeek.of(day)), Grain.DAY), null);
            } else {
                f.unresolved = true;
            }
            return f;
        }
        if (wd.entry().is("weak") && k == j) {
            return null;
        }
        Match dir = find(next, Kind.DIRECTION);
        int direction = Integer.MIN_VALUE;
        if (dir != null) {
            direction = Integer.parseInt(dir.entry().value());
            next = dir.next();
        }
        f.next = next;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        if (direction == Integer.MIN_VALUE && (reading.isDuckling() || pointsAhead(f.first))) {
            direction = 1;
        }
        DayOfWeek dow = DayOfWeek.of(day);
        LocalDate d;
        if (direction == Integer.MIN_VALUE || direction == 0) {
            d = ref.with(TemporalAdjusters.previousOrSame(dow));
        } else if (direction < 0) {
            d = ref.with(TemporalAdjusters.previous(dow));
        } else {
            d = ref.with(TemporalAdjusters.next(dow));
        }
        f.value = new Value(Point.of(d, Grain.DAY), null);
        return f;
    }

    /** A future-tense verb (سيعقد، ستنطلق) or سوف just before the expression: a bare weekday then means the next one. */
    private boolean pointsAhead(int j) {
        for (int i = j - 1; i >= Math.max(0, j - 4); i--) {
            Token p = t.get(i);
            if (!p.isWord()) {
                return false;
            }
            String w = p.text();
            if (w.startsWith("و") || w.startsWith("ف")) {
                w = w.substring(1);
            }
            if (w.equals("سوف") || w.length() >= 5 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0
                    && !w.startsWith("سياس") && !w.startsWith("سيار") && !w.startsWith("سيد") && !w.startsWith("ستين")) {
                return true;
            }
        }
        return false;
    }

    /** قبل يومين، منذ 3 أيام، بعد ثلاثة أشهر: a length of time before or after the publication date. */
    private Found ago(Match mod, int j) {
        String m = mod.entry().value();
        if (!m.equals("before") && !m.equals("after") && !m.equals("since")) {
            return null;
        }
        Dur d = duration(mod.next(), true);
        if (d == null) {
            return null;
        }
        if (d.next() < n && (t.get(d.next()).is("من") || t.get(d.next()).is("على"))) {
            return null; // بعد عام من الحرب: after another event, not after the publication date
        }
        Found f = new Found();
        f.first = j;
        f.start = startOf(mod, t.get(j));
        f.next = d.next();
        f.rule = "ago";
        f.modifier = m.equals("since") ? "since" : null;
        Grain g = switch (d.unit()) {
            case "month" -> Grain.MONTH;
            case "year", "decade", "century" -> Grain.YEAR;
            default -> Grain.DAY;
        };
        f.grain = g;
        f.dayBased = g == Grain.DAY;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        if (d.amount().stripTrailingZeros().scale() > 0 || d.amount().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        long a = d.amount().longValue() * (m.equals("after") ? 1 : -1);
        LocalDate x = switch (d.unit()) {
            case "second", "minute", "hour" -> ref;
            case "day" -> ref.plusDays(a);
            case "week" -> ref.plusWeeks(a);
            case "month" -> ref.withDayOfMonth(1).plusMonths(a);
            case "year" -> ref.withDayOfYear(1).plusYears(a);
            case "decade" -> ref.withDayOfYear(1).plusYears(10 * a);
            default -> ref.withDayOfYear(1).plusYears(100 * a);
        };
        f.value = new Value(Point.of(x, g), null);
        return f;
    }

    // ---------------------------------------------------------------- quarters, decades, holidays, nth weekday

    private Found special(int j) {
        if (j >= n) {
            return null;
        }
        Found best = null;
        best = longer(best, part(j));
        best = longer(best, decade(j));
        best = longer(best, century(j));
        best = longer(best, holiday(j));
        best = longer(best, nth(j));
        return best;
    }

    /** الربع الثالث من 2025، النصف الأول من العام الجاري. */
    private Found part(int j) {
        Match q = find(j, Kind.QUARTER);
        Match h = find(j, Kind.HALF);
        Match word = q != null ? q : h;
        if (word == null) {
            return null;
        }
        Match ord = find(word.next(), Kind.ORDINAL);
        int max = q != null ? 4 : 2;
        if (ord == null || ord.entry().number() > max || ord.entry().is("feminine") || ord.entry().is("bare")) {
            return null;
        }
        int k = ord.next();
        Match from = find(k, Kind.FROM, "from");
        if (from == null) {
            from = find(k, Kind.PREP, "at");
        }
        Cal c = new Cal();
        c.next = k;
        boolean hasYear = false;
        if (from != null) {
            Cal y = new Cal();
            if (yearExpression(from.next(), y, true) || year(from.next(), y)) {
                c = y;
                hasYear = true;
            }
        } else {
            Cal y = new Cal();
            if (yearExpression(k, y, false) || year(k, y)) {
                c = y;
                hasYear = true;
            }
        }
        if (!hasYear) {
            return null; // الربع الثالث alone counts something else as often as it names a quarter
        }
        Found f = new Found();
        f.first = j;
        f.start = startOf(word, t.get(j));
        f.next = c.next;
        f.grain = q != null ? Grain.QUARTER : Grain.HALF;
        f.rule = q != null ? "quarter" : "half";
        Integer year = c.year;
        if (c.yearOffset != null) {
            if (ref == null) {
                f.unresolved = true;
                return f;
            }
            year = ref.getYear() + c.yearOffset;
        }
        if (year == null || c.hijri) {
            return null;
        }
        int month = q != null ? (ord.entry().number() - 1) * 3 + 1 : (ord.entry().number() - 1) * 6 + 1;
        f.value = new Value(Point.of(LocalDate.of(year, month, 1), f.grain), null);
        return f;
    }

    /** الثمانينيات، تسعينيات القرن الماضي، ستينيات القرن العشرين. */
    private Found decade(int j) {
        Match d = find(j, Kind.DECADE);
        if (d == null) {
            return null;
        }
        int tens = d.entry().number() % 100;
        Match of = find(d.next(), Kind.FROM, "from");
        if (of != null && find(of.next(), Kind.AGE) != null) {
            return null; // في السبعينات من العمر: an age
        }
        Found f = new Found();
        f.first = j;
        f.start = startOf(d, t.get(j));
        f.next = d.next();
        f.grain = Grain.DECADE;
        f.rule = "decade";
        Found century = century(d.next());
        int centuryStart;
        if (century != null) {
            f.next = century.next;
            if (century.value == null) {
                f.unresolved = true;
                return f;
            }
            centuryStart = century.value.from().date().getYear();
        } else if (t.get(j).text().startsWith("ال") || d.prefix() > 0) {
            if (ref == null) {
                centuryStart = d.entry().number() - tens; // the decade names carry the 1900s by default
            } else {
                int c = Math.floorDiv(ref.getYear(), 100) * 100;
                centuryStart = c + tens <= ref.getYear() ? c : c - 100;
            }
        } else {
            return null; // ثمانينيات without the article needs its century
        }
        f.value = new Value(Point.of(LocalDate.of(centuryStart + tens, 1, 1), Grain.DECADE), null);
        return f;
    }

    /** القرن العشرين، القرن 21، القرن الماضي، القرن الحالي. */
    private Found century(int j) {
        Match c = find(j, Kind.CENTURY);
        if (c == null) {
            return null;
        }
        int k = c.next();
        Found f = new Found();
        f.first = j;
        f.start = startOf(c, t.get(j));
        f.grain = Grain.CENTURY;
        f.rule = "century";
        Match ord = find(k, Kind.ORDINAL);
        int number;
        Match dir = find(k, Kind.DIRECTION);
        if (ord != null && !ord.entry().is("bare")) {
            number = ord.entry().number();
            f.next = ord.next();
        } else if (isNumber(k) && t.get(k).text().length() <= 2) {
            number = num(k);
            f.next = k + 1;
        } else if (dir != null) {
            f.next = dir.next();
            if (ref == null) {
                f.unresolved = true;
                return f;
            }
            int start = Math.floorDiv(ref.getYear(), 100) * 100 + 100 * Integer.parseInt(dir.entry().value());
            f.value = new Value(Point.of(LocalDate.of(start, 1, 1), Grain.CENTURY), null);
            return f;
        } else {
            return null;
        }
        if (number < 1 || number > 30) {
            return null;
        }
        Match mark = find(f.next, Kind.CALENDAR);
        if (mark != null) {
            f.next = mark.next();
            if (mark.entry().value().equals("hijri")) {
                return null;
            }
        }
        f.value = new Value(Point.of(LocalDate.of((number - 1) * 100, 1, 1), Grain.CENTURY), null);
        return f;
    }

    /** عيد الفطر، عيد الأضحى 2013، رأس السنة الهجرية. */
    private Found holiday(int j) {
        Match h = find(j, Kind.HOLIDAY);
        if (h == null) {
            return null;
        }
        Found f = new Found();
        f.first = j;
        f.start = startOf(h, t.get(j));
        f.next = h.next();
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "holiday";
        String v = h.entry().value();
        f.hijri = v.startsWith("hijri");
        Cal y = new Cal();
        Integer year = null;
        if (year(h.next(), y) && y.year != null) {
            f.next = y.next;
            year = y.year;
            if (y.hijri && !v.startsWith("hijri")) {
                return null;
            }
        }
        if (year == null && ref == null) {
            f.unresolved = true;
            return f;
        }
        LocalDate d;
        if (year != null && (!f.hijri || year >= 1800)) {
            d = holidayIn(v, year);
        } else if (year != null) {
            String[] md = v.substring(v.indexOf(':') + 1).split("-");
            d = Calendars.fromHijri(year, Integer.parseInt(md[0]), Integer.parseInt(md[1]));
        } else {
            // without a year: Duckling takes the next one, news the nearest one
            LocalDate before = holidayIn(v, ref.getYear() - 1);
            LocalDate same = holidayIn(v, ref.getYear());
            LocalDate after = holidayIn(v, ref.getYear() + 1);
            if (reading.isDuckling()) {
                d = !same.isBefore(ref) ? same : after;
            } else {
                d = same;
                for (LocalDate x : new LocalDate[]{before, after}) {
                    if (Math.abs(ChronoUnit.DAYS.between(ref, x)) < Math.abs(ChronoUnit.DAYS.between(ref, d))) {
                        d = x;
                    }
                }
            }
        }
        if (d == null) {
            return null;
        }
        f.value = new Value(Point.of(d, Grain.DAY), null);
        return f;
    }

    /** The holiday's day in a Gregorian year. */
    private static LocalDate holidayIn(String v, int year) {
        if (v.equals("easter")) {
            return Calendars.easter(year);
        }
        String[] md = v.substring(v.indexOf(':') + 1).split("-");
        int m = Integer.parseInt(md[0]);
        int d = Integer.parseInt(md[1]);
        if (v.startsWith("gregorian")) {
            return LocalDate.of(year, m, d);
        }
        int h = Calendars.toHijri(LocalDate.of(year, 7, 1))[0];
        for (int y = h - 1; y <= h + 1; y++) {
            LocalDate x = Calendars.fromHijri(y, m, d);
            if (x.getYear() == year) {
                return x;
            }
        }
        return null;
    }

    /**
     * Counted weekdays, weeks and days of a month: ثالث ثلاثاء من أيلول 2014، آخر اثنين من شهر آذار، الاثنين الأخير
     * من شهر ثلاثة، أول أسبوع بشهر أكتوبر 2014، الأسبوع الأخير في الشهر التاسع، آخر يوم بشهر عشرة سنة 2015.
     */
    private Found nth(int j) {
        if (j >= n) {
            return null;
        }
        int k = j;
        int nth = 0;
        int weekday = 0;
        String what = null;
        Match first = find(k, Kind.ORDINAL);
        Match last = find(k, Kind.LAST);
        Match unitFirst = find(k, Kind.UNIT);
        Match wdFirst = find(k, Kind.WEEKDAY);
        if ((first != null && first.entry().is("bare")) || (last != null && !t.get(k).text().startsWith("ال"))) {
            nth = first != null ? first.entry().number() : -1;
            k = first != null ? first.next() : last.next();
            Match unit = find(k, Kind.UNIT);
            if (unit != null && unit.entry().value().equals("day:1") && find(unit.next(), Kind.WEEKDAY) != null) {
                k = unit.next(); // ثالث يوم ثلاثاء
            }
            Match wd = find(k, Kind.WEEKDAY);
            if (wd != null) {
                weekday = wd.entry().number();
                what = "weekday";
                k = wd.next();
            } else if (unit != null && unit.entry().value().startsWith("week:1")) {
                what = "week";
                k = unit.next();
            } else if (unit != null && unit.entry().value().equals("day:1") && nth == -1) {
                what = "day";
                k = unit.next();
            } else {
                return null;
            }
        } else if ((wdFirst != null && !wdFirst.entry().is("weak")) || unitFirst != null && unitFirst.entry().is("definite")) {
            int after = wdFirst != null ? wdFirst.next() : unitFirst.next();
            Match ord = find(after, Kind.ORDINAL);
            Match lst = find(after, Kind.LAST);
            if (lst != null) {
                nth = -1;
                k = lst.next();
            } else if (ord != null && wdFirst == null && ord.entry().number() <= 5) {
                nth = ord.entry().number();
                k = ord.next();
            } else {
                return null;
            }
            if (wdFirst != null) {
                what = "weekday";
                weekday = wdFirst.entry().number();
            } else if (unitFirst.entry().value().equals("week:1")) {
                what = "week";
            } else if (unitFirst.entry().value().equals("day:1") && nth == -1) {
                what = "day";
            } else {
                return null;
            }
        } else {
            return null;
        }
        // من / في / ب + a month
        Match from = find(k, Kind.FROM, "from");
        if (from == null) {
            from = find(k, Kind.PREP, "at");
        }
        int m = k;
        Cal c = new Cal();
        if (from != null) {
            m = from.next();
        } else if (k < n && t.get(k).text().startsWith("ب")) {
            m = k; // بشهر، بأيلول: the proclitic is read by the lexicon
        }
        if (!monthRef(m, c, true) || c.hijri) {
            return null;
        }
        year(c.next, c);
        Found f = new Found();
        f.first = j;
        f.start = startAt(j, at(j).isEmpty() ? null : at(j).get(0));
        f.next = c.next;
        f.rule = "nth-" + what;
        f.grain = what.equals("week") ? Grain.WEEK : Grain.DAY;
        f.dayBased = f.grain == Grain.DAY;
        if ((c.year == null || c.monthOffset != null || c.yearOffset != null) && ref == null) {
            f.unresolved = true;
            return f;
        }
        Cal probe = c.copy();
        probe.day = null;
        Found month = resolve(probe);
        if (month == null || month.value == null) {
            return null;
        }
        LocalDate m1 = month.value.from().date();
        LocalDate end = m1.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate d;
        if (what.equals("weekday")) {
            DayOfWeek dow = DayOfWeek.of(weekday);
            d = nth > 0 ? m1.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow)) : end.with(TemporalAdjusters.previousOrSame(dow));
            if (d.getMonthValue() != m1.getMonthValue()) {
                return null;
            }
        } else if (what.equals("week")) {
            // weeks that lie wholly in the month
            LocalDate firstMonday = m1.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            d = nth > 0 ? firstMonday.plusWeeks(nth - 1L) : end.minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (d.plusDays(6).getMonthValue() != m1.getMonthValue()) {
                return null;
            }
        } else {
            d = end;
        }
        f.value = new Value(Point.of(d, f.grain), null);
        return f;
    }

    // ---------------------------------------------------------------- ranges

    /**
     * من 13 إلى 15 تموز، بين 9 و12 فبراير، 13-15 تموز، 2020-2022، بين عامي 2020 و2022، تموز 13 الى 15، من الساعة 3
     * الى الساعة 4 بعد العصر. Missing parts of one end come from the other.
     */
    private Found range(int j) {
        if (j >= n) {
            return null;
        }
        Match from = find(j, Kind.FROM);
        int k = from != null ? from.next() : j;
        int start = from != null ? startOf(from, t.get(j)) : t.get(j).start();
        boolean between = from != null && from.entry().value().equals("between");
        // بين عامي 2020 و2022
        Match years = find(k, Kind.YEARS_WORD);
        if (years != null && from != null) {
            int a = years.next();
            if (isNumber(a) && find(a + 1, Kind.TO) != null) {
                int b = find(a + 1, Kind.TO).next();
                if (isNumber(b)) {
                    return yearRange(j, start, num(a), num(b), b + 1);
                }
            }
            return null;
        }
        // 2020-2022
        if (from == null && isNumber(k) && touches(k) && isPunct(k + 1, "-") && touches(k + 1) && isNumber(k + 2)
                && t.get(k).text().length() == 4 && t.get(k + 2).text().length() == 4
                && !(touches(k + 2) && k + 3 < n && !t.get(k + 3).isWord())) {
            return yearRange(j, start, num(k), num(k + 2), k + 3);
        }
        // month-first: تموز 13 الى 15، يوليو 13-15
        if (from == null) {
            Cal mc = new Cal();
            if (monthRef(k, mc, true) && isNumber(mc.next)) {
                int a = mc.next;
                int sep = a + 1;
                Match to = find(sep, Kind.TO);
                int b = to != null ? to.next() : (isPunct(sep, "-") ? sep + 1 : -1);
                if (b > 0 && isNumber(b) && num(a) >= 1 && num(a) <= 31 && num(b) >= 1 && num(b) <= 31) {
                    Cal x = mc.copy();
                    x.day = num(a);
                    Cal y = mc.copy();
                    y.day = num(b);
                    y.next = b + 1;
                    year(y.next, y);
                    x.year = y.year;
                    x.yearOffset = y.yearOffset;
                    return rangeOf(j, startAt(j, find(k, Kind.MONTH_WORD) != null ? find(k, Kind.MONTH_WORD)
                            : at(k).isEmpty() ? null : at(k).get(0)), x, y, y.next);
                }
            }
        }
        // times: من الساعة 3 الى الساعة 4 بعد العصر
        if (from != null) {
            Clock a = clock(k);
            if (a != null) {
                Match to = find(a.next, Kind.TO);
                if (to != null) {
                    Clock b = clock(to.next());
                    if (b != null) {
                        if (a.daypart == null) {
                            a.daypart = b.daypart;
                        }
                        return clockRange(j, start, a, b);
                    }
                }
            }
        }
        Cal x = cal(k, true, true);
        if (x == null) {
            return null;
        }
        int sep = x.next;
        int y0;
        Match to = find(sep, Kind.TO);
        if (to != null && (!between || to.entry().value().equals("and")) && (between || !to.entry().value().equals("and"))) {
            y0 = to.next();
        } else if (!between && isPunct(sep, "-")) {
            y0 = sep + 1;
        } else {
            return null;
        }
        if (from == null && to == null && !(x.day != null && x.month == null || x.year != null && x.month == null)) {
            return null;
        }
        Cal y = cal(y0, true, true);
        if (y == null) {
            return null;
        }
        if (x.day != null && x.month == null && x.year == null && y.month == null && y.monthOffset == null) {
            return null; // two bare numbers: من 3 إلى 5 أشخاص
        }
        if (x.hijriMarked != y.hijriMarked || x.gregorianMarked && y.hijriMarked || x.hijriMarked && y.gregorianMarked) {
            return null; // 1436هـ - 2015م: one year in two calendars, not a range
        }
        if (x.day == null && x.month == null && x.year != null && y.day == null && y.month == null && y.year != null) {
            if (from == null && !isPunct(sep, "-")) {
                return null;
            }
            return yearRange(j, start, x.year, y.year, y.next);
        }
        if (x.day != null && y.day == null || x.day == null && y.day != null) {
            return null;
        }
        if (x.month == null && x.monthOffset == null) {
            x.month = y.month;
            x.monthOffset = y.monthOffset;
            x.hijri = y.hijri;
        }
        if (y.month == null && y.monthOffset == null) {
            y.month = x.month;
            y.monthOffset = x.monthOffset;
            y.hijri = x.hijri;
        }
        if (x.year == null && x.yearOffset == null) {
            x.year = y.year;
            x.yearOffset = y.yearOffset;
            x.hijriMarked = y.hijriMarked;
            x.hijri |= y.hijriMarked;
        }
        if (y.year == null && y.yearOffset == null) {
            y.year = x.year;
            y.yearOffset = x.yearOffset;
        }
        return rangeOf(j, start, x, y, y.next);
    }

    private Found yearRange(int j, int start, int a, int b, int next) {
        if (a < 1000 || b <= a || b > 2999) {
            return null;
        }
        Found f = new Found();
        f.first = j;
        f.start = start;
        f.next = next;
        f.grain = Grain.YEAR;
        f.rule = "year-range";
        f.value = new Value(Point.of(LocalDate.of(a, 1, 1), Grain.YEAR), Point.of(LocalDate.of(b, 1, 1), Grain.YEAR));
        Match mark = find(next, Kind.CALENDAR);
        if (mark != null) {
            f.next = mark.next();
            if (mark.entry().value().equals("hijri")) {
                return null;
            }
        }
        return f;
    }

    private Found rangeOf(int j, int start, Cal x, Cal y, int next) {
        Found a = resolve(x);
        Found b = resolve(y);
        if (a == null || b == null) {
            return null;
        }
        Found f = new Found();
        f.first = j;
        f.start = start;
        f.next = next;
        f.grain = a.grain;
        f.hijri = a.hijri || b.hijri;
        f.rule = "range";
        if (a.unresolved || b.unresolved) {
            f.unresolved = true;
            return f;
        }
        Point p = a.value.from();
        Point q = b.value.to() != null ? b.value.to() : b.value.from();
        if (q.start().isBefore(p.start())) {
            return null;
        }
        f.value = new Value(p, q);
        return f;
    }

    // ---------------------------------------------------------------- times of day

    /** A time of day, then possibly its day (الساعة الثامنة مساء الخميس). */
    private Found clockDate(int j) {
        if (j >= n) {
            return null;
        }
        Clock c = clock(j);
        if (c == null) {
            return null;
        }
        Found day = null;
        int k = c.next;
        Match from = find(k, Kind.FROM, "from");
        if (from != null && from.prefix() == 0) {
            k = from.next();
        }
        Match prefix = find(k, Kind.DAY_PREFIX);
        Found after = relative(prefix != null ? prefix.next() : k);
        if (after == null) {
            after = calendar(prefix != null ? prefix.next() : k, false);
        }
        if (after != null && after.dayBased) {
            day = after;
            if (prefix != null && c.daypart == null) {
                c.daypart = prefix.entry().value();
            }
        }
        Found f = timeOn(day, c);
        if (f == null) {
            return null;
        }
        f.first = j;
        f.start = c.start;
        f.next = day != null ? day.next : c.next;
        return f;
    }

    /** After a day: [،] [في|عند] a time of day, which then gives the value. */
    private void attachTime(Found day) {
        int k = skipComma(day.next);
        Match p = find(k, Kind.PREP, "at");
        if (p != null) {
            k = p.next();
        }
        Clock c = clock(k);
        if (c == null) {
            // الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا
            Match from = find(k, Kind.FROM, "from");
            if (from != null) {
                Found r = range(k);
                if (r != null && r.grain != null && r.grain.isTimeOfDay() && r.value != null && day.value != null) {
                    LocalDate d = day.value.from().date();
                    day.value = new Value(moveTo(r.value.from(), d), moveTo(r.value.to(), d));
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
        Found f = timeOn(day, c);
        if (f != null) {
            day.value = f.value;
            day.grain = f.grain;
            day.unresolved = f.unresolved;
            day.next = c.next;
            day.rule = day.rule + "+time";
            day.dayBased = false;
        }
    }

    private static Point moveTo(Point p, LocalDate d) {
        return new Point(LocalDateTime.of(d, p.start().toLocalTime()), p.grain(), p.zone());
    }

    /** The time {@code c} on the day {@code day} (or on the reference day when null). */
    private Found timeOn(Found day, Clock c) {
        Found f = new Found();
        f.first = c.first;
        f.start = c.start;
        f.next = c.next;
        f.grain = c.hasSecond ? Grain.SECOND : c.hasMinute ? Grain.MINUTE : Grain.HOUR;
        f.rule = "time";
        f.hijri = day != null && day.hijri;
        LocalDate d;
        if (day != null) {
            if (day.value == null) {
                f.unresolved = true;
                return f;
            }
            d = day.value.from().date();
        } else if (ref == null) {
            f.unresolved = true;
            return f;
        } else {
            d = ref;
        }
        LocalTime time = toLocalTime(c);
        if (time == null) {
            return null;
        }
        f.value = new Value(new Point(LocalDateTime.of(d, time), f.grain, c.zone), null);
        return f;
    }

    private LocalTime toLocalTime(Clock c) {
        int h = c.hour;
        int minute = c.minute;
        if (h > 24 || minute > 59 || c.second > 59) {
            return null;
        }
        if (c.daypart != null) {
            switch (c.daypart) {
                case "pm" -> h = h < 12 ? h + 12 : h;
                case "noon" -> h = h <= 6 ? h + 12 : h;
                default -> {
                }
            }
        } else if (reading.isDuckling() && h >= 1 && h <= 12 && reading.now() != null) {
            // Duckling: the next such hour after now
            LocalTime am = LocalTime.of(h % 12, minute);
            if (am.isBefore(reading.now()) && h < 12) {
                h += 12;
            }
        }
        if (h == 24) {
            h = 0;
        }
        int total = h * 60 + minute;
        total = Math.floorMod(total, 24 * 60);
        return LocalTime.of(total / 60, total % 60, c.second);
    }

    /**
     * A time of day at j: [الساعة] (14:30 | 3 | الثالثة | ثلاثة) [و 18 دقيقة | وربع | ونصف | وثلث] [إلا ربع]
     * [صباحًا…] [بتوقيت غرينتش]. Without الساعة, only hh:mm or an hour word followed by minutes or a part of the day.
     */
    private Clock clock(int j) {
        if (j >= n) {
            return null;
        }
        Clock c = new Clock();
        c.first = j;
        Match hw = find(j, Kind.HOUR_WORD);
        int k = hw != null ? hw.next() : j;
        c.start = hw != null ? startOf(hw, t.get(j)) : t.get(j).start();
        boolean colon = false;
        if (isNumber(k)) {
            int h = num(k);
            if (touches(k) && isPunct(k + 1, ":") && touches(k + 1) && isNumber(k + 2)
                    && t.get(k + 2).text().length() == 2) {
                c.hour = h;
                c.minute = num(k + 2);
                c.hasMinute = true;
                colon = true;
                k += 3;
                if (touches(k - 1) && isPunct(k, ":") && touches(k) && isNumber(k + 1) && t.get(k + 1).text().length() == 2) {
                    c.second = num(k + 1);
                    c.hasSecond = true;
                    k += 2;
                }
            } else if (hw != null && t.get(k).text().length() <= 2 && !(touches(k) && k + 1 < n && !t.get(k + 1).isWord())) {
                c.hour = h;
                k++;
            } else {
                return null;
            }
            if (t.get(k - 1).text().length() > 2 || c.hour > 24) {
                return null;
            }
        } else {
            Match ord = find(k, Kind.ORDINAL);
            DateNumbers.Num word = ord == null && hw != null ? numbers.read(t, k) : null;
            if (ord != null && ord.entry().number() <= 12 && ord.entry().is("feminine") && ord.prefix() == 0) {
                c.hour = ord.entry().number();
                if (hw == null) {
                    c.start = t.get(k).start();
                }
                k = ord.next();
            } else if (word != null && word.words() && word.intValue() >= 1 && word.intValue() <= 12) {
                c.hour = word.intValue();
                k = word.next();
            } else {
                return null;
            }
        }
        boolean more = false;
        // minutes: و 18 دقيقة، وربع، ونصف، وثلث، و15
        Match and = find(k, Kind.TO, "and");
        Match fraction = find(k, Kind.FRACTION);
        if (!colon && fraction != null && fraction.prefix() == 1) {
            c.minute = fractionMinutes(fraction);
            c.hasMinute = true;
            k = fraction.next();
            more = true;
        } else if (!colon && and != null) {
            int m = and.next();
            Match fr = find(m, Kind.FRACTION);
            DateNumbers.Num mins = numbers.read(t, m);
            if (fr != null) {
                c.minute = fractionMinutes(fr);
                c.hasMinute = true;
                k = fr.next();
                more = true;
            } else if (mins != null && mins.intValue() >= 0 && mins.intValue() < 60) {
                c.minute = mins.intValue();
                c.hasMinute = true;
                k = mins.next();
                Match unit = find(k, Kind.UNIT);
                if (unit != null && unit.entry().value().startsWith("minute")) {
                    k = unit.next();
                }
                more = true;
            }
        } else if (!colon) {
            // و18 دقيقة: the tokenizer splits و from 18; وثمانية عشر: a word with the proclitic
            DateNumbers.Num mins = k < n && t.get(k).text().startsWith("و") ? numbers.read(t, k) : null;
            if (mins != null && mins.words() && mins.intValue() >= 0 && mins.intValue() < 60 && mins.start() > t.get(k).start()) {
                c.minute = mins.intValue();
                c.hasMinute = true;
                k = mins.next();
                Match unit = find(k, Kind.UNIT);
                if (unit != null && unit.entry().value().startsWith("minute")) {
                    k = unit.next();
                }
                more = true;
            }
        }
        // إلا ربع
        Match minus = find(k, Kind.MINUS);
        if (minus != null) {
            Match fr = find(minus.next(), Kind.FRACTION);
            DateNumbers.Num mins = numbers.read(t, minus.next());
            int less = -1;
            int after = -1;
            if (fr != null) {
                less = fractionMinutes(fr);
                after = fr.next();
            } else if (mins != null && mins.intValue() > 0 && mins.intValue() < 60) {
                less = mins.intValue();
                after = mins.next();
                Match unit = find(after, Kind.UNIT);
                if (unit != null && unit.entry().value().startsWith("minute")) {
                    after = unit.next();
                }
            }
            if (less > 0) {
                int total = c.hour * 60 + c.minute - less;
                c.hour = Math.floorDiv(total, 60);
                c.minute = Math.floorMod(total, 60);
                c.hasMinute = true;
                k = after;
                more = true;
            }
        }
        Match part = find(k, Kind.DAYPART);
        if (part != null) {
            c.daypart = part.entry().value();
            k = part.next();
            more = true;
        }
        Match zone = find(k, Kind.TIMEZONE);
        if (zone != null) {
            c.zone = ZoneOffset.of(zone.entry().value());
            k = zone.next();
            more = true;
        }
        if (hw == null && !colon && !more) {
            return null;
        }
        if (hw == null && !colon && find(j, Kind.ORDINAL) != null && !(part != null || c.hasMinute)) {
            return null;
        }
        c.next = k;
        return c;
    }

    private static int fractionMinutes(Match fraction) {
        return switch (fraction.entry().value()) {
            case "1/4" -> 15;
            case "1/3" -> 20;
            default -> 30;
        };
    }

    private Found clockRange(int j, int start, Clock a, Clock b) {
        Found x = timeOn(null, a);
        Found y = timeOn(null, b);
        if (x == null || y == null) {
            return null;
        }
        Found f = new Found();
        f.first = j;
        f.start = start;
        f.next = b.next;
        f.grain = x.grain;
        f.rule = "time-range";
        if (x.unresolved || y.unresolved) {
            f.unresolved = true;
            return f;
        }
        f.value = new Value(x.value.from(), y.value.from());
        return f;
    }

    // ---------------------------------------------------------------- durations

    /**
     * A length of time at i: number + unit (28 شهرًا، عشرة أيام), a dual (يومين), a fraction of a unit (نصف ساعة), a
     * unit and a half (ساعة ونصف). A lone singular unit counts only when {@code cued} (after لمدة، خلال، قبل…) or in
     * Duckling's reading.
     */
    Dur duration(int i, boolean cued) {
        if (i >= n) {
            return null;
        }
        java.math.BigDecimal amount;
        String unit;
        int next;
        int start = t.get(i).start();
        DateNumbers.Num num = numbers.read(t, i);
        Match fr = find(i, Kind.FRACTION);
        Match u0 = find(i, Kind.UNIT);
        if (num != null) {
            Match u = find(num.next(), Kind.UNIT);
            if (u == null || u.entry().is("definite") || u.prefix() > 0 || u.entry().value().endsWith(":2")) {
                return null;
            }
            amount = num.value();
            unit = unitOf(u);
            next = u.next();
            start = num.start();
        } else if (fr != null && fr.prefix() == 0) {
            Match u = find(fr.next(), Kind.UNIT);
            if (u == null || !u.entry().value().endsWith(":1") || u.entry().is("definite") || u.prefix() > 0) {
                return null;
            }
            amount = fraction(fr);
            unit = unitOf(u);
            next = u.next();
        } else if (u0 != null && !u0.entry().is("definite")) {
            String count = u0.entry().value().substring(u0.entry().value().indexOf(':') + 1);
            unit = unitOf(u0);
            next = u0.next();
            start = startOf(u0, t.get(i));
            if (count.equals("2")) {
                amount = java.math.BigDecimal.valueOf(2);
            } else if (count.equals("1")) {
                amount = java.math.BigDecimal.ONE;
                Match half = find(next, Kind.FRACTION);
                boolean hasHalf = half != null && half.prefix() == 1 || find(next, Kind.TO, "and") != null
                        && find(next + 1, Kind.FRACTION) != null;
                Match one = find(next, Kind.ONE);
                if (!hasHalf && one == null && !(cued && !u0.entry().is("weak")) && !reading.isDuckling()) {
                    return null;
                }
                if (u0.prefix() > 0 && !hasHalf) {
                    return null;
                }
            } else {
                return null;
            }
        } else {
            return null;
        }
        Match one = find(next, Kind.ONE);
        if (one != null && one.prefix() == 0 && amount.compareTo(java.math.BigDecimal.ONE) == 0) {
            next = one.next(); // شهر واحد
        }
        // ونصف، وربع
        Match half = find(next, Kind.FRACTION);
        if (half != null && half.prefix() == 1) {
            amount = amount.add(fraction(half));
            next = half.next();
        } else if (find(next, Kind.TO, "and") != null && find(next, Kind.TO, "and").prefix() == 0
                && t.get(next).text().equals("و") && find(next + 1, Kind.FRACTION) != null) {
            amount = amount.add(fraction(find(next + 1, Kind.FRACTION)));
            next = find(next + 1, Kind.FRACTION).next();
        }
        if (amount.signum() <= 0 || amount.compareTo(java.math.BigDecimal.valueOf(100_000)) >= 0) {
            return null; // 3 ملايين ساعة: watches, not hours
        }
        return new Dur(i, start, next, amount, unit, "duration");
    }

    private static String unitOf(Match u) {
        return u.entry().value().substring(0, u.entry().value().indexOf(':'));
    }

    private static java.math.BigDecimal fraction(Match f) {
        return switch (f.entry().value()) {
            case "1/4" -> new java.math.BigDecimal("0.25");
            case "1/3" -> new java.math.BigDecimal("0.333333");
            default -> new java.math.BigDecimal("0.5");
        };
    }

    /**
     * Whether the length of time {@code d} is someone's age, not a duration: after an age phrase (البالغ من العمر 39
     * عامًا، عمره 12 سنة، عن عمر يناهز 80 عامًا), or a count of years alone in parentheses right after a word (محمد
     * أحمد (39 عامًا)). Names are not known at this stage, so any word before the parentheses counts.
     */
    boolean isAge(Dur d) {
        for (int k = d.first() - 1; k >= Math.max(0, d.first() - 3); k--) {
            for (Match m : at(k)) {
                if (m.entry().kind() == Kind.AGE && m.next() == d.first()) {
                    return true;
                }
            }
        }
        return d.unit().equals("year") && d.first() >= 2 && isPunct(d.first() - 1, "(") && isPunct(d.next(), ")")
                && t.get(d.first() - 2).isWord();
    }

    /** Whether token i follows a word that announces a length of time (لمدة، خلال، طوال). */
    boolean cuedAt(int i, java.util.Set<String> cues) {
        return i > 0 && t.get(i - 1).isWord() && cues.contains(t.get(i - 1).text());
    }

    /** Whether token i follows {@code أكثر من}, {@code أقل من}, {@code ما يزيد عن}. */
    boolean afterMoreOrLess(int i, java.util.Set<String> words) {
        return i > 1 && (t.get(i - 1).is("من") || t.get(i - 1).is("عن")) && words.contains(t.get(i - 2).text());
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

    int size() {
        return n;
    }

    Token token(int i) {
        return t.get(i);
    }

}
