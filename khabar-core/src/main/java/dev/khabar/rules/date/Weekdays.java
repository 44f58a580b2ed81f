package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.WordForms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A weekday: bare, with a direction, or in a week (الأحد الماضي، احد الأسبوع الماضي، الاثنين من هذا الأسبوع). */
final class Weekdays extends Rules {
    private final RelativeUnits units;

    Weekdays(Cursor cursor, RelativeUnits units) {
        super(cursor);
        this.units = units;
    }

    /** The weekday at j ([هذا] [يوم] weekday [من] [week | direction]), or null. */
    DateSpan date(int j) {
        if (j >= n) {
            return null;
        }
        Match th = find(j, Kind.THIS);
        if (th != null) {
            Match wd = findStrong(th.next(), Kind.WEEKDAY);
            if (wd == null) {
                return null;
            }
            DateSpan f = date(th.next());
            if (f != null) {
                f.first = j;
                f.start = startOf(th, t.get(j));
            }
            return f;
        }
        Match dayWord = find(j, Kind.DAY_WORD, "day");
        int k = dayWord != null && !WordForms.isDefinite(t.get(j).text()) ? dayWord.next() : j;
        Match wd = k != j ? find(k, Kind.WEEKDAY) : find(j, Kind.WEEKDAY);
        if (wd == null || k != j && wd.prefix() > 0) {
            return null; // يوم واحد is one day, not يوم + و + أحد
        }
        DateSpan f = new DateSpan();
        f.first = j;
        f.start = k != j ? startOf(dayWord, t.get(j)) : startOf(wd, t.get(j));
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "weekday";
        if (inWeek(f, wd)) {
            return f;
        }
        if (wd.entry().is("weak") && k == j) {
            return null;
        }
        return withDirection(f, wd);
    }

    /** A weekday of a week named after it (الاثنين من الأسبوع المقبل): fills f and returns true, else false. */
    private boolean inWeek(DateSpan f, Match wd) {
        int w = wd.next();
        Match from = find(w, Kind.FROM, "from");
        if (from != null && from.prefix() == 0) {
            w = from.next();
        }
        DateSpan week = units.unit(w);
        if (week == null || week.grain != Grain.WEEK) {
            return false;
        }
        f.next = week.next;
        f.rule = "weekday-of-week";
        if (week.value != null) {
            DayOfWeek day = DayOfWeek.of(wd.entry().number());
            f.value = new Value(Point.of(week.value.from().date().with(day), Grain.DAY), null);
        } else {
            f.unresolved = true;
        }
        return true;
    }

    /** A weekday with its direction (الأحد الماضي، الأربعاء بعد المقبل), or the tense of its clause. */
    private DateSpan withDirection(DateSpan f, Match wd) {
        int next = wd.next();
        Match dir = find(next, Kind.DIRECTION);
        int direction = Integer.MIN_VALUE;
        int weeks = 0;
        Match afterWord = dir == null ? find(next, Kind.MODIFIER, "after") : null;
        if (afterWord != null && afterWord.prefix() == 0 && find(afterWord.next(), Kind.DIRECTION) != null
                && find(afterWord.next(), Kind.DIRECTION).entry().value().equals("1")) {
            dir = find(afterWord.next(), Kind.DIRECTION); // الأربعاء بعد المقبل: the one after the next
            weeks = 1;
        }
        if (dir != null) {
            direction = Integer.parseInt(dir.entry().value());
            next = dir.next();
        }
        f.next = next;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        // a future-tense clause (سيعقد، ستنطلق، سوف، من المقرر): a bare weekday then means the next one
        boolean ahead = direction == Integer.MIN_VALUE && !reading.isDuckling() && cursor.tense(f.first) > 0;
        if (direction == Integer.MIN_VALUE && reading.isDuckling()) {
            direction = 1;
        }
        DayOfWeek dow = DayOfWeek.of(wd.entry().number());
        LocalDate d;
        if (ahead) {
            d = ref.with(TemporalAdjusters.nextOrSame(dow)); // سيعقد الخميس: today or the coming one
        } else if (direction == Integer.MIN_VALUE || direction == 0) {
            d = ref.with(TemporalAdjusters.previousOrSame(dow));
        } else if (direction < 0) {
            d = ref.with(TemporalAdjusters.previous(dow));
        } else {
            d = ref.with(TemporalAdjusters.next(dow)).plusWeeks(weeks);
        }
        f.value = new Value(Point.of(d, Grain.DAY), null);
        return f;
    }
}
