package dev.khabar.rules.date;

import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.WordForms;

import java.util.Set;

/**
 * Lengths of time (28 شهرًا، يومين، نصف ساعة، ثلاث سنوات ونصف), and what tells a length from an age.
 */
final class Durations extends Rules {
    Durations(Cursor cursor) {
        super(cursor);
    }

    /**
     * A length of time at i: number + unit (28 شهرًا، عشرة أيام), a dual (يومين), a fraction of a unit (نصف ساعة), a
     * unit and a half (ساعة ونصف). A lone singular unit counts only when {@code cued} (after لمدة، خلال، قبل…) or in
     * Duckling's reading.
     */
    Dur duration(int i, boolean cued) {
        if (i >= n) {
            return null;
        }
        Dur age = age(i);
        if (age != null) {
            return age;
        }
        Dur definite = definiteUnits(i);
        if (definite != null) {
            return definite;
        }
        DateNumbers.Num num = numbers.read(t, i);
        if (num == null) {
            num = definiteNumber(i); // الثماني والأربعين ساعة (not في المئة عام: a hundred is a percent there)
            if (num != null && (num.intValue() >= 100 || yearWordWithNumber(num.next()))) {
                num = null; // الاختبار الثاني عام 2009: an ordinal, then the year of a date
            }
        }
        Match fr = find(i, Kind.FRACTION);
        Dur d;
        if (num != null) {
            d = counted(i, num);
        } else if (fr != null && fr.prefix() == 0) {
            d = fractionOfUnit(i, fr);
        } else {
            d = loneUnit(i, cued);
        }
        return d == null ? null : extended(d);
    }

    /** Whether a year word and a number stand at k (عام 2009). */
    private boolean yearWordWithNumber(int k) {
        Match yw = find(k, Kind.YEAR_WORD);
        return yw != null && isNumber(yw.next());
    }

    /** A number and its unit: 28 شهرًا، عشرة أيام، الثماني والأربعين ساعة. */
    private Dur counted(int i, DateNumbers.Num num) {
        Match u = find(num.next(), Kind.UNIT);
        if (u == null || u.entry().is("definite") || u.prefix() > 0 || u.entry().value().endsWith(":2")) {
            return null;
        }
        return new Dur(i, num.start(), u.next(), num.value(), unitOf(u), "duration");
    }

    /** A fraction of a unit: نصف ساعة، ربع قرن. */
    private Dur fractionOfUnit(int i, Match fr) {
        Match u = find(fr.next(), Kind.UNIT);
        if (u == null || !u.entry().value().endsWith(":1") || u.entry().is("definite") || u.prefix() > 0) {
            return null;
        }
        return new Dur(i, t.get(i).start(), u.next(), fraction(fr), unitOf(u), "duration");
    }

    /**
     * A unit without a number: a dual (يومين), or a singular that a half (ساعة ونصف), واحد (شهر واحد), its cue
     * (لمدة شهر) or Duckling's reading makes a length.
     */
    private Dur loneUnit(int i, boolean cued) {
        Match u0 = find(i, Kind.UNIT);
        if (u0 == null || u0.entry().is("definite")) {
            return null;
        }
        String count = u0.entry().value().substring(u0.entry().value().indexOf(':') + 1);
        int next = u0.next();
        int start = startOf(u0, t.get(i));
        if (count.equals("2")) {
            return new Dur(i, start, next, java.math.BigDecimal.valueOf(2), unitOf(u0), "duration");
        }
        if (!count.equals("1")) {
            return null;
        }
        Match half = find(next, Kind.FRACTION);
        boolean hasHalf = half != null && half.prefix() == 1 || find(next, Kind.TO, "and") != null
                && find(next + 1, Kind.FRACTION) != null;
        Match one = find(next, Kind.ONE);
        if (!hasHalf && one == null && !(cued && !u0.entry().is("weak")) && !reading.isDuckling()) {
            return null;
        }
        if (u0.prefix() > 0 && !hasHalf && one == null) {
            return null; // لشهر واحد is one month; لشهر alone "for a month" needs its cue
        }
        return new Dur(i, start, next, java.math.BigDecimal.ONE, unitOf(u0), "duration");
    }

    /** The length with what may follow its unit: واحد (شهر واحد), ونصف، وربع; null when out of bounds. */
    private Dur extended(Dur d) {
        java.math.BigDecimal amount = d.amount();
        int next = d.next();
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
        return new Dur(d.first(), d.start(), next, amount, d.unit(), "duration");
    }

    /**
     * A definite number that agrees with a noun (الثماني والأربعين، الخامسة والثلاثين، الأربعين): units as a
     * cardinal or an ordinal with the article, then tens after وال; null unless it is one.
     */
    DateNumbers.Num definiteNumber(int i) {
        if (i >= n || !t.get(i).isWord() || !WordForms.isDefinite(t.get(i).text())) {
            return null;
        }
        DateNumbers.Num a = numbers.readDefinite(t, i);
        int value;
        if (a != null && a.intValue() > 0) {
            value = a.intValue();
        } else {
            Match ord = find(i, Kind.ORDINAL);
            if (ord == null || ord.prefix() > 0 || ord.entry().is("bare")) {
                return null;
            }
            if (ord.next() > i + 1) {
                // a compound ordinal of the lexicon (الحادي والثلاثين)
                return new DateNumbers.Num(i, ord.next(), t.get(i).start(), t.get(ord.next() - 1).end(),
                        java.math.BigDecimal.valueOf(ord.entry().number()), true);
            }
            value = ord.entry().number();
        }
        if (value < 10 && i + 1 < n) {
            DateNumbers.Num tens = numbers.readWithout(t, i + 1, Clitics.AND + Clitics.article());
            if (tens != null && tens.intValue() >= 20 && tens.intValue() <= 90 && tens.intValue() % 10 == 0) {
                return new DateNumbers.Num(i, i + 2, t.get(i).start(), t.get(i + 1).end(),
                        java.math.BigDecimal.valueOf(value + tens.intValue()), true);
            }
        }
        return new DateNumbers.Num(i, i + 1, t.get(i).start(), t.get(i).end(), java.math.BigDecimal.valueOf(value), true);
    }

    /**
     * An age written without a unit: after an age word that takes a bare number (في سن الخامسة والثلاثين، بسن 35،
     * في سن الـ40), or an ordinal before من عمره / من العمر (في الخامسة من عمره). Rule "age".
     */
    private Dur age(int i) {
        Match cue = find(i, Kind.AGE);
        if (cue != null && cue.entry().value().equals("number")) {
            int k = cue.next();
            if (k < n && t.get(k).is(Clitics.article())) {
                k++; // سن الـ40
            }
            DateNumbers.Num num = k < n ? numbers.read(t, k) : null;
            if (num == null && k < n) {
                num = definiteNumber(k);
            }
            if (num == null || num.intValue() < 1 || num.intValue() > 120 || find(num.next(), Kind.UNIT) != null) {
                return null; // سن 35 عاما: the length of time after it is read, and found to be an age, on its own
            }
            return new Dur(i, startOf(cue, t.get(i)), num.next(), num.value(), "year", "age");
        }
        if (i > 0 && find(i - 1, Kind.UNIT) != null) {
            return null; // العقد الثاني من العمر: a decade of life, not an age of two
        }
        DateNumbers.Num num = definiteNumber(i);
        if (num == null || num.intValue() < 1 || num.intValue() > 120 || !isWord(num.next(), "من")) {
            return null;
        }
        Match of = find(num.next() + 1, Kind.AGE);
        if (of == null || of.prefix() > 0 || of.entry().value().equals("number")) {
            return null;
        }
        return new Dur(i, num.start(), of.next(), num.value(), "year", "age");
    }

    private boolean isWord(int i, String w) {
        return i < n && t.get(i).is(w);
    }

    /**
     * A plural unit with the article and its number after it: الأشهر الستة → P6M, السنوات الأربع أو الخمس المقبلة → P4Y
     * (the first of two numbers). With a direction and one number (السنوات الخمس الماضية) it is a date range, read by
     * the date rules first.
     */
    private Dur definiteUnits(int i) {
        Match unit = find(i, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || !unit.entry().value().endsWith(":0") || unit.next() >= n) {
            return null;
        }
        DateNumbers.Num count = numbers.readDefinite(t, unit.next());
        if (count == null || count.intValue() < 3 || count.intValue() > 100) {
            return null;
        }
        int next = count.next();
        if (next + 1 < n && t.get(next).is("او")) {
            DateNumbers.Num other = numbers.readDefinite(t, next + 1);
            if (other != null && other.intValue() > count.intValue()) {
                next = other.next();
            }
        }
        Match dir = find(next, Kind.DIRECTION);
        if (dir != null && dir.prefix() == 0) {
            next = dir.next();
        }
        return new Dur(i, startOf(unit, t.get(i)), next, count.value(), unitOf(unit), "duration");
    }

    static String unitOf(Match u) {
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
     * عامًا، عمره 12 سنة، عن عمر يناهز 80 عامًا), or a count of years alone in parentheses or between commas right after
     * a word (محمد أحمد (39 عامًا)، وقال رامشتورف، 55 عامًا، إن). Names are not known at this stage, so any word before
     * the parentheses counts; before commas, any word the date lexicon does not know (not سنوات in a list of terms).
     */
    boolean isAge(Dur d) {
        int end = d.first();
        if (end > 0 && isComma(end - 1)) {
            end--; // البالغة من العمر، 19 عامًا
        }
        if (end > 0 && cursor.cues.is(t.get(end - 1).text(), Cues.Role.AGE_BOUND)) {
            end--;
        }
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            for (Match m : at(k)) {
                if (m.entry().kind() == Kind.AGE && m.next() == end) {
                    return true;
                }
            }
        }
        int word = d.first() - 2;
        if (!d.unit().equals("year") || word < 0 || !t.get(word).isWord()) {
            return false;
        }
        return isPunct(word + 1, "(") && isPunct(d.next(), ")")
                || isComma(word + 1) && isComma(d.next()) && at(word).isEmpty();
    }

    /** Whether token i follows a word that announces a length of time (لمدة، خلال، طوال). */
    boolean cuedAt(int i) {
        return i > 0 && t.get(i - 1).isWord() && cursor.cues.is(t.get(i - 1).text(), Cues.Role.DURATION);
    }

    /** Whether token i follows {@code أكثر من}, {@code أقل من}, {@code ما يزيد عن}. */
    boolean afterMoreOrLess(int i) {
        return i > 1 && (t.get(i - 1).is("من") || t.get(i - 1).is("عن"))
                && cursor.cues.is(t.get(i - 2).text(), Cues.Role.MORE_OR_LESS);
    }
}
