package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.WordForms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Counted weekdays, weeks and days of a month: ثالث ثلاثاء من أيلول 2014، آخر اثنين من شهر آذار، الاثنين الأخير
 * من شهر ثلاثة، أول أسبوع بشهر أكتوبر 2014، الأسبوع الأخير في الشهر التاسع، آخر يوم بشهر عشرة سنة 2015، الأسبوع
 * الثالث من شهر رمضان، آخر جمعة من رمضان.
 */
final class CountedInMonth extends Rules {
    /** What is counted: the nth (-1 the last) weekday, week or day, and the token after the count. */
    private record Count(int nth, int weekday, String what, int next) {
    }

    private final CalendarDates calendar;

    CountedInMonth(Cursor cursor, CalendarDates calendar) {
        super(cursor);
        this.calendar = calendar;
    }

    /** The counted weekday, week or day of a month at j, or null. */
    DateSpan date(int j) {
        if (j >= n) {
            return null;
        }
        Count count = count(j);
        if (count == null) {
            return null;
        }
        // من / في / ب + a month
        int k = count.next();
        Match from = find(k, Kind.FROM, "from");
        if (from == null) {
            from = find(k, Kind.PREP, "at");
        }
        int m = k;
        CalendarFields c = new CalendarFields();
        if (from != null) {
            m = from.next();
        } else if (k < n && Clitics.startsWith(t.get(k).text(), Clitics.BA)) {
            m = k; // بشهر، بأيلول: the proclitic is read by the lexicon
        }
        if (!calendar.monthRef(m, c, true)) {
            return null;
        }
        calendar.year(c.next, c);
        Grain grain = count.what().equals("week") ? Grain.WEEK : Grain.DAY;
        DateSpan f = new DateSpan(j, startAt(j, at(j).isEmpty() ? null : at(j).get(0)), c.next, grain,
                "nth-" + count.what());
        f.dayBased = f.grain == Grain.DAY;
        if ((c.year == null || c.monthOffset != null || c.yearOffset != null) && ref == null) {
            f.unresolved = true;
            return f;
        }
        CalendarFields probe = c.copy();
        probe.day = null;
        DateSpan month = calendar.resolve(probe);
        if (month == null || month.value == null) {
            return null;
        }
        f.value = c.hijri ? inHijriMonth(count, month.value, f) : inMonth(count, month.value.from().date(), f);
        return f.value == null ? null : f;
    }

    /** The count before a month: ثالث ثلاثاء، آخر أسبوع، أول يوم، or الاثنين الأخير، الأسبوع الثالث; null if none. */
    private Count count(int j) {
        Match first = find(j, Kind.ORDINAL);
        Match last = find(j, Kind.LAST);
        if ((first != null && first.entry().is("bare")) || (last != null && !WordForms.isDefinite(t.get(j).text()))) {
            return countFirst(first, last);
        }
        Match unitFirst = find(j, Kind.UNIT);
        Match wdFirst = find(j, Kind.WEEKDAY);
        if ((wdFirst != null && !wdFirst.entry().is("weak")) || unitFirst != null && unitFirst.entry().is("definite")) {
            return countAfter(wdFirst, unitFirst);
        }
        return null;
    }

    /** ثالث ثلاثاء، ثالث يوم ثلاثاء، أول أسبوع، آخر يوم: the ordinal or آخر before what it counts. */
    private Count countFirst(Match first, Match last) {
        int nth = first != null ? first.entry().number() : -1;
        int k = first != null ? first.next() : last.next();
        Match unit = find(k, Kind.UNIT);
        if (unit != null && unit.entry().value().equals("day:1") && find(unit.next(), Kind.WEEKDAY) != null) {
            k = unit.next(); // ثالث يوم ثلاثاء
        }
        Match wd = find(k, Kind.WEEKDAY);
        if (wd != null) {
            return new Count(nth, wd.entry().number(), "weekday", wd.next());
        }
        if (unit != null && unit.entry().value().startsWith("week:1")) {
            return new Count(nth, 0, "week", unit.next());
        }
        if (unit != null && unit.entry().value().equals("day:1") && nth == -1) {
            return new Count(nth, 0, "day", unit.next());
        }
        return null;
    }

    /** الاثنين الأخير، الأسبوع الثالث، اليوم الأخير: the weekday or unit, then the ordinal or الأخير. */
    private Count countAfter(Match wdFirst, Match unitFirst) {
        int after = wdFirst != null ? wdFirst.next() : unitFirst.next();
        Match ord = find(after, Kind.ORDINAL);
        Match lst = find(after, Kind.LAST);
        int nth;
        int k;
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
            return new Count(nth, wdFirst.entry().number(), "weekday", k);
        }
        if (unitFirst.entry().value().equals("week:1")) {
            return new Count(nth, 0, "week", k);
        }
        if (unitFirst.entry().value().equals("day:1") && nth == -1) {
            return new Count(nth, 0, "day", k);
        }
        return null;
    }

    /** In a Gregorian month starting m1: the weekday, the week wholly in the month (ISO), or the last day. */
    private static Value inMonth(Count count, LocalDate m1, DateSpan f) {
        LocalDate end = m1.with(TemporalAdjusters.lastDayOfMonth());
        int nth = count.nth();
        LocalDate d;
        if (count.what().equals("weekday")) {
            DayOfWeek dow = DayOfWeek.of(count.weekday());
            d = nth > 0 ? m1.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow)) : end.with(TemporalAdjusters.previousOrSame(dow));
            if (d.getMonthValue() != m1.getMonthValue()) {
                return null;
            }
        } else if (count.what().equals("week")) {
            // weeks that lie wholly in the month
            LocalDate firstMonday = m1.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            d = nth > 0 ? firstMonday.plusWeeks(nth - 1L) : end.minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (d.plusDays(6).getMonthValue() != m1.getMonthValue()) {
                return null;
            }
        } else {
            d = end;
        }
        return new Value(Point.of(d, f.grain), null);
    }

    /**
     * In a Hijri month (its days {@code month}): the weekday as in a Gregorian month; a week is seven days counted
     * from the first of the month (الأسبوع الثالث من رمضان: days 15–21), the last week its last seven days, since
     * its weeks do not fall on calendar weeks; and the last day.
     */
    private static Value inHijriMonth(Count count, Value month, DateSpan f) {
        f.hijri = true;
        LocalDate m1 = month.from().date();
        LocalDate end = month.to() != null ? month.to().date() : m1;
        int nth = count.nth();
        if (count.what().equals("weekday")) {
            DayOfWeek dow = DayOfWeek.of(count.weekday());
            LocalDate d = nth > 0 ? m1.with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(nth - 1L)
                    : end.with(TemporalAdjusters.previousOrSame(dow));
            return d.isAfter(end) ? null : new Value(Point.of(d, Grain.DAY), null);
        }
        if (count.what().equals("week")) {
            LocalDate from = nth > 0 ? m1.plusDays(7L * (nth - 1)) : end.minusDays(6);
            LocalDate to = from.plusDays(6);
            if (to.isAfter(end)) {
                return null;
            }
            f.grain = Grain.DAY;
            f.dayBased = false;
            return new Value(Point.of(from, Grain.DAY), Point.of(to, Grain.DAY));
        }
        return new Value(Point.of(end, Grain.DAY), null);
    }
}
