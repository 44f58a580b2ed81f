package dev.khabar.rules.date;

import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Clitics;

/**
 * The ways a year is written: after a month or a day ([،] [من|في] [عام] 2015 [م], العام المقبل, هذا العام), on its
 * own (عام 1967، 1436هـ, a bare year where the caller allows one), and the calendar mark after it.
 */
final class YearReferences extends Rules {
    YearReferences(Cursor cursor) {
        super(cursor);
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
        // العام المقبل after a month, also behind a proclitic (من العام، للعام): the year word read is definite
        if (yw != null && Clitics.hasArticle(yw.entry().words()[0])) {
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
    void calendarMark(CalendarFields c) {
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
        boolean mark = yearMark(v, yw != null, value);
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
        return yw != null || c.hijriMarked || c.gregorianMarked || bare;
    }

    /** Whether a calendar mark follows the year at v; 500 م without عام is metres as often as a year before 1000. */
    private boolean yearMark(int v, boolean yearWord, int value) {
        boolean mark = hasCalendarMark(v + 1);
        if (mark && !yearWord && value < 1000 && t.get(v + 1).text().length() == 1
                && calendarAt(v + 1).entry().value().equals("gregorian")) {
            return false; // a year before 1000 comes with عام
        }
        return mark;
    }

    /**
     * Whether the four-digit number at v follows a year and و (2014 و2015، أعوام 1995 و1998 و2013): the number
     * before was found as a year, or is one from 1900 to 2100 as well; not a number that is no year
     * (ما بين 1500 و2000 حبة).
     */
    private boolean coordinatedYear(int v) {
        if (v < 2 || t.get(v).text().length() != 4 || !(t.get(v - 1).is("و") || t.get(v - 1).is("او"))) {
            return false;
        }
        if (cursor.found.yearEndsAt(v - 1)) {
            return true;
        }
        int y = v - 2;
        Match mark = y > 0 ? find(y, Kind.CALENDAR) : null;
        if (mark != null && mark.next() == v - 1) {
            y--;
        }
        return isNumber(y) && t.get(y).text().length() == 4 && num(y) >= 1900 && num(y) <= 2100;
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
}
