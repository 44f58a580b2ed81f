package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;

import java.time.LocalDate;

/**
 * Ranges: من 13 إلى 15 تموز، بين 9 و12 فبراير، 2020-2022، بين عامي 2020 و2022، من الساعة 3 إلى 4. Missing parts of
 * one end come from the other.
 */
final class Ranges extends Rules {
    private final CalendarDates calendar;
    private final TimesOfDay times;

    Ranges(Cursor cursor, CalendarDates calendar, TimesOfDay times) {
        super(cursor);
        this.calendar = calendar;
        this.times = times;
    }

    /**
     * من 13 إلى 15 تموز، بين 9 و12 فبراير، 13-15 تموز، 2020-2022، بين عامي 2020 و2022، تموز 13 الى 15، من الساعة 3
     * الى الساعة 4 بعد العصر. Missing parts of one end come from the other.
     */
    DateSpan range(int j) {
        if (j >= n) {
            return null;
        }
        Match from = find(j, Kind.FROM);
        int k = from != null ? from.next() : j;
        int start = from != null ? startOf(from, t.get(j)) : t.get(j).start();
        boolean between = from != null && from.entry().value().equals("between");
        Match years = find(k, Kind.YEARS_WORD);
        if (years != null && from != null) {
            return yearsAfterWord(j, start, years); // بين عامي 2020 و2022
        }
        if (from == null && isYearPair(k)) {
            return yearRange(j, start, num(k), num(k + 2), k + 3);
        }
        if (from == null) {
            CalendarFields[] ends = monthFirst(k);
            if (ends != null) {
                return rangeOf(j, startAt(j, find(k, Kind.MONTH_WORD) != null ? find(k, Kind.MONTH_WORD)
                        : at(k).isEmpty() ? null : at(k).get(0)), ends[0], ends[1], ends[1].next);
            }
        } else {
            Clock[] ends = clocks(k);
            if (ends != null) {
                return times.clockRange(j, start, ends[0], ends[1]);
            }
        }
        return calendarRange(j, start, k, from, between);
    }

    /** عامي 2020 و2022 after من or بين. */
    private DateSpan yearsAfterWord(int j, int start, Match years) {
        int a = years.next();
        if (isNumber(a) && find(a + 1, Kind.TO) != null) {
            int b = find(a + 1, Kind.TO).next();
            if (isNumber(b)) {
                return yearRange(j, start, num(a), num(b), b + 1);
            }
        }
        return null;
    }

    /** 2020-2022، 2018 - 2019، seasons 2019/2020 and 1436/1437هـ: two four-digit years joined by - or /. */
    private boolean isYearPair(int k) {
        return isNumber(k) && (isPunct(k + 1, "-") || isPunct(k + 1, "/")) && isNumber(k + 2)
                && t.get(k).text().length() == 4 && t.get(k + 2).text().length() == 4
                && (isPunct(k + 1, "-") || num(k + 2) == num(k) + 1)
                && !(touches(k + 2) && k + 3 < n && (t.get(k + 3).isNumber() || t.get(k + 3).is("-")
                || t.get(k + 3).is("/") || t.get(k + 3).is(":")));
    }

    /** Month first: تموز 13 الى 15، يوليو 13-15; the two ends, or null. */
    private CalendarFields[] monthFirst(int k) {
        CalendarFields mc = new CalendarFields();
        if (!calendar.monthRef(k, mc, true) || !isNumber(mc.next)) {
            return null;
        }
        int a = mc.next;
        int sep = a + 1;
        Match to = find(sep, Kind.TO);
        int b = to != null ? to.next() : (isPunct(sep, "-") ? sep + 1 : -1);
        if (b <= 0 || !isNumber(b) || num(a) < 1 || num(a) > 31 || num(b) < 1 || num(b) > 31) {
            return null;
        }
        CalendarFields x = mc.copy();
        x.day = num(a);
        CalendarFields y = mc.copy();
        y.day = num(b);
        y.next = b + 1;
        calendar.year(y.next, y);
        x.year = y.year;
        x.yearOffset = y.yearOffset;
        return new CalendarFields[] {x, y};
    }

    /** Times after من: من الساعة 3 الى الساعة 4 بعد العصر; the two clocks (the first takes the second's part of day). */
    private Clock[] clocks(int k) {
        Clock a = times.clock(k);
        if (a == null) {
            return null;
        }
        Match to = find(a.next, Kind.TO);
        Clock b = to == null ? null : times.clock(to.next());
        if (b == null) {
            return null;
        }
        if (a.daypart == null) {
            a.daypart = b.daypart;
        }
        return new Clock[] {a, b};
    }

    /** [من|بين] a calendar date, إلى/و/-, another; what one end leaves out comes from the other. */
    private DateSpan calendarRange(int j, int start, int k, Match from, boolean between) {
        CalendarFields x = calendar.cal(k, true, true);
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
        // من 22 نوفمبر وحتى 28 من الشهر نفسه: the same month is the start's
        cursor.found.rangeStart(x.month != null || x.monthOffset != null ? calendar.resolve(x.copy()) : null);
        CalendarFields y;
        try {
            y = calendar.cal(y0, true, true);
        } finally {
            cursor.found.rangeStart(null);
        }
        if (y == null) {
            return null;
        }
        if (y.sameMonth && (x.month != null || x.monthOffset != null)) {
            // and resolves with it (a direction or a month counted from the publication date)
            y.month = x.month;
            y.monthOffset = x.monthOffset;
            y.monthDirection = x.monthDirection;
            y.hijri = x.hijri;
            y.year = x.year;
            y.yearOffset = x.yearOffset;
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
        fillFromEachOther(x, y);
        return rangeOf(j, start, x, y, y.next);
    }

    /** The month, direction and year one end leaves out, from the other (بين 3 و7 مارس المقبل). */
    private static void fillFromEachOther(CalendarFields x, CalendarFields y) {
        if (x.month == null && x.monthOffset == null) {
            x.month = y.month;
            x.monthOffset = y.monthOffset;
            x.hijri = y.hijri;
        }
        if (x.monthDirection == Integer.MIN_VALUE) {
            x.monthDirection = y.monthDirection; // بين 3 و7 مارس المقبل: the direction is the whole range's
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
    }

    private DateSpan yearRange(int j, int start, int a, int b, int next) {
        if (a < 1000 || b <= a || b > 2999) {
            return null;
        }
        DateSpan f = new DateSpan(j, start, next, Grain.YEAR, "year-range");
        Match mark = calendar.calendarAt(next);
        if (mark != null) {
            f.next = mark.next();
            if (mark.entry().value().equals("hijri")) {
                if (a < 1300 || b > 1500) {
                    return null;
                }
                // 1436/1437هـ, a school or fiscal year: the Gregorian years the two Hijri years end in (2015/2016);
                // a longer span: from the year the first begins in to the year the last ends in
                f.hijri = true;
                a = (b == a + 1 ? Calendars.lastOfHijriMonth(a, 12) : Calendars.firstOfHijriMonth(a, 1)).getYear();
                b = Calendars.lastOfHijriMonth(b, 12).getYear();
            }
        }
        f.value = new Value(Point.of(LocalDate.of(a, 1, 1), Grain.YEAR), Point.of(LocalDate.of(b, 1, 1), Grain.YEAR));
        return f;
    }

    private DateSpan rangeOf(int j, int start, CalendarFields x, CalendarFields y, int next) {
        x.first = j; // the tense of the clause is read from the range's start
        DateSpan a = calendar.resolve(x);
        if (a != null && a.value != null && x.year == null && x.yearOffset == null && x.monthOffset == null
                && y.year == null && y.yearOffset == null && y.monthOffset == null && x.month != null && y.month != null) {
            // both ends without a year resolve together: the end takes the start's year, or the next one when it
            // comes earlier in the year (من 28 ديسمبر إلى 3 يناير)
            LocalDate from = a.value.from().date();
            int year = x.hijri ? Calendars.toHijri(from)[0] : from.getYear();
            int dx = x.month * 32 + (x.day == null ? 0 : x.day);
            int dy = y.month * 32 + (y.day == null ? 0 : y.day);
            y = y.copy();
            y.year = dy < dx ? year + 1 : year;
        }
        DateSpan b = calendar.resolve(y);
        if (a == null || b == null) {
            return null;
        }
        DateSpan f = new DateSpan(j, start, next);
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
}
