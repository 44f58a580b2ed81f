package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.WordForms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Named periods: quarters and halves of a year, decades, centuries, holidays, and (by {@link CountedInMonth})
 * counted weekdays, weeks and days of a month.
 */
final class SpecialDates extends Rules {
    private final CalendarDates calendar;
    private final CountedInMonth counted;

    SpecialDates(Cursor cursor, CalendarDates calendar) {
        super(cursor);
        this.calendar = calendar;
        this.counted = new CountedInMonth(cursor, calendar);
    }

    /** The longest named period at j, or null. */
    DateSpan date(int j) {
        DateSpan best = null;
        best = DateSpan.longer(best, part(j));
        best = DateSpan.longer(best, decade(j));
        best = DateSpan.longer(best, century(j));
        best = DateSpan.longer(best, holiday(j));
        best = DateSpan.longer(best, counted.date(j));
        return best;
    }

    /** الربع الثالث من 2025، النصف الأول من العام الجاري. */
    private DateSpan part(int j) {
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
        CalendarFields c = new CalendarFields();
        c.next = k;
        boolean hasYear = false;
        if (from != null) {
            CalendarFields y = new CalendarFields();
            if (calendar.yearExpression(from.next(), y, true) || calendar.year(from.next(), y)) {
                c = y;
                hasYear = true;
            }
        } else {
            CalendarFields y = new CalendarFields();
            if (calendar.yearExpression(k, y, false) || calendar.year(k, y)) {
                c = y;
                hasYear = true;
            }
        }
        if (!hasYear) {
            return null; // الربع الثالث alone counts something else as often as it names a quarter
        }
        DateSpan f = q != null ? new DateSpan(j, startOf(word, t.get(j)), c.next, Grain.QUARTER, "quarter")
                : new DateSpan(j, startOf(word, t.get(j)), c.next, Grain.HALF, "half");
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
    private DateSpan decade(int j) {
        Match d = find(j, Kind.DECADE);
        if (d == null) {
            return null;
        }
        int tens = d.entry().number() % 100;
        Match of = find(d.next(), Kind.FROM, "from");
        if (of != null && find(of.next(), Kind.AGE) != null) {
            return null; // في السبعينات من العمر: an age
        }
        DateSpan f = new DateSpan(j, startOf(d, t.get(j)), d.next(), Grain.DECADE, "decade");
        Match and = find(d.next(), Kind.DECADE);
        if (and != null && and.prefix() == 1 && Clitics.startsWithAnd(t.get(d.next()).text())) {
            // الخمسينيات والستينيات (من القرن الماضي): one span of years, the century after the second for both
            DateSpan second = decade(d.next());
            if (second != null) {
                int secondStart = second.value == null ? 0 : second.value.from().date().getYear();
                int firstStart = Math.floorDiv(secondStart, 100) * 100 + tens;
                if (second.value != null && firstStart < secondStart) {
                    DateSpan r = new DateSpan(j, f.start, second.next, Grain.YEAR, "decade-range");
                    r.value = new Value(Point.of(LocalDate.of(firstStart, 1, 1), Grain.YEAR),
                            Point.of(LocalDate.of(secondStart + 9, 1, 1), Grain.YEAR));
                    return r;
                }
                if (second.value == null) {
                    DateSpan r = new DateSpan(j, f.start, second.next, Grain.YEAR, "decade-range");
                    r.unresolved = true;
                    return r;
                }
            }
        }
        DateSpan century = century(d.next());
        if (century == null && of != null) {
            century = century(of.next()); // الستينيات من القرن الماضي
        }
        int centuryStart;
        if (century != null) {
            f.next = century.next;
            if (century.value == null) {
                f.unresolved = true;
                return f;
            }
            centuryStart = century.value.from().date().getYear();
        } else if (WordForms.isDefinite(t.get(j).text()) || d.prefix() > 0) {
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
    private DateSpan century(int j) {
        Match c = find(j, Kind.CENTURY);
        if (c == null) {
            return null;
        }
        int k = c.next();
        DateSpan f = new DateSpan();
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
    private DateSpan holiday(int j) {
        Match h = find(j, Kind.HOLIDAY);
        if (h == null) {
            return null;
        }
        DateSpan f = new DateSpan(j, startOf(h, t.get(j)), h.next());
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "holiday";
        String v = h.entry().value();
        f.hijri = v.startsWith("hijri");
        CalendarFields y = new CalendarFields();
        Integer year = null;
        if (calendar.year(h.next(), y) && y.year != null) {
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
}
