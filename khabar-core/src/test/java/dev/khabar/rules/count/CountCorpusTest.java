package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.Extractor;
import dev.khabar.Ratchet;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written counts corpus (testdata/counts/corpus.tsv), loaded at run time: positive cases must give exactly
 * the expected counts (span, value, unit, qualifier), negative cases no count at all. Every failure is printed.
 */
class CountCorpusTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.COUNTS)).build();

    private static String describe(Count c) {
        String value = c.vague() ? "-" : c.upper() != null ? c.value().toPlainString() + ".." + c.upper().toPlainString()
                : c.value().toPlainString();
        return c.text() + "|" + value + "|" + (c.unit() == null ? "-" : c.unit()) + "|" + c.qualifier();
    }

    private static boolean matches(String expected, Count c) {
        String[] e = expected.split("\\|", -1);
        boolean unit = e.length == 4 && (e[2].equals("-") ? c.unit() == null : e[2].equals(c.unit()));
        if (e.length != 4 || !e[0].equals(c.text()) || !unit || !e[3].equals(c.qualifier().jsonName())) {
            return false;
        }
        if (e[1].equals("-")) {
            return c.vague() && c.value() == null;
        }
        String[] range = e[1].split("\\.\\.");
        if (range.length == 2) {
            return c.upper() != null && c.value().compareTo(new BigDecimal(range[0])) == 0
                    && c.upper().compareTo(new BigDecimal(range[1])) == 0;
        }
        return c.value() != null && c.upper() == null && c.value().compareTo(new BigDecimal(e[1])) == 0;
    }

    @Test
    void handWrittenCorpus() throws IOException {
        int positives = 0;
        int negatives = 0;
        List<String> failures = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("testdata/counts/corpus.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String text = columns[0];
            List<Count> found = EXTRACTOR.extract(text).counts();
            boolean ok = found.size() == columns.length - 1;
            for (int k = 1; ok && k < columns.length; k++) {
                ok = matches(columns[k], found.get(k - 1));
            }
            if (columns.length == 1) {
                negatives++;
            } else {
                positives++;
            }
            if (!ok) {
                List<String> expected = List.of(columns).subList(1, columns.length);
                failing.add(text);
                failures.add(text + "\n      expected " + expected + "\n      got      "
                        + found.stream().map(CountCorpusTest::describe).toList());
            }
        }
        int cases = positives + negatives;
        double rate = (cases - failures.size()) / (double) cases;
        System.out.printf("counts corpus: %d of %d pass (%.1f%%; %d positive, %d negative cases)%n",
                cases - failures.size(), cases, 100 * rate, positives, negatives);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(cases >= 300, "the corpus should hold at least 300 cases");
        assertTrue(negatives >= 60, "the corpus should hold negative cases");
        assertTrue(rate >= 0.95, "at least 95% of the corpus should pass");
        Ratchet.check("counts-corpus", failing);
    }
}
