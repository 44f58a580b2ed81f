package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.eval.GoldEvaluator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written news sentences (testdata/ner/news-sentences.gold.jsonl): organizations from many domains. */
class NewsSentencesTest {

    @Test
    void organizationsReachF1OfNinetyPercent() throws IOException {
        GoldEvaluator.Report report = new GoldEvaluator(Extractor.builder().build())
                .evaluate(Path.of("testdata/ner/news-sentences.gold.jsonl"));
        report.print(System.out, true);
        double f1 = report.scores().get("organizations").f1();
        assertTrue(f1 >= 0.9, "organizations F1 " + f1);
        assertTrue(report.scores().get("organizations").truePositives >= 120, "organizations found");
    }
}
