package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.WordForms;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar dates: a numeric date, a day and a month, a month, a year, with their calendar (Gregorian or
 * Hijri), and the value they resolve to against the reference date.
 */
final class CalendarDates extends Rules {
    CalendarDates(Cursor cursor) {
        super(cursor);
    }

    /** The calendar date at j with its value, or null; a bare year only {@code afterModifier} (منذ 1967). */
    Found date(int j, boolean afterModifier) {
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
                    && find(k, Kind.ORDINAL) == null && find(k, Kind.YEAR_WORD) == null && find(k, Kind.YEARS_WORD) == null
                    && find(k, Kind.THIS) == null
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
            Match place = find(k, Kind.MONTH);
            boolean placeName = place != null && place.entry().is("place");
            if (c.monthDirection == Integer.MIN_VALUE && !hasYear && c.rule.equals("weak-month")
                    && (!afterTimePreposition(k) || placeName)) {
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
    private boolean numeric(int k, CalendarFields c) {
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
        return cursor.cues.is(w, Cues.Role.TIME_PREPOSITION);
    }

    /** d / m / yyyy or d - m - yyyy with spaces around the separators (14/ 10/ 1436هـ): only with a four-digit year. */
    private boolean spacedNumeric(int k, CalendarFields c) {
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

    /**
     * A month at k: [شهر] name [/ name | (name)], شهر + number, الشهر + ordinal (after a day), هذا الشهر, الشهر
     * المقبل. Fills month, calendar and next; rule "weak-month" when a weak name still needs a year or a direction.
     */
    boolean monthRef(int k, CalendarFields c, boolean hasDay) {
        if (k >= n) {
            return false;
        }
        Match word = find(k, Kind.MONTH_WORD);
        Match th = find(k, Kind.THIS);
        if (th != null) {
            Match mw = find(th.next(), Kind.MONTH_WORD);
            if (mw != null && WordForms.isDefinite(t.get(th.next()).text())) {
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
            if (!paired) {
                Match other = find(next, Kind.MONTH);
                if (other != null && other.prefix() == 0 && other.entry().number() == c.month
                        && name.entry().kind() == Kind.MONTH && other.entry() != name.entry()) {
                    paired = true; // يوليو تموز: the two names of one month side by side
                    next = other.next();
                }
            }
            c.next = next;
            boolean weak = (name.entry().is("weak") || name.entry().is("place")) && !paired && word == null && !hasDay;
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
        boolean definite = WordForms.isDefinite(t.get(k).text()) || word.prefix() > 0 && t.get(k).text().startsWith("ال", word.prefix());
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
        Match same = find(m, Kind.SAME);
        if (same != null) {
            return sameMonth(k, same, c); // 11 من الشهر نفسه، في الشهر ذاته
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

    /**
     * الشهر نفسه: the month of the last date the document gave before k (in its calendar), with its year unless
     * one follows (الشهر ذاته من العام الماضي). False when the document gave none.
     */
    private boolean sameMonth(int k, Match same, CalendarFields c) {
        Found a = cursor.sameAs(k, Grain.MONTH);
        if (a == null) {
            return false;
        }
        LocalDate d = a.value.from().date();
        if (a.hijri) {
            int[] h = Calendars.toHijri(d);
            c.hijri = true;
            c.year = h[0];
            c.month = h[1];
        } else {
            c.year = d.getYear();
            c.month = d.getMonthValue();
        }
        c.next = same.next();
        c.sameMonth = true;
        c.rule = "same-month";
        return true;
    }

    /** A year after a month or a day: [،] [من|في|ل] [عام|سنة] number [هـ|م], or [من] العام/السنة المقبلة. */
    boolean year(int k, CalendarFields c) {
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
        return calendarAt(i) != null;
    }

    /** The calendar mark at i (هـ، م، ميلادي), or null; م before مربع or مكعب is metres (500 م مربع). */
    Match calendarAt(int i) {
        Match mark = find(i, Kind.CALENDAR);
        if (mark != null && mark.entry().value().equals("gregorian") && t.get(i).text().length() == 1
                && find(mark.next(), Kind.MEASURE) != null) {
            return null;
        }
        return mark;
    }

    /** A calendar mark after the year (1436هـ، 2015م). */
    private void calendarMark(CalendarFields c) {
        Match mark = calendarAt(c.next);
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
    boolean yearExpression(int k, CalendarFields c, boolean bare) {
        if (k >= n) {
            return false;
        }
        Match yw = find(k, Kind.YEAR_WORD);
        if (yw == null) {
            yw = find(k, Kind.YEARS_WORD); // عامي 2014 و2016: the first year; the second follows و
        }
        int v = yw != null ? yw.next() : k;
        if (yw != null) {
            c.start = startOf(yw, t.get(k));
        }
        if (!isNumber(v) || t.get(v).text().length() > 4) {
            return false;
        }
        if (yw == null && !bare && coordinatedYear(v)) {
            bare = true; // 2014 و2016، عامي 2014 و2016
        }
        if (yw == null && bare && !hasCalendarMark(v + 1) && counted(v + 1)) {
            return false; // في 2000 دولارًا، 1950%: a count, not a year
        }
        if (touches(v) && v + 2 < n && isNumber(v + 2) && (t.get(v + 1).is("-") || t.get(v + 1).is("/"))) {
            return false; // 2020-2022 is a range; 2020/10 something else
        }
        int value = num(v);
        boolean mark = hasCalendarMark(v + 1);
        if (mark && yw == null && value < 1000 && t.get(v + 1).text().length() == 1
                && calendarAt(v + 1).entry().value().equals("gregorian")) {
            mark = false; // 500 م: metres as often as a year; a year before 1000 comes with عام
        }
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

    /** Whether the four-digit number at v follows a year and و (2014 و2016، عام 2014 أو 2016). */
    private boolean coordinatedYear(int v) {
        if (v < 2 || t.get(v).text().length() != 4 || !(t.get(v - 1).is("و") || t.get(v - 1).is("او"))) {
            return false;
        }
        int y = v - 2;
        Match mark = y > 0 ? find(y, Kind.CALENDAR) : null;
        if (mark != null && mark.next() == v - 1) {
            y--;
        }
        return isNumber(y) && t.get(y).text().length() == 4 && num(y) >= 1000 && num(y) <= 2999;
    }

    /**
     * Whether the token after a bare number shows it counts something: a percent sign, or a noun in the accusative
     * of a count (دولارًا، شخصًا; read as a word ending in ا, not in وا like a plural verb: انتقلوا).
     */
    private boolean counted(int i) {
        if (i >= n) {
            return false;
        }
        String w = t.get(i).text();
        if (w.equals("%")) {
            return true;
        }
        return t.get(i).isWord() && w.length() >= 4 && w.endsWith("ا") && !w.endsWith("وا") && at(i).isEmpty();
    }

    /** Fills in what the text left out and computes the value. */
    Found resolve(CalendarFields c) {
        Found f = new Found(c.first, c.start, c.next);
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
    private boolean isHijriYear(CalendarFields c) {
        return !c.gregorianMarked && c.rule != null && c.rule.startsWith("numeric")
                && (c.year >= 1300 && c.year <= 1500 || reading.hijriNumeric());
    }

    private Value gregorianValue(CalendarFields c, Found f) {
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
            year = yearFor(month, c.day, c.monthDirection, c.first, ref.getYear(), ref.getMonthValue(),
                    ref.getDayOfMonth());
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

    /**
     * The year of a month (and day) written without one (HeidelTime's news strategy): the direction word after it
     * (المقبل، الماضي), else the tense of its clause (سيعقد، من المقرر; كان), else the nearest such date to the
     * publication date, with a preference for the year of publication (a story that names a month without a year
     * mostly means one of its own year). Duckling's reading takes the next one. {@code first} is the date's
     * first token; the calendar is the one of the month (Gregorian or Hijri).
     */
    private int yearFor(int month, Integer day, int direction, int first, int refYear, int refMonth, int refDay) {
        // positions in the year, the day only when the text gives one: 12 أغسطس is after 1 أغسطس, أغسطس is not
        int here = month * 32 + (day == null ? 0 : day);
        int now = refMonth * 32 + (day == null ? 0 : refDay);
        if (direction == Integer.MIN_VALUE) {
            if (reading.isDuckling()) {
                return month >= refMonth ? refYear : refYear + 1;
            }
            int tense = cursor.tense(first);
            if (tense > 0) {
                return here >= now ? refYear : refYear + 1; // a coming event: this month or day included
            }
            if (tense < 0) {
                return here <= now ? refYear : refYear - 1;
            }
            // the year of publication, unless the date lies more than eight months away in it and so within four
            // in the year next to it (يناير in a December story is the coming one, ديسمبر in a January story the last)
            if (Math.abs(here - now) > 8 * 32) {
                return here > now ? refYear - 1 : refYear + 1;
            }
            return refYear;
        }
        if (direction < 0) {
            return here < now ? refYear : refYear - 1;
        }
        if (direction > 0) {
            return here > now ? refYear : refYear + 1;
        }
        return refYear;
    }

    private Value hijriValue(CalendarFields c, Found f) {
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
            year = yearFor(month, c.day, c.monthDirection, c.first, r[0], r[1], r[2]);
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
}
