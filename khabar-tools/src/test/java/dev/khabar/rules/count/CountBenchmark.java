package dev.khabar.rules.count;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.tokenize.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of the count stage alone on one thread, on texts cut to 1,600 chars that are normalized and tokenized
 * beforehand. Not a test: run it by hand on a JSON Lines file of articles ({@code {"text"}}, .xz allowed):
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.khabar.rules.count.CountBenchmark articles.jsonl.xz</pre>
 */
public final class CountBenchmark {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".xz")
                ? new org.tukaani.xz.XZInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && docs.size() < limit) {
                String text = JsonCodec.readTree(line).path("text").asText();
                if (text.length() >= 1600) {
                    NormalizedText n = normalizer.normalize(text.substring(0, 1600));
                    docs.add(new Document(n, tokenizer.tokenize(n.text()), null));
                }
            }
        }
        CountAnnotator counts = new CountAnnotator();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 10; round++) {
            long found = 0;
            long t0 = cpu.getCurrentThreadCpuTime(); // CPU time: the machine may be shared
            for (Document d : docs) {
                Mentions.Builder m = new Mentions.Builder();
                counts.annotate(d, Mentions.NONE, m);
                found += m.build().counts.size();
            }
            double micros = (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / docs.size();
            System.out.printf(Locale.ROOT, "round %d: %d docs of 1,600 chars, %d counts; the count stage %.1f µs of CPU "
                    + "per doc (%.0f docs/s)%n", round, docs.size(), found, micros, 1e6 / micros);
        }
    }
}
