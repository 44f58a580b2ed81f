package dev.khabar.bench;

import dev.khabar.Extractor;
import dev.khabar.pipeline.StepTimes;

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
    public record Result(long docs, long bytes, long tokens, long nanos, long output, StepTimes steps) {
        public double docsPerSecond() {
            return docs * 1e9 / nanos;
        }

        public double megabytesPerSecond() {
            return bytes * 1e9 / nanos / 1e6;
        }

        public double tokensPerSecond() {
            return tokens * 1e9 / nanos;
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

    /** Extraction with {@code extractor}; step times are recorded. */
    public static Work extraction(Extractor extractor) {
        return (doc, steps) -> extractor.extract(doc.text(), doc.date(), steps).all().size();
    }

    /** Runs {@code work} on {@code threads} threads for at least {@code seconds}, then reports. */
    public Result run(Work work, int threads, double seconds) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Worker> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker(work, next, deadline);
            workers.add(w);
            w.start();
        }
        long docs = 0;
        long b = 0;
        long k = 0;
        long sink = 0;
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
            steps.addAll(w.steps);
        }
        long nanos = System.nanoTime() - t0;
        return new Result(docs, b, k, nanos, sink, steps);
    }

    private final class Worker extends Thread {
        private final Work work;
        private final AtomicLong next;
        private final long deadline;
        private final StepTimes steps = new StepTimes();
        long docs;
        long bytes;
        long tokens;
        long sink;
        Throwable failure;

        Worker(Work work, AtomicLong next, long deadline) {
            super("khabar-bench");
            this.work = work;
            this.next = next;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            int n = corpus.size();
            long d = 0;
            long b = 0;
            long k = 0;
            long s = 0;
            try {
                while (System.nanoTime() < deadline) {
                    int i = (int) (next.getAndIncrement() % n);
                    s += work.run(corpus.docs().get(i), steps);
                    d++;
                    b += Throughput.this.bytes[i];
                    k += Throughput.this.tokens[i];
                }
            } catch (Throwable e) {
                failure = e;
            }
            docs = d;
            bytes = b;
            tokens = k;
            sink = s;
        }
    }
}
