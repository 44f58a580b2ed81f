package dev.khabar.rules.number;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Ratchet;
import dev.khabar.json.JsonCodec;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Peer suites for the number reader, loaded at run time: Duckling's Arabic numeral corpora (testdata/duckling,
 * Duckling's pass rule: exactly one number covers the whole phrase, with the expected value), num2words' Arabic
 * cases read in reverse (testdata/num2words, cases marked suspect left out) and LanguageTool's words-to-number cases
 * (testdata/languagetool). Every failure is printed with its reason.
 */
class NumeralConformanceTest {
    private static final NumberReader READER = new NumberReader();
    private static final OrdinalReader ORDINALS = new OrdinalReader();
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /**
     * Known disagreements, by phrase, with the reason Khabar reads them differently. They stay failures (counted
     * against the threshold); the reason is printed beside them.
     */
    private static final Map<String, String> REASONS = Map.of(
            "١١/١٠", "digits/digits is a date (11 October) or a ratio in news, never read as the fraction 11/10",
            "٧٧/١٠٠", "digits/digits is a date or a ratio in news, never read as the fraction 77/100",
            "-١٢/١٠", "digits/digits is a date or a ratio in news, never read as the fraction -12/10");

    /** The numbers found in a phrase, scanning left to right as a stage does. */
    static List<NumberMatch> numbers(Reader reader, String text) {
        List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(text).text());
        List<NumberMatch> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NumberMatch m = reader.read(tokens, i);
            if (m != null) {
                found.add(m);
                i = m.lastToken();
            }
        }
        return found;
    }

    interface Reader {
        NumberMatch read(List<Token> tokens, int i);
    }

    /** Null when exactly one number covers the whole phrase with the expected value, else what went wrong. */
    static String check(Reader reader, String text, BigDecimal expected) {
        List<NumberMatch> found = numbers(reader, text);
        int length = NORMALIZER.normalize(text).text().strip().length();
        if (found.size() != 1) {
            return found.size() + " numbers " + values(found);
        }
        NumberMatch m = found.get(0);
        if (m.start() != 0 || m.end() != length) {
            return "covers [" + m.start() + "," + m.end() + ") of " + length + " chars";
        }
        if (m.value().compareTo(expected) != 0) {
            return "value " + m.value().toPlainString();
        }
        return null;
    }

    private static List<String> values(List<NumberMatch> found) {
        return found.stream().map(m -> m.value().toPlainString()).toList();
    }

    private static List<String> lines(String path) throws IOException {
        return Files.readAllLines(Path.of(path), StandardCharsets.UTF_8);
    }

    private static double report(String suite, int cases, List<String> failures) {
        double rate = (cases - failures.size()) / (double) cases;
        System.out.printf("%s: %d of %d pass (%.1f%%)%n", suite, cases - failures.size(), cases, 100 * rate);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        return rate;
    }

    @Test
    void ducklingNumerals() throws IOException {
        int cases = 0;
        int egyptian = 0;
        List<String> failures = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (String line : lines("testdata/duckling/numeral.jsonl")) {
            JsonNode c = JsonCodec.readTree(line);
            String text = c.get("text").asText();
            cases++;
            if (c.get("locale").asText().equals("ar_EG")) {
                egyptian++;
            }
            String problem = check(READER::read, text, c.get("expected").get("value").decimalValue());
            if (problem != null) {
                failing.add(c.get("locale").asText() + " " + text);
                failures.add(c.get("locale").asText() + " " + text + ": " + problem
                        + (REASONS.containsKey(text) ? " — " + REASONS.get(text) : ""));
            }
        }
        assertEquals(324, cases);
        assertEquals(161, egyptian);
        double rate = report("Duckling numerals (ar + ar_EG)", cases, failures);
        assertTrue(rate >= 0.98, "at least 98% of Duckling's numerals should pass");
        Ratchet.check("duckling-numeral", failing);
    }

    @Test
    void num2wordsReversedAndLanguageToolWordsToNumber() throws IOException {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (String line : lines("testdata/num2words/ar.jsonl")) {
            JsonNode c = JsonCodec.readTree(line);
            if (c.get("suspect").asBoolean() || c.get("to").asText().equals("currency")
                    || c.get("to").asText().equals("year")) {
                continue; // currency phrases are checked by the counts stage (CountConformanceTest)
            }
            cases++;
            String text = c.get("text").asText();
            BigDecimal expected = new BigDecimal(c.get("number").asText());
            Reader reader = c.get("to").asText().equals("ordinal") ? ORDINALS::read : READER::read;
            String problem = check(reader, text, expected);
            if (problem != null) {
                failures.add("num2words " + c.get("to").asText() + " " + text + ": " + problem);
                failing.add("num2words " + c.get("to").asText() + " " + text);
            }
        }
        for (String line : lines("testdata/languagetool/ar_numbers_dates.jsonl")) {
            JsonNode c = JsonCodec.readTree(line);
            String kind = c.get("kind").asText();
            if (!kind.equals("words_to_number") && !kind.equals("number_to_words")) {
                continue; // units, weekdays and months belong to the counts and dates stages
            }
            cases++;
            String text = c.get("text").asText();
            String problem = check(READER::read, text, c.get("expected").get("value").decimalValue());
            if (problem != null) {
                failures.add("LanguageTool " + text + ": " + problem);
                failing.add("LanguageTool " + text);
            }
        }
        double rate = report("num2words reversed + LanguageTool words-to-number", cases, failures);
        assertTrue(cases >= 60, "both suites should load");
        assertTrue(rate >= 0.95, "at least 95% should pass");
        Ratchet.check("num2words-languagetool-numbers", failing);
    }
}
