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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
        long heapBefore = liveHeap();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Extractor extractor = Extractor.builder().stepListener(STEPS).build();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        double buildCpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long heapExtractor = liveHeap() - heapBefore;
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

        resetPeakHeap();
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
        out.printf(Locale.ROOT, "%nheap: %.1f MB live after the runs (corpus and extractors included), peak %.1f MB, max %d MB%n",
                liveHeap() / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() >> 20);

        if (corenlp) {
            compareWithCoreNlp(corpus.head(corenlpDocs), normalizer, tokenizer);
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

    /** One extraction of an adversarial text: thread CPU, wall and GC ms, bytes allocated by the thread, work. */
    private record Sample(double cpuMs, double wallMs, double gcMs, long allocated, long work, StepTimes steps) {
    }

    private static Sample measure(Extractor extractor, String text) {
        StepTimes steps = new StepTimes();
        long gc0 = gcMillis();
        long a0 = allocatedBytes();
        long w0 = System.nanoTime();
        long t0 = cpuNanos();
        STEPS.into(steps, () -> extractor.extract(text, null));
        long t1 = cpuNanos();
        long w1 = System.nanoTime();
        return new Sample((t1 - t0) / 1e6, (w1 - w0) / 1e6, gcMillis() - gc0, allocatedBytes() - a0, steps.work(), steps);
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void adversarial(Extractor extractor) {
        List<AdversarialText.Kind> kinds = new ArrayList<>(AdversarialText.KINDS);
        if (allTriggers) {
            kinds.addAll(AdversarialText.allTriggers());
        }
        if (kindFilter != null) {
            kinds.removeIf(k -> !k.name().contains(kindFilter));
        }
        int n = Math.max(1, rounds);
        int lastSize = sizes.get(sizes.size() - 1);
        double linear = (double) lastSize / sizes.get(0);
        out.printf(Locale.ROOT, "%nadversarial texts, whole pipeline, %d round%s per kind (sizes ascending, then descending, "
                + "in turn, so that a slow spell of the machine weighs on every size). CPU: median ms of CPU time of the "
                + "extracting thread (not stretched by other work on the machine, GC threads not included). Linear work "
                + "gives last/first (l/f) = %.1f in each of: CPU (ratio of the medians), alloc (bytes the thread "
                + "allocated, the same in every round) and work (Extractor.Builder.maxWork's units); work/char at %s "
                + "chars; GC wall ms: median wall-clock ms of collection during one extraction at that size; wall ms: "
                + "median wall-clock ms there, which the collector and other work on the machine stretch beyond the "
                + "CPU time, and the slowest step (its wall ms, a part of that wall time, not of the CPU time).%n",
                n, n == 1 ? "" : "s", linear, lastSize);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-40s", "text"));
        for (int size : sizes) {
            header.append(String.format(Locale.ROOT, " %11s", "CPU ms@" + (size % 1_000_000 == 0 ? size / 1_000_000 + "M"
                    : size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size))));
        }
        out.println(header.append(String.format(Locale.ROOT, " %7s %9s %8s %9s %10s %9s  %s", "CPU l/f", "alloc l/f",
                "work l/f", "work/char", "GC wall ms", "wall ms", "slowest step (wall ms)")));
        for (AdversarialText.Kind kind : kinds) {
            String warm = kind.ofLength(sizes.get(0));
            extractor.extract(warm); // warm-up, twice: the JIT compiles the kind's paths
            extractor.extract(warm);
            Map<Integer, List<Sample>> bySize = new LinkedHashMap<>();
            sizes.forEach(size -> bySize.put(size, new ArrayList<>()));
            List<Integer> timed = new ArrayList<>();
            // First round ascending: a size whose text takes too long stops the larger ones, in every round.
            for (int size : sizes) {
                Sample first = measure(extractor, kind.ofLength(size));
                bySize.get(size).add(first);
                timed.add(size);
                if (first.cpuMs() > maxSeconds * 1e3 && size != lastSize) {
                    break;
                }
            }
            for (int round = 1; round < n; round++) {
                List<Integer> order = new ArrayList<>(timed);
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (int size : order) {
                    bySize.get(size).add(measure(extractor, kind.ofLength(size)));
                }
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-40s", kind.name()));
            for (int size : sizes) {
                List<Sample> samples = bySize.get(size);
                row.append(samples.isEmpty() ? String.format(Locale.ROOT, " %11s", "-")
                        : String.format(Locale.ROOT, " %11.1f", median(samples.stream().map(Sample::cpuMs).toList())));
            }
            if (timed.size() < sizes.size()) {
                out.println(row.append(String.format(Locale.ROOT, " %7s  (stopped: over %.0f s of CPU)", "-",
                        maxSeconds)));
                continue;
            }
            List<Sample> first = bySize.get(sizes.get(0));
            List<Sample> last = bySize.get(lastSize);
            double cpu = median(last.stream().map(Sample::cpuMs).toList())
                    / median(first.stream().map(Sample::cpuMs).toList());
            double alloc = median(last.stream().map(x -> (double) x.allocated()).toList())
                    / median(first.stream().map(x -> (double) x.allocated()).toList());
            double work = (double) last.get(0).work() / Math.max(1, first.get(0).work());
            double wall = median(last.stream().map(Sample::wallMs).toList());
            Sample typical = last.stream().min(Comparator.comparingDouble(x -> Math.abs(x.wallMs() - wall)))
                    .orElseThrow();
            Map.Entry<String, Long> slowest = typical.steps().totals().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            out.println(row.append(String.format(Locale.ROOT, " %7.2f %9.2f %8.2f %9.2f %10.1f %9.1f  %s %.1f", cpu,
                    alloc, work, (double) typical.work() / lastSize, median(last.stream().map(Sample::gcMs).toList()),
                    wall, slowest.getKey(), slowest.getValue() / 1e6)));
        }
    }

    private static String rates(Throughput.Result r) {
        return String.format(Locale.ROOT, "%.0f docs/s, %.2f MB/s, %.0f tokens/s by the wall clock (%d docs in %.1f s)",
                r.docsPerSecond(), r.megabytesPerSecond(), r.tokensPerSecond(), r.docs(), r.nanos() / 1e9);
    }

    /** Bytes this thread has allocated so far: the same for the same work, whatever the machine does. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Milliseconds all collectors have spent so far. */
    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    /** CPU time of this thread: unlike the wall clock, not stretched by other work on the machine. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process: the build loads the NER model on a thread of its own. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
