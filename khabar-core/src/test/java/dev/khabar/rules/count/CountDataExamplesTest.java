package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.UnitKind;
import dev.khabar.data.DataFile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every {@code # EXAMPLE:} of the count stage's data files gives what the file says. */
class CountDataExamplesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.COUNTS)).build();

    private static List<Count> counts(String text) {
        return EXTRACTOR.extract(text).counts();
    }

    /** Runs check on every example of the files (null when it passes) and fails with every problem printed. */
    private static void eachExample(Function<DataFile.Row, String> check, String... files) {
        List<String> failures = new ArrayList<>();
        for (String file : files) {
            List<DataFile.Row> examples = DataFile.examples(CountAnnotator.class, file);
            assertTrue(examples.size() >= 2, file + " should hold examples");
            for (DataFile.Row e : examples) {
                String problem = check.apply(e);
                if (problem != null) {
                    failures.add(file + ": " + problem);
                }
            }
        }
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * One count over the whole example, with the value ("-" for vague) and unit of the example, and that unit's kind
     * when {@code kind} is not null.
     */
    private static String oneCount(String text, String value, String unit, UnitKind kind) {
        List<Count> found = counts(text);
        if (found.size() != 1 || !found.get(0).text().equals(text)) {
            return text + ": expected one count over the whole text, got " + found;
        }
        Count c = found.get(0);
        boolean valueOk = value.equals("-") ? c.vague() && c.value() == null
                : c.value() != null && c.value().compareTo(new BigDecimal(value)) == 0;
        return valueOk && unit.equals(c.unit()) && (kind == null || kind == c.unitKind()) ? null
                : text + ": got " + c + (kind == null ? "" : ", expected a unit of kind " + kind);
    }

    /** One count somewhere in the example, with the value and unit of the example. */
    private static String countIn(String text, String value, String unit) {
        List<Count> found = counts(text);
        boolean ok = found.size() == 1 && found.get(0).value() != null
                && found.get(0).value().compareTo(new BigDecimal(value)) == 0 && unit.equals(found.get(0).unit());
        return ok ? null : text + ": expected one count of " + value + " " + unit + ", got " + found;
    }

    @Test
    void unitsAndCurrencies() {
        eachExample(e -> oneCount(e.get(0), e.get(1), e.get(2), UnitKind.NOUN), "units.tsv");
        eachExample(e -> oneCount(e.get(0), e.get(1), e.get(2), UnitKind.CURRENCY), "currencies.tsv");
    }

    @Test
    void vagueQuantities() {
        eachExample(e -> oneCount(e.get(0), "-", e.get(1), null), "vague.tsv");
    }

    @Test
    void qualifiers() {
        eachExample(e -> {
            List<Count> found = counts(e.get(0));
            return found.size() == 1 && found.get(0).text().equals(e.get(0))
                    && found.get(0).qualifier().jsonName().equals(e.get(1)) ? null
                    : e.get(0) + ": expected " + e.get(1) + " over the whole text, got " + found;
        }, "qualifiers.tsv");
    }

    @Test
    void percentages() {
        eachExample(e -> {
            List<Count> found = counts(e.get(0));
            return found.size() == 1 && found.get(0).text().equals(e.get(0))
                    && "percent".equals(found.get(0).unit()) && found.get(0).unitKind() == UnitKind.PERCENT ? null
                    : e.get(0) + ": got " + found;
        }, "percent.tsv");
    }

    @Test
    void partsAreLinkedToTheirTotal() {
        eachExample(e -> {
            List<Count> found = counts(e.get(0));
            boolean ok = found.size() >= 3 && found.get(0).partOf() == null;
            for (int k = 1; ok && k < found.size(); k++) {
                ok = Integer.valueOf(found.get(0).start()).equals(found.get(k).partOf());
            }
            return ok ? null : e.get(0) + ": expected the later counts to be parts of the first, got " + found;
        }, "parts.tsv");
    }

    @Test
    void theNumberOfANounCountsIt() {
        eachExample(e -> countIn(e.get(0), e.get(1), e.get(2)), "count-links.tsv");
    }

    @Test
    void rangeWordsAndOneGiveTheirCount() {
        eachExample(e -> countIn(e.get(0), e.get(1), e.get(2)), "count-words.tsv");
    }

    @Test
    void headsCountTheirNumber() {
        eachExample(e -> oneValue(e.get(0), e.get(1), false), "count-heads.tsv");
    }

    @Test
    void anElidedNounGivesACountWithoutUnit() {
        eachExample(e -> oneValue(e.get(0), e.get(1), true), "elided.tsv");
    }

    @Test
    void notAdjectivesEndTheCount() {
        eachExample(e -> {
            List<Count> found = counts(e.get(0));
            return found.size() == 1 && found.get(0).text().equals(e.get(1)) ? null
                    : e.get(0) + ": expected one count [" + e.get(1) + "], got " + found;
        }, "not-adjectives.tsv");
    }

    /** One count in the example with that value; {@code noUnit}: and without a unit. */
    private static String oneValue(String text, String value, boolean noUnit) {
        List<Count> found = counts(text);
        boolean ok = found.size() == 1 && found.get(0).value() != null
                && found.get(0).value().compareTo(new BigDecimal(value)) == 0 && (!noUnit || found.get(0).unit() == null);
        return ok ? null : text + ": expected one count of " + value + (noUnit ? " without unit" : "") + ", got " + found;
    }

    @Test
    void labelsAndWordsThatAreNoUnitsGiveNoCount() {
        eachExample(e -> counts(e.get(0)).isEmpty() ? null : e.get(0) + ": expected no count, got " + counts(e.get(0)),
                "labels.tsv", "not-units.tsv", "not-nouns.tsv");
    }
}
