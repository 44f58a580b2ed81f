package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.WordForms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Days named by their distance from the publication date: أمس، اليوم، غدا، بعد غد، يوم أمس الجمعة، اليوم التالي,
 * and tonight (الليلة، الليلة الماضية).
 */
final class RelativeDays extends Rules {
    /** A day word read at a token, where its mention starts, and whether يوم came before it (يوم أمس). */
    private record DayWord(Match rel, int start, boolean afterDayWord) {
    }

    RelativeDays(Cursor cursor) {
        super(cursor);
    }

    /** Whether a day word starts at j: then {@link #date} decides, and no other relative date is tried there. */
    boolean startsAt(int j) {
        return dayWord(j) != null;
    }

    /** The day relative to the publication date at j, or null. */
    DateSpan date(int j) {
        DayWord w = dayWord(j);
        if (w == null) {
            return null;
        }
        Match rel = w.rel();
        int offset = Integer.parseInt(rel.entry().value());
        boolean today = offset == 0;
        if (today && !w.afterDayWord() && find(j - 1, Kind.NAME_BEFORE_TODAY) != null) {
            return null; // عين اليوم، روسيا اليوم: names of newspapers and channels
        }
        int next = rel.next();
        Match wd = findStrong(next, Kind.WEEKDAY);
        Match inParens = isPunct(next, "(") ? findStrong(next + 1, Kind.WEEKDAY) : null;
        Match named = wd != null ? wd : inParens != null && isPunct(inParens.next(), ")") ? inParens : null;
        if (wd != null) {
            next = wd.next(); // اليوم السبت، أمس الجمعة
        } else if (named != null) {
            next = inParens.next() + 1; // أمس (الجمعة)
        } else if (today) {
            DateSpan phrase = todayPhrase(j, rel, next);
            if (phrase != null) {
                return phrase;
            }
            if (notToday(next)) {
                return null;
            }
        }
        DateSpan f = dayOffset(j, w.start(), next, offset);
        if (named != null && f.value != null) {
            namedWeekday(f, named);
        }
        return f;
    }

    /** The day word at j, or after يوم (يوم أمس، اليوم الذي بعد الغد، يوم قبل أمس); null when none, or a weak one alone. */
    private DayWord dayWord(int j) {
        Match rel = find(j, Kind.DAY_REL);
        Match dayWord = find(j, Kind.DAY_WORD, "day");
        int relStart = rel == null ? -1 : startOf(rel, t.get(j));
        boolean afterDayWord = false;
        if (dayWord != null) {
            int k = dayWord.next();
            Match which = find(k, Kind.WHICH);
            Match after = find(which != null ? which.next() : k, Kind.DAY_REL);
            if (after != null && after.prefix() == 0 && (rel == null || after.next() > rel.next())
                    && !after.entry().value().equals("0")) {
                rel = after;
                relStart = startOf(dayWord, t.get(j));
                afterDayWord = true;
            }
        }
        if (rel == null || !afterDayWord && rel.entry().is("weak")) {
            return null;
        }
        return new DayWord(rel, relStart, afterDayWord);
    }

    /** اليوم نفسه (the day of the last date given), اليوم التالي (of a date before it or of today); else null. */
    private DateSpan todayPhrase(int j, Match rel, int next) {
        if (find(next, Kind.SAME) != null && cursor.found.sameAs(j, Grain.DAY) != null) {
            DateSpan f = dayOffset(j, startOf(rel, t.get(j)), find(next, Kind.SAME).next(), 0);
            f.value = new Value(Point.of(cursor.found.sameAs(j, Grain.DAY).value.from().date(), Grain.DAY), null);
            f.rule = "relative-day+same";
            return f;
        }
        Match dir = find(next, Kind.DIRECTION);
        if (dir == null) {
            return null;
        }
        int by = Integer.parseInt(dir.entry().value());
        Point a = dir.entry().is("anchored") ? cursor.found.anchorFor(j, Grain.DAY) : null;
        if (a != null) {
            DateSpan f = dayOffset(j, startOf(rel, t.get(j)), dir.next(), 0); // اليوم التالي of a date
            f.value = new Value(Point.of(a.date().plusDays(by), Grain.DAY), null);
            f.rule = "relative-day+anchored";
            return f;
        }
        return dayOffset(j, startOf(rel, t.get(j)), dir.next(), by);
    }

    /** Whether اليوم before token next names a day of something, not today (اليوم الوطني، اليوم الأول من …). */
    private boolean notToday(int next) {
        if (next < n && t.get(next).isWord() && WordForms.isDefinite(t.get(next).text()) && at(next).isEmpty()
                && (t.get(next).text().endsWith("ي") || t.get(next).text().endsWith("يه"))) {
            return true; // اليوم الوطني، اليوم العالمي: a day, not today (تبدأ اليوم البروفات is today)
        }
        return find(next, Kind.ORDINAL) != null || find(next, Kind.LAST) != null;
    }

    /** غدا الأحد written on a Thursday: the weekday named wins, the nearest such day to the one counted. */
    private static void namedWeekday(DateSpan f, Match named) {
        DayOfWeek dow = DayOfWeek.of(named.entry().number());
        LocalDate d = f.value.from().date();
        if (d.getDayOfWeek() != dow) {
            // the nearest such weekday: the story was often written the day before its publication date
            LocalDate after = d.with(TemporalAdjusters.next(dow));
            LocalDate before = d.with(TemporalAdjusters.previous(dow));
            d = ChronoUnit.DAYS.between(before, d) < ChronoUnit.DAYS.between(d, after) ? before : after;
            f.value = new Value(Point.of(d, Grain.DAY), null);
            f.rule = "relative-day+weekday";
        }
    }

    /** الليلة، الليلة الماضية: tonight (18:00–23:00 of the publication date), or the night of a day by direction. */
    DateSpan tonight(int j) {
        Match tonight = find(j, Kind.TONIGHT);
        if (tonight == null || j > 0 && t.get(j - 1).is("في") && tonight.prefix() == 0) { // في الليلة: per night
            return null;
        }
        int next = tonight.next();
        Match dir = find(next, Kind.DIRECTION);
        if (dir != null) {
            // الليلة الماضية: the night of a day named by its direction is that day, as مساء أمس is
            return dayOffset(j, startOf(tonight, t.get(j)), dir.next(), Integer.parseInt(dir.entry().value()));
        }
        DateSpan night = new DateSpan(j, startOf(tonight, t.get(j)), next, Grain.HOUR, "tonight");
        if (ref == null) {
            night.unresolved = true;
            return night;
        }
        LocalDate d = ref;
        night.value = new Value(new Point(d.atTime(18, 0), Grain.HOUR, null), new Point(d.atTime(23, 0), Grain.HOUR, null));
        return night;
    }

    /** A day {@code offset} days from the publication date over tokens [first, next). */
    private DateSpan dayOffset(int first, int start, int next, int offset) {
        DateSpan f = new DateSpan(first, start, next);
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "relative-day";
        if (ref == null) {
            f.unresolved = true;
        } else {
            f.value = new Value(Point.of(ref.plusDays(offset), Grain.DAY), null);
        }
        return f;
    }
}
