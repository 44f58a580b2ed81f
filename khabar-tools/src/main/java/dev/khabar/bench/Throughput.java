package dev.khabar.bench;

import dev.khabar.Extractor;
import dev.khabar.pipeline.StepTimes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Runs a function over a corpus for a fixed time, cycling through the documents, on one or more threads that share
 * nothing but an atomic counter, and reports what was done per second.
 */
public final class Throughput {

    /**
     * What one timed run did: documents, their UTF-8 bytes and tokens, the wall time, the sum of what the work
     * returned (mentions, or tokens for a tokenizer), and the step times.
     */
    public record Result(long docs, long bytes, long tokens, long nanos, long cpuNanos, long output, StepTimes steps) {
        public double docsPerSecond() {
            return docs * 1e9 / nanos;
        }

        public double megabytesPerSecond() {
            return bytes * 1e9 / nanos / 1e6;
        }

        public double tokensPerSecond() {
            return tokens * 1e9 / nanos;
        }

        /**
         * Documents per second of the workers' own CPU time. On a machine shared with other work, the wall clock
         * hides whether threads slow each other; this figure stays level across thread counts unless they do.
         */
        public double docsPerCpuSecond() {
            return cpuNanos <= 0 ? Double.NaN : docs * 1e9 / cpuNanos;
        }
    }

    private final Corpus corpus;
    private final long[] bytes;
    private final long[] tokens;

    /** {@code tokensOf} gives the token count credited to each document. */
    public Throughput(Corpus corpus, ToLongFunction<String> tokensOf) {
        this.corpus = corpus;
        int n = corpus.size();
        this.bytes = new long[n];
        this.tokens = new long[n];
        for (int i = 0; i < n; i++) {
            String text = corpus.docs().get(i).text();
            bytes[i] = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            tokens[i] = tokensOf.applyAsLong(text);
        }
    }

    /** A unit of work on one document; returns something derived from the result so it is not optimized away. */
    @FunctionalInterface
    public interface Work {
        long run(Corpus.Doc doc, StepTimes steps);
    }

    /**
     * Extraction with {@code extractor}; its step times are recorded when {@code recorder} is the extractor's
     * {@link Extractor.Builder#stepListener step listener}.
     */
    public static Work extraction(Extractor extractor, StepTimes.Recorder recorder) {
        return (doc, steps) -> recorder.into(steps, () -> extractor.extract(doc.text(), doc.date())).all().size();
    }

    /** Runs {@code work} on {@code threads} threads for at least {@code seconds}, then reports. */
    public Result run(Work work, int threads, double seconds) throws InterruptedException {
        return run(work, threads, System.nanoTime() + (long) (seconds * 1e9), Long.MAX_VALUE);
    }

    /** Runs {@code work} once over every document, on one thread. */
    public Result onePass(Work work) throws InterruptedException {
        return run(work, 1, Long.MAX_VALUE, corpus.size());
    }

    private Result run(Work work, int threads, long deadline, long maxDocs) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker(work, next, deadline, maxDocs);
            workers.add(w);
            w.start();
        }
        long docs = 0;
        long b = 0;
        long k = 0;
        long sink = 0;
        long cpu = 0;
        StepTimes steps = new StepTimes();
        for (Worker w : workers) {
            w.join();
            if (w.failure != null) {
                throw new IllegalStateException("benchmark work failed", w.failure);
            }
            docs += w.docs;
            b += w.bytes;
            k += w.tokens;
            sink += w.sink;
            cpu += w.cpuNanos;
            steps.addAll(w.steps);
        }
        long nanos = System.nanoTime() - t0;
        return new Result(docs, b, k, nanos, cpu, sink, steps);
    }

    private final class Worker extends Thread {
        private final Work work;
        private final AtomicLong next;
        private final long deadline;
        private final long maxDocs;
        private final StepTimes steps = new StepTimes();
        long docs;
        long bytes;
        long tokens;
        long sink;
        long cpuNanos;
        Throwable failure;

        Worker(Work work, AtomicLong next, long deadline, long maxDocs) {
            super("khabar-bench");
            this.work = work;
            this.next = next;
            this.deadline = deadline;
            this.maxDocs = maxDocs;
        }

        @Override
        public void run() {
            int n = corpus.size();
            long d = 0;
            long b = 0;
            long k = 0;
            long s = 0;
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long cpu0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
            try {
                long taken;
                while (System.nanoTime() < deadline && (taken = next.getAndIncrement()) < maxDocs) {
                    int i = (int) (taken % n);
                    s += work.run(corpus.docs().get(i), steps);
                    d++;
                    b += Throughput.this.bytes[i];
                    k += Throughput.this.tokens[i];
                }
            } catch (Throwable e) {
                failure = e;
            }
            cpuNanos = cpu0 < 0 ? -1 : mx.getCurrentThreadCpuTime() - cpu0;
            docs = d;
            bytes = b;
            tokens = k;
            sink = s;
        }
    }
}
