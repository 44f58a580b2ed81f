package dev.khabar.rules.date;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.json.JsonCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the date stage on one thread, on texts cut to 1,600 chars. Not a test: run it by hand on a JSON Lines
 * file of articles ({@code {"text", "date"}}, .xz allowed):
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.khabar.rules.date.DateBenchmark articles.jsonl.xz</pre>
 *
 * It prints documents per second of CPU time for the DATES stage alone and for normalization plus tokenization alone (the
 * stage's cost is the difference).
 */
public final class DateBenchmark {

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".xz")
                ? new org.tukaani.xz.XZInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && texts.size() < limit) {
                JsonNode n = JsonCodec.readTree(line);
                String text = n.get("text").asText();
                if (text.length() >= 1600) {
                    texts.add(text.substring(0, 1600));
                    dates.add(LocalDate.parse(n.get("date").asText()));
                }
            }
        }
        Extractor dates1 = Extractor.builder().stages(EnumSet.of(Stage.DATES)).build();
        Extractor none = Extractor.builder().stages(EnumSet.noneOf(Stage.class)).build();
        for (int round = 0; round < 6; round++) {
            double withDates = run(dates1, texts, dates);
            double base = run(none, texts, dates);
            double stageMicros = 1e6 / withDates - 1e6 / base;
            System.out.printf(Locale.ROOT, "round %d: %d docs of 1,600 chars; normalize+tokenize %.0f docs/s; with DATES "
                    + "%.0f docs/s; the date stage alone %.1f µs/doc (%.0f docs/s)%n", round, texts.size(), base,
                    withDates, stageMicros, 1e6 / stageMicros);
        }
    }

    private static double run(Extractor e, List<String> texts, List<LocalDate> dates) {
        long found = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime(); // CPU time: the machine is shared, wall time would count others' work
        for (int rep = 0; rep < 3; rep++) {
            for (int i = 0; i < texts.size(); i++) {
                found += e.extract(texts.get(i), dates.get(i)).dates().size();
            }
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        if (found < 0) {
            throw new AssertionError();
        }
        return 3 * texts.size() / seconds;
    }
}
