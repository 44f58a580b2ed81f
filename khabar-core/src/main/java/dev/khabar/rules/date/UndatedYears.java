package dev.khabar.rules.date;

/** The year of a month or a day written without one, as news means it. */
final class UndatedYears extends Rules {
    UndatedYears(Cursor cursor) {
        super(cursor);
    }

    /**
     * The year of a month (and day) written without one (HeidelTime's news strategy): the direction word after it
     * (المقبل، الماضي), else the tense of its clause (سيعقد، من المقرر; كان), else the nearest such date to the
     * publication date, with a preference for the year of publication (a story that names a month without a year
     * mostly means one of its own year). Duckling's reading takes the next one. {@code first} is the date's
     * first token; the calendar is the one of the month (Gregorian or Hijri).
     */
    int year(int month, Integer day, int direction, int first, int refYear, int refMonth, int refDay) {
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
}
