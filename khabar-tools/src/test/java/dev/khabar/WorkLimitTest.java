package dev.khabar;

import dev.khabar.bench.AdversarialText;
import dev.khabar.pipeline.StepTimes;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work grows in proportion to the text, counted in the units that {@link Extractor.Builder#maxWork} limits (not in
 * wall time, which a shared machine stretches), and a text past the limit stops with
 * {@link WorkLimitExceededException}.
 */
class WorkLimitTest {
    private static final StepTimes.Recorder STEPS = new StepTimes.Recorder();
    private static final Extractor EXTRACTOR = Extractor.builder().stepListener(STEPS).build();
    /** Chars of the shorter text; the longer has four times as many. */
    private static final int CHARS = 4_000;

    private static long work(Extractor extractor, String text) {
        StepTimes steps = new StepTimes();
        STEPS.into(steps, () -> extractor.extract(text, null));
        return steps.work();
    }

    /** Every kind whose work for 4× the text is more than 4.5× the work for the text, with both figures. */
    private static List<String> superLinear(List<AdversarialText.Kind> kinds) {
        List<String> out = new ArrayList<>();
        for (AdversarialText.Kind kind : kinds) {
            long small = work(EXTRACTOR, kind.ofLength(CHARS));
            long large = work(EXTRACTOR, kind.ofLength(4 * CHARS));
            if (large > 4.5 * small) {
                out.add(kind.name() + ": " + small + " → " + large + " units");
            }
        }
        return out;
    }

    @Test
    void everyRepeatedTriggerNounCostsWorkInProportionToTheText() {
        List<AdversarialText.Kind> kinds = AdversarialText.allTriggers();
        assertTrue(kinds.size() > 50, "org-triggers.tsv should give its nouns, got " + kinds.size());
        List<String> bad = superLinear(kinds);
        assertTrue(bad.isEmpty(), "work grows faster than the text: " + bad);
    }

    @Test
    void repeatedNamesDatesAndCountsCostWorkInProportionToTheText() {
        List<String> bad = superLinear(AdversarialText.KINDS);
        assertTrue(bad.isEmpty(), "work grows faster than the text: " + bad);
    }

    @Test
    void aRepeatedTriggerCostsAFewUnitsAChar() {
        // مجلس مجلس …: before chains had a bound, each word started a chain to the end of the text.
        String text = "مجلس ".repeat(2_000);
        long units = work(EXTRACTOR, text);
        assertTrue(units < 20L * text.length(), units + " units for " + text.length() + " chars");
    }

    @Test
    void aTextPastTheLimitStopsWithTheException() {
        Extractor small = Extractor.builder().maxWork(20_000).build();
        String text = "مجلس ".repeat(5_000);
        WorkLimitExceededException e = assertThrows(WorkLimitExceededException.class, () -> small.extract(text));
        assertEquals(20_000, e.limit());
        assertTrue(e.getMessage().contains("maxWork"), e.getMessage());
        // the same extractor still answers a short text
        assertEquals(1, small.extract("قال مجلس الأمن الدولي اليوم").organizations().size());
    }

    @Test
    void noNewsArticleComesNearTheDefaultLimit() throws Exception {
        long most = 0;
        int chars = 0;
        for (String line : Files.readAllLines(Path.of("testdata/bench/news.jsonl"))) {
            String text = dev.khabar.json.JsonCodec.readTree(line).get("text").asText();
            long units = work(EXTRACTOR, text);
            if (units > most) {
                most = units;
                chars = text.length();
            }
        }
        assertTrue(most > 0 && most < 20L * chars, most + " units for " + chars + " chars");
        assertTrue(most * 1000 < Extractor.DEFAULT_MAX_WORK, most + " units");
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().maxWork(-1));
    }
}
