package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.Clitics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Times of day (الساعة العاشرة صباحًا، 14:30 بتوقيت غرينتش، الثالثة إلا ربعًا) and the day they fall on.
 */
final class TimesOfDay extends Rules {
    /** الأولى: "the first" (الجلسة الأولى مساء أمس، ضمت الأولى المغرب); one o'clock is الواحدة, so alone it is no hour. */
    private static final String FIRST = "الاولي";

    private final RelativeDates relative;
    private final CalendarDates calendar;

    TimesOfDay(Cursor cursor, RelativeDates relative, CalendarDates calendar) {
        super(cursor);
        this.relative = relative;
        this.calendar = calendar;
    }

    /** A time of day, then possibly its day (الساعة الثامنة مساء الخميس). */
    DateSpan clockDate(int j) {
        Clock c = clock(j);
        if (c == null) {
            return null;
        }
        DateSpan day = null;
        int k = c.next;
        Match from = find(k, Kind.FROM, "from");
        if (from != null && from.prefix() == 0) {
            k = from.next();
        }
        Match prefix = find(k, Kind.DAY_PREFIX);
        DateSpan after = relative.date(prefix != null ? prefix.next() : k);
        if (after == null) {
            after = calendar.date(prefix != null ? prefix.next() : k, false);
        }
        if (after != null && after.dayBased) {
            day = after;
            if (prefix != null && c.daypart == null) {
                c.daypart = prefix.entry().value();
            }
        }
        DateSpan f = timeOn(day, c);
        if (f == null) {
            return null;
        }
        f.first = j;
        f.start = c.start;
        f.next = day != null ? day.next : c.next;
        return f;
    }

    static Point moveTo(Point p, LocalDate d) {
        return new Point(LocalDateTime.of(d, p.start().toLocalTime()), p.grain(), p.zone());
    }

    /** The time {@code c} on the day {@code day} (or on the reference day when null). */
    DateSpan timeOn(DateSpan day, Clock c) {
        Grain grain = c.hasSecond ? Grain.SECOND : c.hasMinute ? Grain.MINUTE : Grain.HOUR;
        DateSpan f = new DateSpan(c.first, c.start, c.next, grain, "time");
        f.hijri = day != null && day.hijri;
        LocalDate d;
        if (day != null) {
            if (day.value == null) {
                f.unresolved = true;
                return f;
            }
            d = day.value.from().date();
        } else if (ref == null) {
            f.unresolved = true;
            return f;
        } else {
            d = ref;
        }
        LocalTime time = toLocalTime(c);
        if (time == null) {
            return null;
        }
        f.value = new Value(new Point(LocalDateTime.of(d, time), f.grain, c.zone), null);
        return f;
    }

    private LocalTime toLocalTime(Clock c) {
        int h = c.hour;
        int minute = c.minute;
        if (h > 24 || minute > 59 || c.second > 59) {
            return null;
        }
        if (c.daypart != null) {
            switch (c.daypart) {
                case "pm" -> h = h < 12 ? h + 12 : h;
                case "noon" -> h = h <= 6 ? h + 12 : h;
                default -> {
                }
            }
        } else if (reading.isDuckling() && h >= 1 && h <= 12 && reading.now() != null) {
            // Duckling: the next such hour after now
            LocalTime am = LocalTime.of(h % 12, minute);
            if (am.isBefore(reading.now()) && h < 12) {
                h += 12;
            }
        }
        if (h == 24) {
            h = 0;
        }
        int total = h * 60 + minute;
        total = Math.floorMod(total, 24 * 60);
        return LocalTime.of(total / 60, total % 60, c.second);
    }

    /**
     * A time of day at j: [الساعة] (14:30 | 3 | الثالثة | ثلاثة) [و 18 دقيقة | وربع | ونصف | وثلث] [إلا ربع]
     * [صباحًا…] [بتوقيت غرينتش]. Without الساعة, only hh:mm or an hour word followed by minutes or a part of the day.
     */
    Clock clock(int j) {
        if (j >= n) {
            return null;
        }
        Clock c = new Clock();
        c.first = j;
        Match hw = find(j, Kind.HOUR_WORD);
        int k = hw != null ? hw.next() : j;
        c.start = hw != null ? startOf(hw, t.get(j)) : t.get(j).start();
        k = isNumber(k) ? digitHour(k, c, hw) : wordHour(k, c, hw);
        if (k < 0) {
            return null;
        }
        boolean colon = c.hasMinute; // only hh:mm gives minutes with the hour
        int afterHour = k;
        if (!colon) {
            k = minutes(k, c);
        }
        k = minutesLess(k, c);
        Match part = find(k, Kind.DAYPART);
        if (part != null) {
            c.daypart = part.entry().value();
            k = part.next();
        }
        Match zone = find(k, Kind.TIMEZONE);
        if (zone != null) {
            c.zone = ZoneOffset.of(zone.entry().value());
            k = zone.next();
        }
        boolean more = k != afterHour;
        if (hw == null && !colon && !more) {
            return null;
        }
        if (hw == null && !colon && find(j, Kind.ORDINAL) != null && !(part != null || c.hasMinute)) {
            return null;
        }
        c.next = k;
        return c;
    }

    /** The hour in digits at k (14:30[:05], or 3 after الساعة) into c; the token after it, or -1. */
    private int digitHour(int k, Clock c, Match hw) {
        int h = num(k);
        if (touches(k) && isPunct(k + 1, ":") && touches(k + 1) && isNumber(k + 2)
                && t.get(k + 2).text().length() == 2) {
            c.hour = h;
            c.minute = num(k + 2);
            c.hasMinute = true;
            k += 3;
            if (touches(k - 1) && isPunct(k, ":") && touches(k) && isNumber(k + 1) && t.get(k + 1).text().length() == 2) {
                c.second = num(k + 1);
                c.hasSecond = true;
                k += 2;
            }
        } else if (hw != null && t.get(k).text().length() <= 2 && !(touches(k) && k + 1 < n && !t.get(k + 1).isWord())) {
            c.hour = h;
            k++;
        } else {
            return -1;
        }
        if (t.get(k - 1).text().length() > 2 || c.hour > 24) {
            return -1;
        }
        return k;
    }

    /** The hour in words at k (الثالثة, or ثلاثة after الساعة) into c; the token after it, or -1. */
    private int wordHour(int k, Clock c, Match hw) {
        Match ord = find(k, Kind.ORDINAL);
        DateNumbers.Num word = ord == null && hw != null ? numbers.read(t, k) : null;
        if (ord != null && ord.entry().number() <= 12 && ord.entry().is("feminine") && ord.prefix() == 0
                && !(hw == null && t.get(k).text().equals(FIRST))) {
            c.hour = ord.entry().number();
            if (hw == null) {
                c.start = t.get(k).start();
            }
            return ord.next();
        }
        if (word != null && word.words() && word.intValue() >= 1 && word.intValue() <= 12) {
            c.hour = word.intValue();
            return word.next();
        }
        return -1;
    }

    /** Minutes after the hour at k: و 18 دقيقة، وربع، ونصف، وثلث، و15; the token after them (k when none). */
    private int minutes(int k, Clock c) {
        Match and = find(k, Kind.TO, "and");
        Match fraction = find(k, Kind.FRACTION);
        Match fr = fraction != null && fraction.prefix() == 1 ? fraction
                : and != null ? find(and.next(), Kind.FRACTION) : null;
        DateNumbers.Num mins = fr != null ? null : and != null ? numbers.read(t, and.next()) : minutesWithAnd(k);
        if (fr != null) {
            c.minute = fractionMinutes(fr);
            c.hasMinute = true;
            return fr.next();
        }
        if (mins != null && mins.intValue() >= 0 && mins.intValue() < 60) {
            c.minute = mins.intValue();
            c.hasMinute = true;
            return afterMinuteUnit(mins.next());
        }
        return k;
    }

    /** إلا ربع، إلا 10 دقائق at k: the minutes taken off the time; the token after them (k when none). */
    private int minutesLess(int k, Clock c) {
        Match minus = find(k, Kind.MINUS);
        if (minus == null) {
            return k;
        }
        Match fr = find(minus.next(), Kind.FRACTION);
        DateNumbers.Num mins = numbers.read(t, minus.next());
        int less = -1;
        int after = -1;
        if (fr != null) {
            less = fractionMinutes(fr);
            after = fr.next();
        } else if (mins != null && mins.intValue() > 0 && mins.intValue() < 60) {
            less = mins.intValue();
            after = afterMinuteUnit(mins.next());
        }
        if (less <= 0) {
            return k;
        }
        int total = c.hour * 60 + c.minute - less;
        c.hour = Math.floorDiv(total, 60);
        c.minute = Math.floorMod(total, 60);
        c.hasMinute = true;
        return after;
    }

    /** وثمانية عشر: minutes in words that carry the و (و18 is two tokens, read after the word و). */
    private DateNumbers.Num minutesWithAnd(int k) {
        DateNumbers.Num mins = k < n && Clitics.startsWithAnd(t.get(k).text()) ? numbers.read(t, k) : null;
        return mins != null && mins.words() && mins.start() > t.get(k).start() ? mins : null;
    }

    /** Past an optional دقيقة after minutes at k. */
    private int afterMinuteUnit(int k) {
        Match unit = find(k, Kind.UNIT);
        return unit != null && unit.entry().value().startsWith("minute") ? unit.next() : k;
    }

    private static int fractionMinutes(Match fraction) {
        return switch (fraction.entry().value()) {
            case "1/4" -> 15;
            case "1/3" -> 20;
            default -> 30;
        };
    }

    DateSpan clockRange(int j, int start, Clock a, Clock b) {
        DateSpan x = timeOn(null, a);
        DateSpan y = timeOn(null, b);
        if (x == null || y == null) {
            return null;
        }
        DateSpan f = new DateSpan(j, start, b.next, x.grain, "time-range");
        if (x.unresolved || y.unresolved) {
            f.unresolved = true;
            return f;
        }
        f.value = new Value(x.value.from(), y.value.from());
        return f;
    }
}
