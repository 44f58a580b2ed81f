package dev.khabar.tools.ner;

import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.tokenize.Tokenizer;
import dev.khabar.ner.CrfModel;
import dev.khabar.ner.NerAnnotator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A small benchmark, run by hand: how long the NER stage takes to load, how much it adds per 1,600-char article
 * on one thread (an extractor with every stage against one without NER, after a warm-up), and what its document pass
 * costs (the stage with and without it, on the same tokenized articles). Times are the thread's CPU time, so that
 * other work on a shared machine does not inflate them.
 *
 * <pre>java -cp khabar-cli/target/khabar-cli-0.1.0-SNAPSHOT-cli.jar dev.khabar.tools.ner.NerBenchmark testdata/seed.txt [more files]</pre>
 */
public final class NerBenchmark {
    private static final int ARTICLE_CHARS = 1_600;
    private static final int ROUNDS = 2_000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private NerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> articles = new ArrayList<>();
        for (String a : args.length == 0 ? new String[]{"testdata/seed.txt"} : args) {
            String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
            for (int i = 0; i + ARTICLE_CHARS <= text.length() || i == 0; i += ARTICLE_CHARS) {
                articles.add(text.substring(i, Math.min(text.length(), i + ARTICLE_CHARS)));
            }
        }
        long t0 = CPU.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        new NerAnnotator();
        double loadSeconds = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
        double loadWallSeconds = (System.nanoTime() - w0) / 1e9;
        Extractor all = Extractor.builder().build();
        Extractor withoutNer = Extractor.builder().stages(EnumSet.complementOf(EnumSet.of(Stage.NER))).build();
        run(all, articles, ROUNDS / 2);
        run(withoutNer, articles, ROUNDS / 2);
        double withNerMs = run(all, articles, ROUNDS);
        double baseMs = run(withoutNer, articles, ROUNDS);

        CrfModel crf = CrfModel.loadDefault();
        NerAnnotator withPass = new NerAnnotator(crf, true);
        NerAnnotator withoutPass = new NerAnnotator(crf, false);
        List<Document> documents = new ArrayList<>();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        for (String a : articles) {
            NormalizedText normalized = normalizer.normalize(a);
            documents.add(new Document(normalized, tokenizer.tokenize(normalized.text()), null));
        }
        runStage(withPass, documents, ROUNDS / 2);
        runStage(withoutPass, documents, ROUNDS / 2);
        double passMs = runStage(withPass, documents, ROUNDS);
        double noPassMs = runStage(withoutPass, documents, ROUNDS);
        System.out.printf(Locale.ROOT, "NER stage load: %.2f s CPU, %.2f s wall (first load in this JVM, model and "
                + "CoreNLP classes included)%n", loadSeconds, loadWallSeconds);
        System.out.printf(Locale.ROOT, "per %,d-char article on one thread: all stages %.3f ms, without NER %.3f ms, "
                + "NER adds %.3f ms (%d articles x %d rounds)%n", ARTICLE_CHARS, withNerMs, baseMs, withNerMs - baseMs,
                articles.size(), ROUNDS);
        System.out.printf(Locale.ROOT, "NER stage alone: %.3f ms with the document pass, %.3f ms without (%+.3f ms)%n",
                passMs, noPassMs, passMs - noPassMs);
    }

    /** Mean milliseconds per document of the NER stage alone. */
    private static double runStage(NerAnnotator stage, List<Document> documents, int rounds) {
        long found = 0;
        long t0 = CPU.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            Mentions.Builder out = new Mentions.Builder();
            stage.annotate(documents.get(r % documents.size()), Mentions.NONE, out);
            found += out.build().persons.size();
        }
        if (found < 0) {
            throw new AssertionError();
        }
        return (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / rounds;
    }

    /** Mean milliseconds per article. */
    private static double run(Extractor extractor, List<String> articles, int rounds) {
        long found = 0;
        long t0 = CPU.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            found += extractor.extract(articles.get(r % articles.size())).all().size();
        }
        if (found < 0) {
            throw new AssertionError();
        }
        return (CPU.getCurrentThreadCpuTime() - t0) / 1e6 / rounds;
    }
}
