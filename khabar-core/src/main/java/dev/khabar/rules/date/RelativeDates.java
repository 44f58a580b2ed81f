package dev.khabar.rules.date;

import dev.khabar.rules.date.Lexicon.Match;

/**
 * Dates relative to the publication date: أمس، الأسبوع المقبل، السنوات الخمس الماضية، الأحد الماضي، قبل يومين. This
 * class tries the families in order; each is read by its own class.
 */
final class RelativeDates extends Rules {
    private final RelativeDays days;
    private final RelativeUnits units;
    private final Weekdays weekdays;
    private final AgoDates ago;

    RelativeDates(Cursor cursor, Durations durations) {
        super(cursor);
        this.days = new RelativeDays(cursor);
        this.units = new RelativeUnits(cursor);
        this.weekdays = new Weekdays(cursor, units);
        this.ago = new AgoDates(cursor, durations);
    }

    /** The date relative to the publication date at j (a day, a unit, the last few units, tonight, a weekday), or null. */
    DateSpan date(int j) {
        if (days.startsAt(j)) {
            return days.date(j);
        }
        DateSpan unit = units.unit(j);
        if (unit != null) {
            return unit;
        }
        DateSpan season = units.season(j);
        if (season != null) {
            return season;
        }
        DateSpan last = units.lastUnits(j);
        if (last != null) {
            return last;
        }
        DateSpan tonight = days.tonight(j);
        if (tonight != null) {
            return tonight;
        }
        return weekdays.date(j);
    }

    /** قبل يومين، منذ 3 أيام، بعد ثلاثة أشهر (see {@link AgoDates}). */
    DateSpan ago(Match mod, int j) {
        return ago.date(mod, j);
    }
}
