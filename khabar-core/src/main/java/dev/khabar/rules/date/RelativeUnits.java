package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.WordForms;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Calendar units counted from the publication date or from a date before: الأسبوع المقبل، العام الماضي، هذا الشهر،
 * العام نفسه، السنوات الخمس الماضية، الموسم المقبل.
 */
final class RelativeUnits extends Rules {
    RelativeUnits(Cursor cursor) {
        super(cursor);
    }

    /** الأسبوع المقبل، العام الماضي، هذا الشهر، السنة الجارية، الشهر الذي سبقه، العام نفسه; or null. */
    DateSpan unit(int j) {
        if (j >= n) {
            return null;
        }
        Match th = find(j, Kind.THIS);
        int k = th != null ? th.next() : j;
        Match unit = find(k, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || !unit.entry().value().endsWith(":1")) {
            return null;
        }
        Match same = th == null ? find(unit.next(), Kind.SAME) : null;
        if (same != null) {
            return sameUnit(j, unit, same);
        }
        int offset = 0;
        int next = unit.next();
        Match dir = null;
        if (th == null) {
            dir = find(unit.next(), Kind.DIRECTION);
            if (dir == null || j > 0 && isAdjectivalUse(j)) {
                return null;
            }
            offset = Integer.parseInt(dir.entry().value());
            next = dir.next();
        }
        String u = Durations.unitOf(unit);
        DateSpan f = new DateSpan(j, th != null ? startOf(th, t.get(j)) : startOf(unit, t.get(j)), next);
        f.rule = "relative-" + u;
        Grain g = grainOfUnit(u);
        if (g == null) {
            return null;
        }
        f.grain = g;
        f.dayBased = g == Grain.DAY;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        LocalDate base = ref;
        if (dir != null && dir.entry().is("anchored")) {
            Point a = cursor.found.anchorFor(j, g); // الشهر الذي سبقه، العام التالي: next to the date before it
            if (a != null) {
                base = a.date();
                f.rule = f.rule + "+anchored";
            }
        }
        f.value = new Value(Point.of(startOfUnit(base, g, offset), g), null);
        return f;
    }

    /** The first day of the unit of {@code g} that lies {@code offset} units from the one of {@code base}. */
    private static LocalDate startOfUnit(LocalDate base, Grain g, int offset) {
        return switch (g) {
            case DAY -> base.plusDays(offset);
            case WEEK -> base.plusWeeks(offset).with(DayOfWeek.MONDAY);
            case MONTH -> base.withDayOfMonth(1).plusMonths(offset);
            case YEAR -> base.withDayOfYear(1).plusYears(offset);
            case DECADE -> LocalDate.of(Math.floorDiv(base.getYear(), 10) * 10 + 10 * offset, 1, 1);
            default -> LocalDate.of(Math.floorDiv(base.getYear(), 100) * 100 + 100 * offset, 1, 1);
        };
    }

    /**
     * العام نفسه، الأسبوع ذاته: the unit of the last date the document gave at that grain or finer; null when it gave
     * none (the month is read by {@link MonthReferences}, in the calendar of its date).
     */
    private DateSpan sameUnit(int j, Match unit, Match same) {
        String u = Durations.unitOf(unit);
        Grain g = grainOfUnit(u);
        DateSpan a = g == null || g.compareTo(Grain.YEAR) > 0 ? null : cursor.found.sameAs(j, g);
        if (a == null) {
            return null;
        }
        LocalDate d = a.value.from().date();
        LocalDate start = switch (g) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
            default -> d.withDayOfYear(1);
        };
        DateSpan f = new DateSpan(j, startOf(unit, t.get(j)), same.next(), g, "relative-" + u + "+same");
        f.dayBased = g == Grain.DAY;
        f.value = new Value(Point.of(start, g), null);
        return f;
    }

    /**
     * The last or next few units: الأسابيع الثلاثة القادمة، السنوات الخمس الماضية, or two of them in the dual
     * (اليومين الماضيين، العامين المقبلين), as a range of whole units.
     */
    DateSpan lastUnits(int j) {
        Match unit = find(j, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || unit.entry().value().endsWith(":1")) {
            return null;
        }
        boolean dual = unit.entry().value().endsWith(":2");
        DateNumbers.Num count = unit.next() < n && !dual ? numbers.readDefinite(t, unit.next()) : null;
        if (count == null && unit.next() < n && !dual) {
            count = numbers.read(t, unit.next());
        }
        if (!dual && (count == null || count.intValue() < 2 || count.intValue() > 100)) {
            return null;
        }
        int k = dual ? 2 : count.intValue();
        Match dir = find(dual ? unit.next() : count.next(), Kind.DIRECTION);
        if (dir == null || dir.entry().value().equals("0")) {
            return null;
        }
        String u = Durations.unitOf(unit);
        Grain g = grainOfUnit(u);
        if (g == null || g.compareTo(Grain.YEAR) > 0) {
            return null;
        }
        DateSpan f = new DateSpan(j, startOf(unit, t.get(j)), dir.next(), g, "last-units");
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
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

    /**
     * A season by its direction: الموسم الحالي، الموسم الكروي المقبل، العام الدراسي الماضي. A season that starts in
     * month m (the entry's value) and runs into the next year is Y/Y+1, the current one the last that began.
     */
    DateSpan season(int j) {
        Match s = find(j, Kind.SEASON);
        if (s == null) {
            return null;
        }
        int k = s.next();
        if (k < n && t.get(k).isWord() && WordForms.isDefinite(t.get(k).text()) && at(k).isEmpty()) {
            k++; // الموسم الكروي
        }
        Match dir = find(k, Kind.DIRECTION);
        if (dir == null || dir.prefix() > 0) {
            return null;
        }
        DateSpan f = new DateSpan(j, startOf(s, t.get(j)), dir.next(), Grain.YEAR, "season");
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        int start = s.entry().number();
        int direction = Integer.parseInt(dir.entry().value());
        if (direction > 0 && (ref.getMonthValue() == start || ref.getMonthValue() == start % 12 + 1)) {
            direction = 0; // in the first two months the coming season is the one about to start (الموسم المقبل in August)
        }
        int y = (ref.getMonthValue() >= start ? ref.getYear() : ref.getYear() - 1) + direction;
        f.value = new Value(Point.of(LocalDate.of(y, 1, 1), Grain.YEAR), Point.of(LocalDate.of(y + 1, 1, 1), Grain.YEAR));
        return f;
    }

    /** العام after a definite noun is the adjective "general": الأمين العام الحالي، المؤتمر العام المقبل. */
    private boolean isAdjectivalUse(int j) {
        return find(j - 1, Kind.GENERAL_NOUN) != null && t.get(j).text().equals("العام");
    }

    /** The grain of a calendar unit of the lexicon (day … century), or null for a unit of the clock. */
    static Grain grainOfUnit(String unit) {
        return switch (unit) {
            case "day" -> Grain.DAY;
            case "week" -> Grain.WEEK;
            case "month" -> Grain.MONTH;
            case "year" -> Grain.YEAR;
            case "decade" -> Grain.DECADE;
            case "century" -> Grain.CENTURY;
            default -> null;
        };
    }
}
