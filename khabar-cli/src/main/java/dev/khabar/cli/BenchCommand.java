package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.bench.AdversarialText;
import dev.khabar.bench.CoreNlpBaseline;
import dev.khabar.bench.Corpus;
import dev.khabar.bench.Throughput;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.StepTimes;
import dev.khabar.tokenize.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed on news articles (JSON Lines with a \"text\", .gz or .xz): extractor build time, "
                + "docs/s, MB/s and tokens/s per step, the rule stages without NER, thread scaling and heap. "
                + "--corenlp adds CoreNLP's Arabic tokenize,ssplit on the same articles; --adversarial times "
                + "pathological texts of growing size (time should grow in proportion)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", description = "Articles as JSON Lines (.jsonl, .jsonl.gz, .jsonl.xz).")
    String in;

    @Option(names = "--limit", description = "Use at most this many articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--seconds", description = "Length of each timed run (default: ${DEFAULT-VALUE}).")
    double seconds = 5;

    @Option(names = "--warmup", description = "Seconds of warm-up before timing (default: ${DEFAULT-VALUE}).")
    double warmup = 10;

    @Option(names = "--threads", split = ",", description = "Thread counts for the scaling runs (default: 1 and all cores).")
    List<Integer> threads = List.of(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--rounds", description = "Scaling rounds; each runs every thread count in turn, and the median "
            + "round is reported, so that a slow spell of a shared machine does not decide the ratio. With "
            + "--adversarial: rounds per kind, each timing every size, medians reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--corenlp", description = "Also run CoreNLP's Arabic tokenize,ssplit (needs the corenlp Maven profile).")
    boolean corenlp;

    @Option(names = "--corenlp-docs", description = "Articles for the CoreNLP comparison (default: ${DEFAULT-VALUE}).")
    int corenlpDocs = 300;

    @Option(names = "--adversarial", description = "Time pathological texts of 0.25, 0.5 and 1 million chars (see --sizes).")
    boolean adversarial;

    @Option(names = "--sizes", split = ",", description = "Sizes in chars for --adversarial (default: 250000,500000,1000000).")
    List<Integer> sizes = List.of(250_000, 500_000, 1_000_000);

    @Option(names = "--all-triggers", description = "With --adversarial: also every trigger noun of org-triggers.tsv "
            + "repeated by itself, one row each (several are always timed, and all of them in turn).")
    boolean allTriggers;

    @Option(names = "--kinds", paramLabel = "TEXT", description = "With --adversarial: only the kinds whose name contains TEXT.")
    String kindFilter;

    @Option(names = "--max-seconds", description = "With --adversarial: a kind whose text takes longer than this "
            + "(CPU seconds) is not timed at the larger sizes (default: ${DEFAULT-VALUE}).")
    double maxSeconds = 60;

    /** Records the step times of every extractor the benchmark builds, into each thread's own times. */
    private static final StepTimes.Recorder STEPS = new StepTimes.Recorder();
    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (in == null && !adversarial) {
            System.err.println("khabar bench: give --in FILE.jsonl[.gz|.xz], --adversarial, or both");
            return 2;
        }
        long heapBefore = JvmMeters.liveHeap();
        long t0 = System.nanoTime();
        long cpu0 = JvmMeters.processCpuNanos();
        Extractor extractor = Extractor.builder().stepListener(STEPS).build();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        double buildCpuSeconds = (JvmMeters.processCpuNanos() - cpu0) / 1e9;
        long heapExtractor = JvmMeters.liveHeap() - heapBefore;
        out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "extractor build: %.3f s (%.3f s of CPU in all threads, the compiler's included; the first in this JVM, "
                + "class loading included), "
                + "%.1f MB of heap%n", buildSeconds, buildCpuSeconds, heapExtractor / 1e6);
        if (in != null) {
            articles(extractor);
        }
        if (adversarial) {
            adversarial(extractor);
        }
        return 0;
    }

    private void articles(Extractor extractor) throws Exception {
        Corpus corpus;
        try (var stream = InputFiles.open(in)) {
            corpus = Corpus.read(stream, limit);
        }
        if (corpus.size() == 0) {
            throw new IllegalArgumentException("no article with a \"text\" in " + in);
        }
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        Throughput bench = new Throughput(corpus, text -> tokenizer.tokenize(normalizer.normalize(text).text()).size());
        long bytes = corpus.utf8Bytes();
        out.printf(Locale.ROOT, "articles: %d from %s, %.1f MB UTF-8, %.0f chars on average%n", corpus.size(), in,
                bytes / 1e6, corpus.docs().stream().mapToInt(d -> d.text().length()).average().orElse(0));

        Throughput.Work all = Throughput.extraction(extractor, STEPS);
        Extractor rules = Extractor.builder().stages(EnumSet.complementOf(EnumSet.of(Stage.NER))).stepListener(STEPS)
                .build();
        Throughput.Work ruleWork = Throughput.extraction(rules, STEPS);
        bench.run(all, 1, warmup / 2);
        bench.run(ruleWork, 1, warmup / 2);

        JvmMeters.resetPeakHeap();
        oneThread(bench, all, ruleWork);
        threadScaling(bench, all);
        out.printf(Locale.ROOT, "%nheap: %.1f MB live after the runs (corpus and extractors included), peak %.1f MB, max %d MB%n",
                JvmMeters.liveHeap() / 1e6, JvmMeters.peakHeap() / 1e6, Runtime.getRuntime().maxMemory() >> 20);

        if (corenlp) {
            compareWithCoreNlp(corpus.head(corenlpDocs), normalizer, tokenizer);
        }
    }

    /** The whole pipeline on one thread, step by step, then the rule stages without NER. */
    private void oneThread(Throughput bench, Throughput.Work all, Throughput.Work ruleWork)
            throws InterruptedException {
        Throughput.Result one = bench.run(all, 1, seconds);
        out.printf(Locale.ROOT, "%nwhole pipeline, 1 thread: %s; %.0f docs per CPU-second%n", rates(one), one.docsPerCpuSecond());
        // Steps are timed by the wall clock of the one extracting thread; "per CPU-second" figures say CPU.
        out.printf(Locale.ROOT, "%-10s %11s %11s %9s %13s %10s%n", "step", "wall ms/doc", "wall docs/s", "wall MB/s",
                "wall tokens/s", "wall share");
        long total = one.steps().totals().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> step : one.steps().totals().entrySet()) {
            double s = step.getValue() / 1e9;
            out.printf(Locale.ROOT, "%-10s %11.3f %11.0f %9.1f %13.0f %9.1f%%%n", step.getKey(), s * 1e3 / one.docs(),
                    one.docs() / s, one.bytes() / s / 1e6, one.tokens() / s, 100.0 * step.getValue() / total);
        }
        Throughput.Result ruleRun = bench.run(ruleWork, 1, seconds);
        out.printf(Locale.ROOT, "rule stages without NER, 1 thread: %s; %.0f docs per CPU-second%n", rates(ruleRun),
                ruleRun.docsPerCpuSecond());
    }

    /** Every thread count in turn, round after round; the median round of each count is reported. */
    private void threadScaling(Throughput bench, Throughput.Work all) throws InterruptedException {
        out.printf(Locale.ROOT, "%nthread scaling, whole pipeline, median of %d interleaved rounds:%n", rounds);
        Map<Integer, List<Throughput.Result>> byThreads = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int n : threads) {
                byThreads.computeIfAbsent(n, k -> new ArrayList<>()).add(bench.run(all, n, seconds));
            }
        }
        double base = 0;
        for (Map.Entry<Integer, List<Throughput.Result>> e : byThreads.entrySet()) {
            int n = e.getKey();
            List<Throughput.Result> runs = new ArrayList<>(e.getValue());
            runs.sort(Comparator.comparingDouble(Throughput.Result::docsPerSecond));
            Throughput.Result r = runs.get(runs.size() / 2);
            if (base == 0) {
                base = r.docsPerSecond() / n;
            }
            out.printf(Locale.ROOT, "  %d thread%s: %s, %.2fx one thread; %.0f docs per CPU-second; rounds %s docs/s%n", n,
                    n == 1 ? " " : "s", rates(r), r.docsPerSecond() / base, r.docsPerCpuSecond(),
                    e.getValue().stream().map(x -> String.format(Locale.ROOT, "%.0f", x.docsPerSecond()))
                            .collect(Collectors.joining(" ")));
        }
    }

    private void compareWithCoreNlp(Corpus corpus, ArabicNormalizer normalizer, Tokenizer tokenizer)
            throws InterruptedException {
        out.printf(Locale.ROOT, "%nCoreNLP comparison on the first %d articles, 1 thread each (CoreNLP: one pass after "
                + "warm-up; Khabar: one pass with a newly built extractor, whose word cache is empty, median of 3):%n",
                corpus.size());
        long t0 = System.nanoTime();
        CoreNlpBaseline coreNlp = new CoreNlpBaseline();
        out.printf(Locale.ROOT, "  CoreNLP Arabic pipeline load: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        Throughput bench = new Throughput(corpus, text -> tokenizer.tokenize(normalizer.normalize(text).text()).size());
        Throughput.Work coreNlpWork = (doc, steps) -> coreNlp.annotate(doc.text());
        bench.run(coreNlpWork, 1, warmup);
        Throughput.Result theirs = bench.onePass(coreNlpWork);
        // Cycling through a few hundred articles would let the NER stage's word cache hold every word they have.
        List<Throughput.Result> passes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            passes.add(bench.onePass(Throughput.extraction(Extractor.builder().stepListener(STEPS).build(), STEPS)));
        }
        passes.sort(Comparator.comparingDouble(Throughput.Result::docsPerSecond));
        Throughput.Result ours = passes.get(1);
        out.printf(Locale.ROOT, "  CoreNLP tokenize,ssplit: %.1f docs/s, %.3f MB/s, %.0f of its own tokens/s (%d docs in %.1f s)%n",
                theirs.docsPerSecond(), theirs.megabytesPerSecond(), theirs.output() * 1e9 / theirs.nanos(),
                theirs.docs(), theirs.nanos() / 1e9);
        out.printf(Locale.ROOT, "  Khabar whole pipeline:   %s%n", rates(ours));
        out.printf(Locale.ROOT, "  ratio Khabar / CoreNLP: %.1fx in docs/s; %.1fx in docs per CPU-second (%.0f vs %.1f)%n",
                ours.docsPerSecond() / theirs.docsPerSecond(), ours.docsPerCpuSecond() / theirs.docsPerCpuSecond(),
                ours.docsPerCpuSecond(), theirs.docsPerCpuSecond());
    }

    private void adversarial(Extractor extractor) {
        List<AdversarialText.Kind> kinds = new ArrayList<>(AdversarialText.KINDS);
        if (allTriggers) {
            kinds.addAll(AdversarialText.allTriggers());
        }
        if (kindFilter != null) {
            kinds.removeIf(k -> !k.name().contains(kindFilter));
        }
        new AdversarialRun(sizes, rounds, maxSeconds, STEPS, out).run(extractor, kinds);
    }

    private static String rates(Throughput.Result r) {
        return String.format(Locale.ROOT, "%.0f docs/s, %.2f MB/s, %.0f tokens/s by the wall clock (%d docs in %.1f s)",
                r.docsPerSecond(), r.megabytesPerSecond(), r.tokensPerSecond(), r.docs(), r.nanos() / 1e9);
    }
}
