package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.WordForms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates relative to the publication date: أمس، الأسبوع المقبل، السنوات الخمس الماضية، الأحد الماضي، قبل يومين.
 */
final class RelativeDates extends Rules {
    private static final String APPROXIMATELY = "approximately";
    private final Durations durations;

    RelativeDates(Cursor cursor, Durations durations) {
        super(cursor);
        this.durations = durations;
    }

    /** The date relative to the publication date at j (a day, a unit, the last few units, tonight, a weekday), or null. */
    Found date(int j) {
        Match rel = find(j, Kind.DAY_REL);
        Match dayWord = find(j, Kind.DAY_WORD, "day");
        int relStart = rel == null ? -1 : startOf(rel, t.get(j));
        boolean afterDayWord = false;
        if (dayWord != null) {
            // يوم أمس، اليوم الذي بعد الغد، يوم قبل أمس، يوم أمس الجمعة
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
        if (rel != null && (afterDayWord || !rel.entry().is("weak"))) {
            int offset = Integer.parseInt(rel.entry().value());
            boolean today = offset == 0;
            if (today && !afterDayWord && find(j - 1, Kind.NAME_BEFORE_TODAY) != null) {
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
            } else if (today && find(next, Kind.SAME) != null && cursor.sameAs(j, Grain.DAY) != null) {
                // في اليوم نفسه: the day of the last date the document gave
                Found f = dayOffset(j, startOf(rel, t.get(j)), find(next, Kind.SAME).next(), 0);
                f.value = new Value(Point.of(cursor.sameAs(j, Grain.DAY).value.from().date(), Grain.DAY), null);
                f.rule = "relative-day+same";
                return f;
            } else if (today) {
                Match dir = find(next, Kind.DIRECTION);
                if (dir != null) {
                    int by = Integer.parseInt(dir.entry().value());
                    Point a = dir.entry().is("anchored") ? cursor.anchorFor(j, Grain.DAY) : null;
                    if (a != null) {
                        Found f = dayOffset(j, startOf(rel, t.get(j)), dir.next(), 0); // اليوم التالي of a date
                        f.value = new Value(Point.of(a.date().plusDays(by), Grain.DAY), null);
                        f.rule = "relative-day+anchored";
                        return f;
                    }
                    return dayOffset(j, startOf(rel, t.get(j)), dir.next(), by);
                }
                if (next < n && t.get(next).isWord() && WordForms.isDefinite(t.get(next).text()) && at(next).isEmpty()
                        && (t.get(next).text().endsWith("ي") || t.get(next).text().endsWith("يه"))) {
                    return null; // اليوم الوطني، اليوم العالمي: a day, not today (تبدأ اليوم البروفات is today)
                }
                if (find(next, Kind.ORDINAL) != null || find(next, Kind.LAST) != null) {
                    return null; // اليوم الأول من …: a day of something
                }
            }
            Found f = dayOffset(j, relStart, next, offset);
            if (named != null && f.value != null) {
                // غدا الأحد written on a Thursday: the weekday named wins
                DayOfWeek dow = DayOfWeek.of(named.entry().number());
                LocalDate d = f.value.from().date();
                if (d.getDayOfWeek() != dow) {
                    // the nearest such weekday: the story was often written the day before its publication date
                    LocalDate after = d.with(TemporalAdjusters.next(dow));
                    LocalDate before = d.with(TemporalAdjusters.previous(dow));
                    d = java.time.temporal.ChronoUnit.DAYS.between(before, d)
                            < java.time.temporal.ChronoUnit.DAYS.between(d, after) ? before : after;
                    f.value = new Value(Point.of(d, Grain.DAY), null);
                    f.rule = "relative-day+weekday";
                }
            }
            return f;
        }
        Found unit = relativeUnit(j);
        if (unit != null) {
            return unit;
        }
        Found season = season(j);
        if (season != null) {
            return season;
        }
        Found last = lastUnits(j);
        if (last != null) {
            return last;
        }
        Match tonight = find(j, Kind.TONIGHT);
        if (tonight != null && !(j > 0 && t.get(j - 1).is("في") && tonight.prefix() == 0)) { // في الليلة: per night
            int next = tonight.next();
            Match dir = find(next, Kind.DIRECTION);
            int offset = 0;
            if (dir != null) {
                offset = Integer.parseInt(dir.entry().value());
                next = dir.next();
            }
            if (dir != null) {
                // الليلة الماضية: the night of a day named by its direction is that day, as مساء أمس is
                return dayOffset(j, startOf(tonight, t.get(j)), next, offset);
            }
            Found night = new Found(j, startOf(tonight, t.get(j)), next, Grain.HOUR, "tonight");
            if (ref == null) {
                night.unresolved = true;
                return night;
            }
            LocalDate d = ref.plusDays(offset);
            night.value = new Value(new Point(d.atTime(18, 0), Grain.HOUR, null), new Point(d.atTime(23, 0), Grain.HOUR, null));
            return night;
        }
        return weekday(j);
    }

    /**
     * A season by its direction: الموسم الحالي، الموسم الكروي المقبل، العام الدراسي الماضي. A season that starts in
     * month m (the entry's value) and runs into the next year is Y/Y+1, the current one the last that began.
     */
    private Found season(int j) {
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
        Found f = new Found(j, startOf(s, t.get(j)), dir.next(), Grain.YEAR, "season");
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        int y = (ref.getMonthValue() >= s.entry().number() ? ref.getYear() : ref.getYear() - 1)
                + Integer.parseInt(dir.entry().value());
        f.value = new Value(Point.of(LocalDate.of(y, 1, 1), Grain.YEAR), Point.of(LocalDate.of(y + 1, 1, 1), Grain.YEAR));
        return f;
    }

    private Found dayOffset(int first, int start, int next, int offset) {
        Found f = new Found(first, start, next);
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

    /** الأسبوع المقبل، العام الماضي، هذا الشهر، السنة الجارية, and a weekday of such a week. */
    private Found relativeUnit(int j) {
        if (j >= n) {
            return null;
        }
        Match th = find(j, Kind.THIS);
        int k = th != null ? th.next() : j;
        Match unit = find(k, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || !unit.entry().value().endsWith(":1")) {
            return null;
        }
        int offset;
        int next;
        Match same = th == null ? find(unit.next(), Kind.SAME) : null;
        if (same != null) {
            return sameUnit(j, unit, same);
        }
        if (th != null) {
            offset = 0;
            next = unit.next();
        } else {
            Match dir = find(unit.next(), Kind.DIRECTION);
            if (dir == null) {
                return null;
            }
            if (j > 0 && isAdjectivalUse(j)) {
                return null;
            }
            offset = Integer.parseInt(dir.entry().value());
            next = dir.next();
        }
        String u = unit.entry().value().substring(0, unit.entry().value().indexOf(':'));
        Found f = new Found(j, th != null ? startOf(th, t.get(j)) : startOf(unit, t.get(j)), next);
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
        if (th == null && find(unit.next(), Kind.DIRECTION).entry().is("anchored")) {
            Point a = cursor.anchorFor(j, g); // الشهر الذي سبقه، العام التالي: next to the date before it
            if (a != null) {
                base = a.date();
                f.rule = f.rule + "+anchored";
            }
        }
        LocalDate d = switch (g) {
            case DAY -> base.plusDays(offset);
            case WEEK -> base.plusWeeks(offset).with(DayOfWeek.MONDAY);
            case MONTH -> base.withDayOfMonth(1).plusMonths(offset);
            case YEAR -> base.withDayOfYear(1).plusYears(offset);
            case DECADE -> LocalDate.of(Math.floorDiv(base.getYear(), 10) * 10 + 10 * offset, 1, 1);
            default -> LocalDate.of(Math.floorDiv(base.getYear(), 100) * 100 + 100 * offset, 1, 1);
        };
        f.value = new Value(Point.of(d, g), null);
        return f;
    }

    /**
     * العام نفسه، الأسبوع ذاته: the unit of the last date the document gave at that grain or finer; null when it gave
     * none (the month is read by {@link CalendarDates}, in the calendar of its date).
     */
    private Found sameUnit(int j, Match unit, Match same) {
        String u = unit.entry().value().substring(0, unit.entry().value().indexOf(':'));
        Grain g = grainOfUnit(u);
        Found a = g == null || g.compareTo(Grain.YEAR) > 0 ? null : cursor.sameAs(j, g);
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
        Found f = new Found(j, startOf(unit, t.get(j)), same.next(), g, "relative-" + u + "+same");
        f.dayBased = g == Grain.DAY;
        f.value = new Value(Point.of(start, g), null);
        return f;
    }

    /** The last or next few units: الأسابيع الثلاثة القادمة، السنوات الخمس الماضية, as a range of whole units. */
    private Found lastUnits(int j) {
        Match unit = find(j, Kind.UNIT);
        if (unit == null || !unit.entry().is("definite") || !unit.entry().value().endsWith(":0")) {
            return null;
        }
        DateNumbers.Num count = unit.next() < n ? numbers.readDefinite(t, unit.next()) : null;
        if (count == null && unit.next() < n) {
            count = numbers.read(t, unit.next());
        }
        if (count == null || count.intValue() < 2 || count.intValue() > 100) {
            return null;
        }
        Match dir = find(count.next(), Kind.DIRECTION);
        if (dir == null || dir.entry().value().equals("0")) {
            return null;
        }
        String u = Durations.unitOf(unit);
        Grain g = grainOfUnit(u);
        if (g == null || g.compareTo(Grain.YEAR) > 0) {
            return null;
        }
        Found f = new Found(j, startOf(unit, t.get(j)), dir.next(), g, "last-units");
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        int k = count.intValue();
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

    /** العام after a definite noun is the adjective "general": الأمين العام الحالي، المؤتمر العام المقبل. */
    private boolean isAdjectivalUse(int j) {
        return find(j - 1, Kind.GENERAL_NOUN) != null && t.get(j).text().equals("العام");
    }

    /** A weekday: bare, with a direction, or in a week (الأحد الماضي، احد الأسبوع الماضي، الاثنين من هذا الأسبوع). */
    private Found weekday(int j) {
        if (j >= n) {
            return null;
        }
        Match th = find(j, Kind.THIS);
        if (th != null) {
            Match wd = findStrong(th.next(), Kind.WEEKDAY);
            if (wd == null) {
                return null;
            }
            Found f = weekday(th.next());
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
        int day = wd.entry().number();
        int next = wd.next();
        Found f = new Found();
        f.first = j;
        f.start = k != j ? startOf(dayWord, t.get(j)) : startOf(wd, t.get(j));
        f.grain = Grain.DAY;
        f.dayBased = true;
        f.rule = "weekday";
        // in a given week
        int w = next;
        Match from = find(w, Kind.FROM, "from");
        if (from != null && from.prefix() == 0) {
            w = from.next();
        }
        Found week = relativeUnit(w);
        if (week != null && week.grain == Grain.WEEK) {
            f.next = week.next;
            f.rule = "weekday-of-week";
            if (week.value != null) {
                f.value = new Value(Point.of(week.value.from().date().with(DayOfWeek.of(day)), Grain.DAY), null);
            } else {
                f.unresolved = true;
            }
            return f;
        }
        if (wd.entry().is("weak") && k == j) {
            return null;
        }
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
        boolean ahead = direction == Integer.MIN_VALUE && !reading.isDuckling() && pointsAhead(f.first);
        if (direction == Integer.MIN_VALUE && reading.isDuckling()) {
            direction = 1;
        }
        DayOfWeek dow = DayOfWeek.of(day);
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

    /** A future-tense clause (سيعقد، ستنطلق، سوف، من المقرر): a bare weekday then means the next one. */
    private boolean pointsAhead(int j) {
        return cursor.tense(j) > 0;
    }

    /** قبل يومين، منذ 3 أيام، بعد ثلاثة أشهر: a length of time before or after the publication date. */
    Found ago(Match mod, int j) {
        String m = mod.entry().value();
        if (!m.equals("before") && !m.equals("after") && !m.equals("since")) {
            return null;
        }
        Match about = find(mod.next(), Kind.PREP, APPROXIMATELY);
        Dur d = durations.duration(about != null && about.prefix() == 0 ? about.next() : mod.next(), true);
        if (d == null) {
            return null;
        }
        if (d.next() < n && (t.get(d.next()).is("من") || t.get(d.next()).is("علي"))) {
            return null; // بعد عام من الحرب: after another event, not after the publication date
        }
        Match before = find(j - 1, Kind.UNIT);
        if (before != null && before.next() == j && Durations.unitOf(before).equals(d.unit())) {
            return null; // عاما بعد عام، يوما بعد يوم: year after year
        }
        Found f = new Found(j, startOf(mod, t.get(j)), d.next());
        f.rule = "ago";
        f.modifier = m.equals("since") ? "since" : null;
        Grain g = switch (d.unit()) {
            case "month" -> Grain.MONTH;
            case "year", "decade", "century" -> Grain.YEAR;
            default -> Grain.DAY;
        };
        f.grain = g;
        f.dayBased = g == Grain.DAY;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        if (d.amount().stripTrailingZeros().scale() > 0 || d.amount().compareTo(java.math.BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        long a = d.amount().longValue() * (m.equals("after") ? 1 : -1);
        LocalDate base = ref;
        Point anchor = m.equals("after") ? cursor.anchorFor(j, g) : null;
        if (anchor != null) {
            base = anchor.date(); // عام 1990 ... وبعد خمس سنوات: after that date, not after the publication date
            f.rule = "ago+anchored";
        }
        LocalDate x = switch (d.unit()) {
            case "second", "minute", "hour" -> base;
            case "day" -> base.plusDays(a);
            case "week" -> base.plusWeeks(a);
            case "month" -> base.withDayOfMonth(1).plusMonths(a);
            case "year" -> base.withDayOfYear(1).plusYears(a);
            case "decade" -> base.withDayOfYear(1).plusYears(10 * a);
            default -> base.withDayOfYear(1).plusYears(100 * a);
        };
        f.value = new Value(Point.of(x, g), null);
        return f;
    }

    /** The grain of a calendar unit of the lexicon (day … century), or null for a unit of the clock. */
    private static Grain grainOfUnit(String unit) {
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
