package dev.khabar;

import dev.khabar.eval.GoldEvaluator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seed article against its gold mentions (testdata/seed.gold.jsonl). */
class SeedArticleTest {
    private static final GoldEvaluator.Report REPORT;

    static {
        try {
            REPORT = new GoldEvaluator(Extractor.builder().build()).evaluate(Path.of("testdata/seed.gold.jsonl"));
            REPORT.print(System.out, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hashtagsArePerfect() {
        assertEquals(1.0, REPORT.scores().get("hashtags").f1(), 1e-9);
        assertEquals(3, REPORT.scores().get("hashtags").truePositives);
    }

    @Test
    void allSixOrganizationsWithExactSpans() {
        assertEquals(1.0, REPORT.scores().get("organizations").f1(), 1e-9);
        assertEquals(6, REPORT.scores().get("organizations").truePositives);
    }

    @Test
    void locationsReachNinetyPercent() {
        double f1 = REPORT.scores().get("locations").f1();
        org.junit.jupiter.api.Assertions.assertTrue(f1 >= 0.9, "locations F1 " + f1);
    }
}
