package dev.khabar.pipeline;

import dev.khabar.StepListener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Nanoseconds spent in each step of the pipeline ({@code normalize}, {@code tokenize}, one per stage, {@code resolve}),
 * summed over the documents an extractor built with a {@link Recorder} as its {@link StepListener} read into it. For
 * benchmarks. Not thread-safe: use one per thread and {@link #addAll} them at the end.
 */
public final class StepTimes {
    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private long work;

    public void add(String step, long elapsedNanos) {
        nanos.computeIfAbsent(step, k -> new long[1])[0] += elapsedNanos;
    }

    public void addAll(StepTimes other) {
        other.nanos.forEach((step, n) -> add(step, n[0]));
        work += other.work;
    }

    /** Adds the work units of one document ({@code Document.workDone}, the units {@code Builder.maxWork} limits). */
    public void addWork(long units) {
        work += units;
    }

    /** The work units of the documents, summed. */
    public long work() {
        return work;
    }

    /**
     * A {@link StepListener} that adds the steps of each extraction to the {@link StepTimes} its thread gave it with
     * {@link #into}; steps of extractions outside {@code into} are not kept. Thread-safe: one recorder serves an
     * extractor shared by all threads, each with its own times.
     */
    public static final class Recorder implements StepListener {
        private final ThreadLocal<StepTimes> target = new ThreadLocal<>();

        /** Runs {@code work} on this thread with the steps of its extractions added to {@code times}. */
        public <T> T into(StepTimes times, Supplier<T> work) {
            StepTimes before = target.get();
            target.set(times);
            try {
                return work.get();
            } finally {
                if (before == null) {
                    target.remove();
                } else {
                    target.set(before);
                }
            }
        }

        @Override
        public void stepDone(String step, long nanos) {
            StepTimes t = target.get();
            if (t != null) {
                t.add(step, nanos);
            }
        }

        @Override
        public void documentDone(long workUnits) {
            StepTimes t = target.get();
            if (t != null) {
                t.addWork(workUnits);
            }
        }
    }

    /** Step names in pipeline order, with their total nanoseconds. */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((step, n) -> out.put(step, n[0]));
        return out;
    }
}
