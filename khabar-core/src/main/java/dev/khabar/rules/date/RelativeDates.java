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
    Found date(int j) {
        if (days.startsAt(j)) {
            return days.date(j);
        }
        Found unit = units.unit(j);
        if (unit != null) {
            return unit;
        }
        Found season = units.season(j);
        if (season != null) {
            return season;
        }
        Found last = units.lastUnits(j);
        if (last != null) {
            return last;
        }
        Found tonight = days.tonight(j);
        if (tonight != null) {
            return tonight;
        }
        return weekdays.date(j);
    }

    /** قبل يومين، منذ 3 أيام، بعد ثلاثة أشهر (see {@link AgoDates}). */
    Found ago(Match mod, int j) {
        return ago.date(mod, j);
    }
}
