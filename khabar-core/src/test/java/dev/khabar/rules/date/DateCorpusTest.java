package dev.khabar.rules.date;

import dev.khabar.DateMention;
import dev.khabar.Ratchet;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Khabar's own date and duration corpus (testdata/dates/corpus.tsv, written by hand), loaded at run time. A positive
 * line passes when the sentence yields exactly one date or duration, of the stated kind, whose text is the bracketed
 * part and whose value is the stated one; a negative line when it yields none.
 */
class DateCorpusTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 7);

    @Test
    void handWrittenCorpus() throws IOException {
        Extractor extractor = Extractor.builder().stages(EnumSet.of(Stage.DATES)).build();
        List<String> failures = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        int positives = 0;
        int negatives = 0;
        int passed = 0;
        for (String line : Files.readAllLines(Path.of("testdata/dates/corpus.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String kind = cols[0];
            String value = cols[1];
            String marked = cols[2];
            int open = marked.indexOf('[');
            int close = marked.indexOf(']');
            String sentence = marked.replace("[", "").replace("]", "");
            String expectedText = open >= 0 ? marked.substring(open + 1, close) : null;
            Extraction e = extractor.extract(sentence, PUBLISHED);
            List<String> found = new ArrayList<>();
            e.dates().forEach(d -> found.add("date [" + d.text() + "] " + d.value()));
            e.durations().forEach(d -> found.add((d.age() ? "age [" : "duration [") + d.text() + "] " + d.value()));
            String problem;
            if (kind.equals("none")) {
                negatives++;
                problem = found.isEmpty() ? null : "expected nothing, found " + found;
            } else {
                positives++;
                problem = check(kind, value, expectedText, open, e, found);
            }
            if (problem == null) {
                passed++;
            } else {
                failures.add(sentence + " — " + problem);
                failing.add(kind + " " + sentence);
            }
        }
        int total = positives + negatives;
        System.out.printf(Locale.ROOT, "date corpus: %d of %d pass (%.1f%%): %d positive, %d negative%n", passed, total,
                100.0 * passed / total, positives, negatives);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(total >= 300, "the corpus should hold at least 300 phrases, has " + total);
        assertTrue(negatives >= 50, "the corpus should hold negative phrases, has " + negatives);
        assertTrue(passed >= Math.ceil(0.95 * total), passed + " of " + total + " pass, below 95%");
        Ratchet.check("dates-corpus", failing);
    }

    private static String check(String kind, String value, String text, int start, Extraction e, List<String> found) {
        if (found.size() != 1) {
            return "expected one " + kind + " [" + text + "] " + value + ", found " + found;
        }
        String gotText;
        String gotValue;
        int gotStart;
        if (kind.equals("date") && e.dates().size() == 1) {
            DateMention d = e.dates().get(0);
            gotText = d.text();
            gotValue = d.value();
            gotStart = d.start();
        } else if ((kind.equals("duration") || kind.equals("age")) && e.durations().size() == 1) {
            DurationMention d = e.durations().get(0);
            if (d.age() != kind.equals("age")) {
                return kind.equals("age") ? "expected an age, found a duration that is none" : "expected no age, found " + found + " read as an age";
            }
            gotText = d.text();
            gotValue = d.value();
            gotStart = d.start();
        } else {
            return "expected a " + kind + ", found " + found;
        }
        if (!gotText.equals(text) || gotStart != start) {
            return "expected the span [" + text + "], found " + found;
        }
        return value.equals(gotValue) ? null : "expected " + value + ", got " + gotValue;
    }
}
