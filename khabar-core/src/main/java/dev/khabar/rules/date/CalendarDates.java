package dev.khabar.rules.date;

import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;

/**
 * Calendar dates: a numeric date, a day and a month, a month, a year, with their calendar (Gregorian or
 * Hijri), and the value they resolve to against the reference date. This class reads the order of the parts
 * ([weekday] [day] month [year]); each part is read by its own class.
 */
final class CalendarDates extends Rules {
    private final NumericDates numeric;
    private final MonthReferences months;
    private final YearReferences years;
    private final CalendarValues values;

    CalendarDates(Cursor cursor) {
        super(cursor);
        this.numeric = new NumericDates(cursor);
        this.months = new MonthReferences(cursor);
        this.years = new YearReferences(cursor);
        this.values = new CalendarValues(cursor);
    }

    /** The calendar date at j with its value, or null; a bare year only {@code afterModifier} (منذ 1967). */
    DateSpan date(int j, boolean afterModifier) {
        CalendarFields c = cal(j, false, afterModifier);
        return c == null ? null : resolve(c);
    }

    /**
     * Calendar fields at j: [weekday] then a numeric date, a day and a month, a month, or a year. {@code rangeEnd}
     * also takes a bare day number or year (one end of a range); {@code bareYear} a bare year (after منذ، حتى).
     */
    CalendarFields cal(int j, boolean rangeEnd, boolean bareYear) {
        if (j >= n) {
            return null;
        }
        CalendarFields c = new CalendarFields();
        c.first = j;
        c.start = t.get(j).start();
        int k = weekdayPrefix(j, c);
        if (k >= n) {
            return null;
        }
        if (c.weekday == 0) {
            if (!mayStartDate(k)) {
                return null;
            }
            if (k == j && !isNumber(k)) {
                Match any = at(k).isEmpty() ? null : at(k).get(0);
                c.start = startAt(k, any);
            }
        }
        if (numeric.read(k, c)) {
            years.calendarMark(c);
            return c;
        }
        int dayNext = day(k, c);
        if (dayNext > 0) {
            if (monthAfterDay(dayNext, c)) {
                return c;
            }
            if (rangeEnd || (c.weekday != 0 && c.dayIsOrdinal && !c.dayIsBare)) {
                c.next = dayNext;
                return c;
            }
            c.day = null;
            c.dayIsOrdinal = false;
        }
        if (c.weekday != 0) {
            return null;
        }
        return monthOrYear(k, c, rangeEnd || bareYear);
    }

    /**
     * Reads [يوم] weekday [،|في|الموافق] [يوم] at j into c (weekday, start); the token after it, or j when no
     * weekday is written (after a lone يوم, the token after it).
     */
    private int weekdayPrefix(int j, CalendarFields c) {
        int k = j;
        Match dayWord = find(k, Kind.DAY_WORD, "day");
        int w = dayWord != null ? dayWord.next() : k;
        Match wd = dayWord != null ? find(w, Kind.WEEKDAY) : findStrong(w, Kind.WEEKDAY);
        if (wd == null) {
            if (dayWord != null) {
                c.start = startOf(dayWord, t.get(j));
                return dayWord.next();
            }
            return k;
        }
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
        return k;
    }

    /** Whether a date without a weekday may start at k: a number or a word of a month, a year or an ordinal. */
    private boolean mayStartDate(int k) {
        return find(k, Kind.MONTH_WORD) != null || find(k, Kind.MONTH) != null || find(k, Kind.HIJRI_MONTH) != null
                || isNumber(k) || find(k, Kind.ORDINAL) != null || find(k, Kind.YEAR_WORD) != null
                || find(k, Kind.YEARS_WORD) != null || find(k, Kind.THIS) != null || find(k, Kind.LAST) != null;
    }

    /** [من] a month after the day read into c, then a year or a direction (17 سبتمبر المقبل); false when none. */
    private boolean monthAfterDay(int dayNext, CalendarFields c) {
        int m = dayNext;
        Match from = find(m, Kind.FROM, "from");
        if (from != null && from.prefix() == 0) {
            m = from.next();
        }
        if (!months.monthRef(m, c, true)) {
            return false;
        }
        c.rule = "day-" + c.rule;
        if (!years.year(c.next, c) && c.monthOffset == null) {
            Match dir = find(c.next, Kind.DIRECTION);
            if (dir != null) {
                c.monthDirection = Integer.parseInt(dir.entry().value()); // 17 سبتمبر المقبل
                c.next = dir.next();
            }
        }
        return true;
    }

    /** A month [year] at k, a weak month name only when confirmed; else a year expression (a bare one if allowed). */
    private CalendarFields monthOrYear(int k, CalendarFields c, boolean bare) {
        if (months.monthRef(k, c, false)) {
            boolean hasYear = years.year(c.next, c);
            Match place = find(k, Kind.MONTH);
            boolean placeName = place != null && place.entry().is("place");
            if (c.monthDirection == Integer.MIN_VALUE && !hasYear && c.rule.equals("weak-month")
                    && (!months.afterTimePreposition(k) || placeName)) {
                return null;
            }
            if (c.rule.equals("weak-month")) {
                c.rule = "month"; // a year or a direction confirmed it
            }
            return c;
        }
        return years.yearExpression(k, c, bare) ? c : null;
    }

    /** Reads a day at k (digits 1–31 or an ordinal word, also اليوم الثالث and ثالث يوم); the token after, or -1. */
    private int day(int k, CalendarFields c) {
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

    /** A month at k (see {@link MonthReferences#monthRef}). */
    boolean monthRef(int k, CalendarFields c, boolean hasDay) {
        return months.monthRef(k, c, hasDay);
    }

    /** A year after a month or a day (see {@link YearReferences#year}). */
    boolean year(int k, CalendarFields c) {
        return years.year(k, c);
    }

    /** A year on its own (see {@link YearReferences#yearExpression}). */
    boolean yearExpression(int k, CalendarFields c, boolean bare) {
        return years.yearExpression(k, c, bare);
    }

    /** The calendar mark at i (see {@link YearReferences#calendarAt}). */
    Match calendarAt(int i) {
        return years.calendarAt(i);
    }

    /** Fills in what the text left out and computes the value (see {@link CalendarValues#resolve}). */
    DateSpan resolve(CalendarFields c) {
        return values.resolve(c);
    }
}
