package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.WordForms;

import java.time.LocalDate;

/**
 * The ways a month is written: a name (Gregorian or Hijri, or two names of one month), شهر + number, الشهر + ordinal
 * after a day, هذا الشهر, الشهر المقبل, الشهر نفسه.
 */
final class MonthReferences extends Rules {
    MonthReferences(Cursor cursor) {
        super(cursor);
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
            return thisMonth(th, c, hasDay);
        }
        int m = word != null ? word.next() : k;
        Match name = find(m, Kind.MONTH);
        Match hijri = find(m, Kind.HIJRI_MONTH);
        if (hijri != null && (name == null || hijri.next() > name.next())) {
            name = hijri;
        }
        if (name != null) {
            return named(name, word, c, hasDay);
        }
        if (word == null) {
            return false;
        }
        return monthWord(k, m, word, c, hasDay);
    }

    /** هذا الشهر: the month of publication, taken only after a day (11 من هذا الشهر). */
    private boolean thisMonth(Match th, CalendarFields c, boolean hasDay) {
        Match mw = find(th.next(), Kind.MONTH_WORD);
        if (mw != null && WordForms.isDefinite(t.get(th.next()).text())) {
            c.monthOffset = 0;
            c.next = mw.next();
            c.rule = "this-month";
            return hasDay;
        }
        return false;
    }

    /** A month name at {@code name}, after شهر when {@code word} is given, with its second name and direction. */
    private boolean named(Match name, Match word, CalendarFields c, boolean hasDay) {
        c.month = name.entry().number();
        c.hijri = name.entry().kind() == Kind.HIJRI_MONTH;
        int pairedNext = secondName(name, c.month);
        boolean paired = pairedNext >= 0;
        int next = paired ? pairedNext : name.next();
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

    /**
     * The token after the second name of the same month (يونيو/حزيران، رمضان (يونيو)، يوليو تموز), or -1 when none
     * follows the name.
     */
    private int secondName(Match name, int month) {
        int next = name.next();
        if (next + 1 < n && (isPunct(next, "/") || isPunct(next, "(") || isPunct(next, "-") || isPunct(next, "،"))) {
            Match other = find(next + 1, Kind.MONTH);
            if (other == null) {
                other = find(next + 1, Kind.HIJRI_MONTH);
            }
            if (other != null && (other.entry().kind() != name.entry().kind() || other.entry().number() == month)) {
                int after = other.next();
                if (isPunct(name.next(), "(") && isPunct(after, ")")) {
                    after++;
                }
                return after;
            }
        }
        Match other = find(next, Kind.MONTH);
        if (other != null && other.prefix() == 0 && other.entry().number() == month
                && name.entry().kind() == Kind.MONTH && other.entry() != name.entry()) {
            return other.next(); // يوليو تموز: the two names of one month side by side
        }
        return -1;
    }

    /** شهر + number (شهر 5، شهر ثلاثة), الشهر نفسه, and after a day الشهر + ordinal or direction. */
    private boolean monthWord(int k, int m, Match word, CalendarFields c, boolean hasDay) {
        boolean definite = WordForms.isDefinite(t.get(k).text())
                || word.prefix() > 0 && Clitics.hasArticleAt(t.get(k).text(), word.prefix());
        if (!definite) {
            return monthNumber(m, c);
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

    /** The number after an indefinite شهر: digits 1–12, or a number word 2–12 (شهر واحد is one month). */
    private boolean monthNumber(int m, CalendarFields c) {
        if (isNumber(m)) {
            int v = num(m);
            if (v >= 1 && v <= 12 && t.get(m).text().length() <= 2
                    && !(touches(m) && !isNumber(m + 1) && m + 1 < n && t.get(m + 1).isNumber())) {
                c.month = v;
                c.next = m + 1;
                c.rule = "month-number";
                return true;
            }
            return false;
        }
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

    /**
     * الشهر نفسه: the month of the last date the document gave before k (in its calendar), with its year unless
     * one follows (الشهر ذاته من العام الماضي). False when the document gave none.
     */
    private boolean sameMonth(int k, Match same, CalendarFields c) {
        DateSpan a = cursor.found.sameAs(k, Grain.MONTH);
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

    /** في رمضان، خلال شعبان، منذ مارس: a weak month name after a preposition of time is the month. */
    boolean afterTimePreposition(int k) {
        if (k == 0 || !t.get(k - 1).isWord()) {
            return false;
        }
        String w = t.get(k - 1).text();
        if (Clitics.startsWithAnd(w) && w.length() > 2) {
            w = w.substring(1);
        }
        return cursor.cues.is(w, Cues.Role.TIME_PREPOSITION);
    }
}
