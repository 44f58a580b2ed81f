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
    void countsArePerfectWithTheirValues() {
        // values are part of the match: a count with the wrong value is both a false positive and a false negative
        assertEquals(1.0, REPORT.scores().get("counts").f1(), 1e-9);
        assertEquals(8, REPORT.scores().get("counts").truePositives);
    }

    @Test
    void countsCarryUnitsAndQualifiers() throws java.io.IOException {
        String text = java.nio.file.Files.readString(Path.of("testdata/seed.txt"));
        java.util.List<String> found = new java.util.ArrayList<>();
        for (Count c : Extractor.builder().build().extract(text).counts()) {
            found.add(c.text() + " | " + (c.value() == null ? "-" : c.value().toPlainString()) + " | " + c.unit()
                    + " | " + c.qualifier() + (c.vague() ? " | vague" : "")
                    + (c.partOf() != null ? " | part of " + c.partOf() : ""));
        }
        assertEquals(java.util.List.of(
                "أكثر من 9350 أسيرًا فلسطينيًا | 9350 | أسير | more_than",
                "9350 أسيرًا | 9350 | أسير | exact",
                "56 سيدة | 56 | سيدة | exact | part of 800",
                "350 طفلًا | 350 | طفل | exact | part of 800",
                "3385 معتقلًا إداريًا | 3385 | معتقل | exact | part of 800",
                "87 أسيرًا | 87 | أسير | exact",
                "نحو 7500 حالة اعتقال | 7500 | حالة اعتقال | approximately",
                "أكثر من مليون حالة اعتقال | 1000000 | حالة اعتقال | more_than",
                "عشرات الشهداء الفلسطينيين | - | شهيد | approximately | vague"), found);
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

    @Test
    void datesArePerfectWithTheirValues() {
        assertEquals(1.0, REPORT.scores().get("dates").f1(), 1e-9);
        assertEquals(6, REPORT.scores().get("dates").truePositives);
    }

    @Test
    void durationsArePerfectWithTheirValues() {
        assertEquals(1.0, REPORT.scores().get("durations").f1(), 1e-9);
        assertEquals(1, REPORT.scores().get("durations").truePositives);
    }
}
