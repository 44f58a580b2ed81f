package dev.khabar.rules.date;

/**
 * Dates written in digits and separators: d/m/y, y/m/d, y-m-d, d.m.y, m/yyyy, (after a weekday) d/m, and d / m / yyyy
 * with spaces around the separators.
 */
final class NumericDates extends Rules {
    NumericDates(Cursor cursor) {
        super(cursor);
    }

    /** Reads a numeric date at k into c (year, month, day, next, rule); false when none is written there. */
    boolean read(int k, CalendarFields c) {
        if (spaced(k, c)) {
            return true;
        }
        if (!isNumber(k) || !touches(k) || k + 2 >= n || !touches(k + 1) || !isNumber(k + 2)) {
            return false;
        }
        String sep = t.get(k + 1).text();
        if (!sep.equals("/") && !sep.equals("-") && !sep.equals(".")) {
            return false;
        }
        boolean three = k + 4 < n && touches(k + 2) && t.get(k + 3).is(sep) && touches(k + 3) && isNumber(k + 4);
        if (three) {
            return threeParts(k, sep, c);
        }
        if (!sep.equals("/") || k + 3 < n && touches(k + 2) && !t.get(k + 3).isWord()) {
            return false;
        }
        return twoParts(k, c);
    }

    /** d/m/y, y/m/d, y-m-d, d.m.y: the order told by which part has four digits. */
    private boolean threeParts(int k, String sep, CalendarFields c) {
        String a = t.get(k).text();
        String b = t.get(k + 2).text();
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

    /** m/yyyy, or d/m after a weekday. */
    private boolean twoParts(int k, CalendarFields c) {
        String a = t.get(k).text();
        String b = t.get(k + 2).text();
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

    /** d / m / yyyy or d - m - yyyy with spaces around the separators (14/ 10/ 1436هـ): only with a four-digit year. */
    private boolean spaced(int k, CalendarFields c) {
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
}
