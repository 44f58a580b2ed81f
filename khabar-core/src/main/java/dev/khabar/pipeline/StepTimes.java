package dev.khabar.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nanoseconds spent in each step of the pipeline ({@code normalize}, {@code tokenize}, one per stage, {@code resolve}),
 * summed over the documents passed to {@code Extractor.extract(text, date, times)}. For benchmarks. Not thread-safe:
 * use one per thread and {@link #addAll} them at the end.
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

    /** Step names in pipeline order, with their total nanoseconds. */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((step, n) -> out.put(step, n[0]));
        return out;
    }
}
