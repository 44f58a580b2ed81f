package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.bench.AdversarialText;
import dev.khabar.pipeline.StepTimes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code khabar bench --adversarial}: times pathological texts of growing size, a row per kind, and says how the
 * time, allocation and work grow from the first size to the last (linear work grows as the sizes do).
 */
final class AdversarialRun {
    /** One extraction of an adversarial text: thread CPU, wall and GC ms, bytes allocated by the thread, work. */
    private record Sample(double cpuMs, double wallMs, double gcMs, long allocated, long work, StepTimes steps) {
    }

    private final List<Integer> sizes;
    private final int rounds;
    private final double maxSeconds;
    private final StepTimes.Recorder steps;
    private final PrintStream out;
    private final int lastSize;

    /** {@code sizes} ascending; {@code maxSeconds}: a kind over this at a size is not timed at the larger ones. */
    AdversarialRun(List<Integer> sizes, int rounds, double maxSeconds, StepTimes.Recorder steps, PrintStream out) {
        this.sizes = sizes;
        this.rounds = Math.max(1, rounds);
        this.maxSeconds = maxSeconds;
        this.steps = steps;
        this.out = out;
        this.lastSize = sizes.get(sizes.size() - 1);
    }

    void run(Extractor extractor, List<AdversarialText.Kind> kinds) {
        printHeader();
        for (AdversarialText.Kind kind : kinds) {
            String warm = kind.ofLength(sizes.get(0));
            extractor.extract(warm); // warm-up, twice: the JIT compiles the kind's paths
            extractor.extract(warm);
            printRow(kind, samples(extractor, kind));
        }
    }

    private void printHeader() {
        double linear = (double) lastSize / sizes.get(0);
        out.printf(Locale.ROOT, "%nadversarial texts, whole pipeline, %d round%s per kind (sizes ascending, then descending, "
                + "in turn, so that a slow spell of the machine weighs on every size). CPU: median ms of CPU time of the "
                + "extracting thread (not stretched by other work on the machine, GC threads not included). Linear work "
                + "gives last/first (l/f) = %.1f in each of: CPU (ratio of the medians), alloc (bytes the thread "
                + "allocated, the same in every round) and work (Extractor.Builder.maxWork's units); work/char at %s "
                + "chars; GC wall ms: median wall-clock ms of collection during one extraction at that size; wall ms: "
                + "median wall-clock ms there, which the collector and other work on the machine stretch beyond the "
                + "CPU time, and the slowest step (its wall ms, a part of that wall time, not of the CPU time).%n",
                rounds, rounds == 1 ? "" : "s", linear, lastSize);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-40s", "text"));
        for (int size : sizes) {
            header.append(String.format(Locale.ROOT, " %11s", "CPU ms@" + (size % 1_000_000 == 0 ? size / 1_000_000 + "M"
                    : size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size))));
        }
        out.println(header.append(String.format(Locale.ROOT, " %7s %9s %8s %9s %10s %9s  %s", "CPU l/f", "alloc l/f",
                "work l/f", "work/char", "GC wall ms", "wall ms", "slowest step (wall ms)")));
    }

    /**
     * The samples of one kind by size. The first round goes up the sizes, and a size whose text takes too long
     * stops the larger ones, in every round; later rounds go down and up in turn.
     */
    private Map<Integer, List<Sample>> samples(Extractor extractor, AdversarialText.Kind kind) {
        Map<Integer, List<Sample>> bySize = new LinkedHashMap<>();
        sizes.forEach(size -> bySize.put(size, new ArrayList<>()));
        List<Integer> timed = new ArrayList<>();
        for (int size : sizes) {
            Sample first = measure(extractor, kind.ofLength(size));
            bySize.get(size).add(first);
            timed.add(size);
            if (first.cpuMs() > maxSeconds * 1e3 && size != lastSize) {
                break;
            }
        }
        for (int round = 1; round < rounds; round++) {
            List<Integer> order = new ArrayList<>(timed);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (int size : order) {
                bySize.get(size).add(measure(extractor, kind.ofLength(size)));
            }
        }
        return bySize;
    }

    private void printRow(AdversarialText.Kind kind, Map<Integer, List<Sample>> bySize) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-40s", kind.name()));
        boolean stopped = false;
        for (int size : sizes) {
            List<Sample> samples = bySize.get(size);
            stopped |= samples.isEmpty();
            row.append(samples.isEmpty() ? String.format(Locale.ROOT, " %11s", "-")
                    : String.format(Locale.ROOT, " %11.1f", median(samples, Sample::cpuMs)));
        }
        if (stopped) {
            out.println(row.append(String.format(Locale.ROOT, " %7s  (stopped: over %.0f s of CPU)", "-",
                    maxSeconds)));
            return;
        }
        List<Sample> first = bySize.get(sizes.get(0));
        List<Sample> last = bySize.get(lastSize);
        double cpu = median(last, Sample::cpuMs) / median(first, Sample::cpuMs);
        double alloc = median(last, x -> (double) x.allocated()) / median(first, x -> (double) x.allocated());
        double work = (double) last.get(0).work() / Math.max(1, first.get(0).work());
        double wall = median(last, Sample::wallMs);
        Sample typical = last.stream().min(Comparator.comparingDouble(x -> Math.abs(x.wallMs() - wall)))
                .orElseThrow();
        Map.Entry<String, Long> slowest = typical.steps().totals().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        out.println(row.append(String.format(Locale.ROOT, " %7.2f %9.2f %8.2f %9.2f %10.1f %9.1f  %s %.1f", cpu,
                alloc, work, (double) typical.work() / lastSize, median(last, Sample::gcMs),
                wall, slowest.getKey(), slowest.getValue() / 1e6)));
    }

    private Sample measure(Extractor extractor, String text) {
        StepTimes times = new StepTimes();
        long gc0 = JvmMeters.gcMillis();
        long a0 = JvmMeters.allocatedBytes();
        long w0 = System.nanoTime();
        long t0 = JvmMeters.cpuNanos();
        steps.into(times, () -> extractor.extract(text, null));
        long t1 = JvmMeters.cpuNanos();
        long w1 = System.nanoTime();
        return new Sample((t1 - t0) / 1e6, (w1 - w0) / 1e6, JvmMeters.gcMillis() - gc0,
                JvmMeters.allocatedBytes() - a0, times.work(), times);
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> of) {
        List<Double> sorted = samples.stream().map(of::applyAsDouble).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
