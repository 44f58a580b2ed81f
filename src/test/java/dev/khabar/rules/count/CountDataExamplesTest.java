package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.rules.number.DataFile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every {@code # EXAMPLE:} of the count stage's data files gives what the file says. */
class CountDataExamplesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.COUNTS)).build();

    private static List<Count> counts(String text) {
        return EXTRACTOR.extract(text).counts();
    }

    private static List<List<String>> examples(String file) {
        List<List<String>> examples = DataFile.examples(CountAnnotator.class, file);
        assertTrue(examples.size() >= 2, file + " should hold examples");
        return examples;
    }

    private static void assertNoFailures(List<String> failures) {
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** One count over the whole example, with the value ("-" for vague) and unit of the example. */
    private static String oneCount(String text, String value, String unit) {
        List<Count> found = counts(text);
        if (found.size() != 1 || !found.get(0).text().equals(text)) {
            return text + ": expected one count over the whole text, got " + found;
        }
        Count c = found.get(0);
        boolean valueOk = value.equals("-") ? c.vague() && c.value() == null
                : c.value() != null && c.value().compareTo(new BigDecimal(value)) == 0;
        return valueOk && unit.equals(c.unit()) ? null : text + ": got " + c;
    }

    @Test
    void units() {
        List<String> failures = new ArrayList<>();
        for (List<String> e : examples("units.tsv")) {
            String problem = oneCount(e.get(0), e.get(1), e.get(2));
            if (problem != null) {
                failures.add(problem);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void currencies() {
        List<String> failures = new ArrayList<>();
        for (List<String> e : examples("currencies.tsv")) {
            String problem = oneCount(e.get(0), e.get(1), e.get(2));
            if (problem != null) {
                failures.add(problem);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void vagueQuantities() {
        List<String> failures = new ArrayList<>();
        for (List<String> e : examples("vague.tsv")) {
            String problem = oneCount(e.get(0), "-", e.get(1));
            if (problem != null) {
                failures.add(problem);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void qualifiers() {
        List<String> failures = new ArrayList<>();
        for (List<String> e : examples("qualifiers.tsv")) {
            List<Count> found = counts(e.get(0));
            if (found.size() != 1 || !found.get(0).text().equals(e.get(0))
                    || !found.get(0).qualifier().equals(e.get(1))) {
                failures.add(e.get(0) + ": expected " + e.get(1) + " over the whole text, got " + found);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void percentages() {
        List<String> failures = new ArrayList<>();
        for (List<String> e : examples("percent.tsv")) {
            List<Count> found = counts(e.get(0));
            if (found.size() != 1 || !found.get(0).text().equals(e.get(0)) || !"percent".equals(found.get(0).unit())) {
                failures.add(e.get(0) + ": got " + found);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void partsAreLinkedToTheirTotal() {
        List<String> failures = new ArrayList<>();
        for (List<String> e : examples("parts.tsv")) {
            List<Count> found = counts(e.get(0));
            boolean ok = found.size() >= 3 && found.get(0).partOf() == null;
            for (int k = 1; ok && k < found.size(); k++) {
                ok = Integer.valueOf(found.get(0).start()).equals(found.get(k).partOf());
            }
            if (!ok) {
                failures.add(e.get(0) + ": expected the later counts to be parts of the first, got " + found);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void labelsAndWordsThatAreNoUnitsGiveNoCount() {
        List<String> failures = new ArrayList<>();
        for (String file : List.of("labels.tsv", "not-units.tsv")) {
            for (List<String> e : examples(file)) {
                if (!counts(e.get(0)).isEmpty()) {
                    failures.add(file + ": " + e.get(0) + ": expected no count, got " + counts(e.get(0)));
                }
            }
        }
        assertNoFailures(failures);
    }
}
