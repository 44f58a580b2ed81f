package dev.khabar.rules.date;

import dev.khabar.Grain;
import dev.khabar.rules.date.Lexicon.Kind;
import dev.khabar.rules.date.Lexicon.Match;
import dev.khabar.tokenize.WordForms;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A length of time before or after the publication date (قبل يومين، بعد ثلاثة أشهر), or after a date given just
 * before it in the sentence (عام 1990 ... وبعد خمس سنوات). After منذ a length of months or more says how long
 * something has lasted, a duration (منذ ثلاثة عقود → P30Y, as the annotation policy reads it); days, weeks and hours
 * after منذ mostly date an event (وصل منذ يومين: two days ago).
 */
final class AgoDates extends Rules {
    private static final String APPROXIMATELY = "approximately";
    private final Durations durations;

    AgoDates(Cursor cursor, Durations durations) {
        super(cursor);
        this.durations = durations;
    }

    /** The date the modifier {@code mod} (قبل، بعد، منذ) at j and the length of time after it name, or null. */
    DateSpan date(Match mod, int j) {
        String m = mod.entry().value();
        if (!m.equals("before") && !m.equals("after") && !m.equals("since")) {
            return null;
        }
        Match about = find(mod.next(), Kind.PREP, APPROXIMATELY);
        Dur d = durations.duration(about != null && about.prefix() == 0 ? about.next() : mod.next(), true);
        if (d == null || t.get(d.first()).isWord() && WordForms.isDefinite(t.get(d.first()).text())) {
            return null; // بعد الثماني والأربعين ساعة الأولى، قبل الأشهر الستة: those hours of an event, no date
        }
        Grain g = switch (d.unit()) {
            case "month" -> Grain.MONTH;
            case "year", "decade", "century" -> Grain.YEAR;
            default -> Grain.DAY;
        };
        if (m.equals("since") && g != Grain.DAY) {
            return null; // منذ ثلاثة عقود، منذ خمسة أشهر: how long it has lasted (POLICY: P30Y), read by Durations
        }
        int next = d.next();
        boolean backReference = false;
        if (isWordWith(next, Cues.Role.AFTER_EVENT)) {
            // بعد عام من الحرب: after another event, not after the publication date; بعد خمس سنوات من ذلك: after
            // the date just given, when the sentence gave one
            backReference = !m.equals("since") && isWordWith(next + 1, Cues.Role.BACK_REFERENCE)
                    && cursor.found.anchorFor(j, g) != null;
            if (!backReference) {
                return null;
            }
            next += 2;
        }
        Match before = find(j - 1, Kind.UNIT);
        if (before != null && before.next() == j && Durations.unitOf(before).equals(d.unit())) {
            return null; // عاما بعد عام، يوما بعد يوم: year after year
        }
        DateSpan f = new DateSpan(j, startOf(mod, t.get(j)), next);
        f.rule = "ago";
        f.modifier = m.equals("since") ? "since" : null;
        f.grain = g;
        f.dayBased = g == Grain.DAY;
        if (ref == null) {
            f.unresolved = true;
            return f;
        }
        if (d.amount().stripTrailingZeros().scale() > 0 || d.amount().compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        long a = d.amount().longValue() * (m.equals("after") ? 1 : -1);
        LocalDate base = ref;
        Point anchor = m.equals("after") || backReference ? cursor.found.anchorFor(j, g) : null;
        if (anchor != null) {
            base = anchor.date(); // عام 1990 ... وبعد خمس سنوات: after that date, not after the publication date
            f.rule = "ago+anchored";
        }
        f.value = new Value(Point.of(moved(base, d.unit(), a), g), null);
        return f;
    }

    private boolean isWordWith(int i, Cues.Role role) {
        return i < n && t.get(i).isWord() && cursor.cues.is(t.get(i).text(), role);
    }

    /** The start of the unit {@code amount} units of {@code unit} from {@code base} (the day itself below a day). */
    private static LocalDate moved(LocalDate base, String unit, long amount) {
        return switch (unit) {
            case "second", "minute", "hour" -> base;
            case "day" -> base.plusDays(amount);
            case "week" -> base.plusWeeks(amount);
            case "month" -> base.withDayOfMonth(1).plusMonths(amount);
            case "year" -> base.withDayOfYear(1).plusYears(amount);
            case "decade" -> base.withDayOfYear(1).plusYears(10 * amount);
            default -> base.withDayOfYear(1).plusYears(100 * amount);
        };
    }
}
