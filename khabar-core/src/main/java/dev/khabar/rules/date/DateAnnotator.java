package dev.khabar.rules.date;

import dev.khabar.CalendarSystem;
import dev.khabar.DateMention;
import dev.khabar.DateModifier;
import dev.khabar.DateReading;
import dev.khabar.DurationMention;
import dev.khabar.Grain;
import dev.khabar.data.DataFile;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.MentionSink;
import dev.khabar.pipeline.Mentions;
import dev.khabar.pipeline.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds dates and durations. At each token it tries the date grammar ({@link DateParser}), then a duration, keeps
 * the longest expression and moves past it. Relative dates resolve against the document's publication date by the
 * {@link DateReading}. Built once (loads the vocabulary); {@link #annotate} is thread-safe and never throws.
 */
public final class DateAnnotator implements Annotator {
    private final Lexicon lexicon;
    private final DateNumbers numbers;
    private final DateReading reading;

    public DateAnnotator() {
        this(DateReading.NEWS);
    }

    /**
     * The month names of the date vocabulary (the first word of each name in {@code months.tsv}, normalized), for
     * the stages that must not read a month as something else: the count stage's {@code 8 أكتوبر} is no count of
     * أكتوبر even when the date stage does not run.
     */
    public static Set<String> monthNames() {
        Set<String> names = new HashSet<>();
        for (DataFile.Row row : DataFile.rows(DateAnnotator.class, "months.tsv", 2)) {
            names.add(row.word(0).split(" ")[0]);
        }
        return Set.copyOf(names);
    }

    public DateAnnotator(DateReading reading) {
        this.lexicon = new Lexicon();
        this.numbers = new DateNumbers();
        this.reading = reading;
    }

    /**
     * A Hijri date paired with its Gregorian one (الأحد 25 شوال 1436هـ الموافق 9 أغسطس 2015م) takes the Gregorian
     * value when they differ by a day or two: the writer's calendar followed the sighting of the moon.
     */
    private static void keepPairConsistent(List<DateMention> dates, int index, java.time.LocalDate gregorian) {
        DateMention h = dates.get(index);
        java.time.LocalDate hijri = java.time.LocalDate.parse(h.value());
        if (!hijri.equals(gregorian) && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(hijri, gregorian)) <= 2) {
            dates.set(index, new DateMention(h.text(), h.start(), h.end(), gregorian.toString(), h.grain(),
                    h.calendar(), h.modifier(), h.rule() + "+paired"));
        }
    }

    /**
     * Persian words fold onto Arabic ones in the normalized view (دقیقه → دقيقه); letters only Persian writes in the
     * original span show the text is not Arabic.
     */
    private static boolean isPersian(Document doc, int start, int end) {
        Span s = doc.span(start, end);
        for (int k = 0; k < s.text().length(); k++) {
            switch (s.text().charAt(k)) {
                case '\u06CC', // ARABIC LETTER FARSI YEH (of the original text)
                     '\u06A9', // ARABIC LETTER KEHEH (original text)
                     '\u06AF', // ARABIC LETTER GAF
                     '\u067E', // ARABIC LETTER PEH
                     '\u0686', // ARABIC LETTER TCHEH
                     '\u0698' -> { // ARABIC LETTER JEH
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    @Override
    public void annotate(Document doc, Mentions earlier, MentionSink out) {
        List<DateMention> dates = new ArrayList<>(); // given to out at the end: a paired Hijri date may still change
        DateParser p = new DateParser(lexicon, numbers, doc.tokens(), doc.publicationDate(), reading);
        int n = p.size();
        int i = 0;
        int hijriDay = -1; // index in dates of the last Hijri day, while a paired Gregorian date may follow
        int hijriNext = -1;
        while (i < n) {
            DateSpan f;
            Dur d = null;
            try {
                f = p.date(i);
                if (f == null) {
                    d = p.duration(i, p.cuedAt(i) || p.afterMoreOrLess(i));
                }
            } catch (RuntimeException e) {
                // a rule met a case it did not foresee: skip this token rather than fail the document
                f = null;
                d = null;
            }
            if (f != null && isPersian(doc, f.start, f.end(doc.tokens()))
                    || d != null && isPersian(doc, d.start(), p.token(d.next() - 1).end())) {
                i = Math.max(f != null ? f.next : d.next(), i + 1);
            } else if (f != null) {
                Span s = doc.span(f.start, f.end(doc.tokens()));
                String value = f.value == null ? null : f.value.iso();
                if (hijriDay >= 0 && !f.hijri && f.grain == Grain.DAY && value != null && p.isPaired(hijriNext, f.first)) {
                    keepPairConsistent(dates, hijriDay, f.value.from().date());
                }
                hijriDay = f.hijri && f.grain == Grain.DAY && value != null ? dates.size() : -1;
                hijriNext = f.next;
                dates.add(new DateMention(s.text(), s.start(), s.end(), value, f.grain,
                        f.hijri ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN,
                        f.modifier == null ? null : DateModifier.fromJsonName(f.modifier), f.rule));
                p.anchor(f);
                i = Math.max(f.next, i + 1);
            } else if (d != null) {
                // (39 عامًا), البالغ من العمر 39 عامًا: an age, reported as a duration that says so
                boolean age = d.rule().equals("age") || p.isAge(d);
                Span s = doc.span(d.start(), p.token(d.next() - 1).end());
                out.add(new DurationMention(s.text(), s.start(), s.end(), IsoDuration.of(d.amount(), d.unit()), age,
                        age ? "age" : d.rule()));
                i = Math.max(d.next(), i + 1);
            } else {
                i++;
            }
        }
        dates.forEach(out::add);
    }
}
