package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.json.JsonRequest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs one extractor over a stream of documents on several threads and writes the results in input order.
 *
 * <p>The reader hands each document to the pool and queues its future; the writer takes the futures in order. The
 * queue is bounded, so memory stays flat however long the input is. Every input document gives exactly one output
 * line — a document, or an error record with its id (or its line number when it has none) — unless it is skipped
 * because its id is already in the output ({@code --resume}).
 */
public final class BatchRunner {
    private final Extractor extractor;
    private final int threads;
    private final Predicate<String> alreadyDone;

    public record Summary(long documents, long errors, long skipped, long nanos) {
        public double docsPerSecond() {
            return nanos == 0 ? 0 : documents * 1e9 / nanos;
        }
    }

    /** Where the documents come from. {@code next()} returns null at the end; it is called from one thread. */
    public interface Source {
        /** The next document, to be read on a worker thread (it may do I/O); null at the end. */
        Supplier<JsonRequest> next() throws IOException;
    }

    public BatchRunner(Extractor extractor, int threads) {
        this(extractor, threads, id -> false);
    }

    /** {@code alreadyDone} tells, from {@link JsonRequest#idKey()}, which documents to skip; it must be thread-safe. */
    public BatchRunner(Extractor extractor, int threads, Predicate<String> alreadyDone) {
        this.extractor = extractor;
        this.threads = threads;
        this.alreadyDone = alreadyDone;
    }

    /** JSON Lines in: each line is a document, named {@code line:N} when it has no id. */
    public static Source jsonLines(BufferedReader in) {
        return new Source() {
            private long lineNo;

            @Override
            public Supplier<JsonRequest> next() throws IOException {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                String id = "line:" + ++lineNo;
                return () -> JsonRequest.parse(line, id);
            }
        };
    }

    public Summary run(BufferedReader in, Writer out, Progress progress) throws IOException, InterruptedException {
        return run(jsonLines(in), out, progress);
    }

    public Summary run(Source source, Writer out, Progress progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "khabar-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<CompletableFuture<Result>> queue = new ArrayBlockingQueue<>(threads * 64);
        long docs = 0;
        long errors = 0;
        long skipped = 0;
        try {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> readAll(source, pool, queue));
            while (true) {
                CompletableFuture<Result> next = queue.take();
                if (next == END) {
                    break;
                }
                Result r = next.get();
                if (r == SKIPPED) {
                    skipped++;
                } else {
                    out.write(r.json);
                    out.write('\n');
                    docs++;
                    if (r.error) {
                        errors++;
                    }
                }
                progress.update(docs + skipped, errors);
            }
            reading.get();
        } catch (ExecutionException e) {
            throw new IOException("batch failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return new Summary(docs, errors, skipped, System.nanoTime() - t0);
    }

    private record Result(String json, boolean error) {
    }

    private static final CompletableFuture<Result> END = new CompletableFuture<>();
    private static final Result SKIPPED = new Result(null, false);

    private void readAll(Source source, ExecutorService pool, BlockingQueue<CompletableFuture<Result>> queue) {
        try {
            Supplier<JsonRequest> doc;
            while ((doc = source.next()) != null) {
                Supplier<JsonRequest> d = doc;
                queue.put(CompletableFuture.supplyAsync(() -> process(d), pool));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One document in, one line out (or SKIPPED); never throws. */
    private Result process(Supplier<JsonRequest> doc) {
        JsonRequest request = doc.get();
        if (alreadyDone.test(request.idKey())) {
            return SKIPPED;
        }
        JsonRequest.Response response = request.extractWith(extractor);
        return new Result(response.json(), response.isError());
    }
}
