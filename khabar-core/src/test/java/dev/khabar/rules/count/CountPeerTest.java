package dev.khabar.rules.count;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Count;
import dev.khabar.Extractor;
import dev.khabar.Ratchet;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money and number-with-noun cases of num2words (currency phrases read in reverse, testdata/num2words) and
 * LanguageTool (testdata/languagetool), loaded at run time. A case passes when the phrase gives exactly one count
 * with the expected value, and, where the case names the counted noun (LanguageTool), that unit. The phrases carry
 * words around the count (فقط … لاغير, في …), so the count need not cover the whole phrase. The number-word cases of
 * both suites are in NumeralConformanceTest.
 */
class CountPeerTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.COUNTS)).build();

    /** Known disagreements and why; they still count as failures. */
    private static final Map<String, String> REASONS = Map.of(
            "مليون دينار و تسع و تسعون فلس", "the fils is a thousandth of a Kuwaiti dinar; num2words counts it as a hundredth",
            "لا دنانيرَ", "a negated noun (no dinars) is no count in news",
            "مليون ومئتين وخمسة وأربعين ألفاً وسبعمائة دينارٍ ودينارٍ", "'… dinars and a dinar' (+1) is not read",
            "مائة دينارٍ ودينارين", "'… dinars and two dinars' (+2) is not read");

    private static String check(String text, BigDecimal value, String unit) {
        List<Count> counts = EXTRACTOR.extract(text).counts();
        if (counts.size() != 1) {
            return counts.size() + " counts " + counts.stream().map(c -> c.text() + "=" + c.value()).toList();
        }
        Count c = counts.get(0);
        if (c.value() == null || c.value().compareTo(value) != 0) {
            return "value " + c.value();
        }
        if (unit != null && !unit.equals(c.unit())) {
            return "unit " + c.unit();
        }
        return null;
    }

    @Test
    void num2wordsCurrencyAndLanguageToolNumberWithNoun() throws IOException {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (JsonNode c : Conformance.cases("testdata/num2words/ar.jsonl")) {
            if (c.get("suspect").asBoolean() || !c.get("to").asText().equals("currency")) {
                continue;
            }
            cases++;
            String text = c.get("text").asText();
            String problem = check(text, new BigDecimal(c.get("number").asText()), null);
            if (problem != null) {
                failures.add("num2words " + text + ": " + problem + reason(text));
                failing.add("num2words " + text);
            }
        }
        for (JsonNode c : Conformance.cases("testdata/languagetool/ar_numbers_dates.jsonl")) {
            if (!c.get("kind").asText().equals("count_with_unit")) {
                continue;
            }
            cases++;
            String text = c.get("text").asText();
            JsonNode e = c.get("expected");
            String problem = check(text, e.get("value").decimalValue(), e.get("unit").asText());
            if (problem != null) {
                failures.add("LanguageTool " + text + ": " + problem + reason(text));
                failing.add("LanguageTool " + text);
            }
        }
        double rate = Conformance.report("num2words currency + LanguageTool number-with-noun", cases, failures);
        assertTrue(cases >= 45, "both suites should load");
        Ratchet.check("num2words-languagetool-counts", failing);
        assertTrue(rate >= 0.85, "at least 85% should pass");
    }

    private static String reason(String text) {
        return REASONS.containsKey(text) ? " — " + REASONS.get(text) : "";
    }
}
