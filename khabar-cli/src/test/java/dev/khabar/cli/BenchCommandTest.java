package dev.khabar.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar bench} runs and reports every figure it promises (the figures themselves live in the README). */
class BenchCommandTest {

    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsBuildTimeStepsScalingAndHeap() {
        String out = run("bench", "--in", "testdata/bench/news.jsonl", "--seconds", "0.3", "--warmup", "0.2", "--threads", "1,2");
        assertTrue(out.contains("articles: 8 from testdata/bench/news.jsonl"), out);
        for (String step : new String[] {"normalize", "tokenize", "hashtags", "dates", "counts", "ner", "resolve"}) {
            assertTrue(Pattern.compile("(?m)^" + step + " +\\d").matcher(out).find(), step + " row missing:\n" + out);
        }
        assertTrue(out.contains("extractor build:"), out);
        // Every time column says which clock it is.
        assertTrue(Pattern.compile("(?m)^step +wall ms/doc +wall docs/s +wall MB/s +wall tokens/s +wall share$")
                .matcher(out).find(), out);
        assertTrue(out.contains("rule stages without NER, 1 thread:"), out);
        assertTrue(out.contains("2 threads:"), out);
        assertTrue(out.contains("heap:"), out);
        Matcher rate = Pattern.compile("whole pipeline, 1 thread: (\\d+) docs/s").matcher(out);
        assertTrue(rate.find() && Long.parseLong(rate.group(1)) > 0, out);
    }

    @Test
    void adversarialTableHasARowPerKindAndSize() {
        String out = run("bench", "--adversarial", "--sizes", "500,1000", "--rounds", "2");
        assertTrue(out.contains("last/first"), out);
        assertTrue(Pattern.compile("(?m)^text +CPU ms@500 +CPU ms@1k +CPU l/f +alloc l/f +work l/f +work/char "
                + "+GC wall ms +wall ms +slowest step \\(wall ms\\)$").matcher(out).find(), out);
        // two sizes, then cpu, alloc and work ratios, work/char, gc, wall, slowest step
        String number = " +[\\d.]+";
        for (String kind : new String[] {"digits", "harakat", "letters without spaces", "mixed symbols"}) {
            assertTrue(Pattern.compile("(?m)^" + kind + number.repeat(8) + " +[a-z]+ [\\d.]+$").matcher(out).find(),
                    kind + " row missing:\n" + out);
        }
    }

    @Test
    void withoutInputItSaysWhatItNeeds() {
        assertEquals(2, Main.run("bench"));
    }
}
