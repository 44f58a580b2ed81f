package dev.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonLines;
import dev.khabar.json.JsonRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one extractor over a stream of documents on several threads and writes the results in input order.
 *
 * <p>The reader hands each document to the pool and queues its future; the writer takes the futures in order. What
 * is read ahead is bounded twice: in documents ({@code threads * 64}) and in bytes ({@link #DEFAULT_READ_AHEAD}, an
 * eighth of the heap, counting the documents read and the answers waiting to be written: {@link ReadAhead}), so
 * memory stays flat however long the input and however long its lines. Every input document
 * gives exactly one output line — a document, or an error record with its id (or its line number when it has none),
 * also when the extractor throws, overflows its stack or runs out of memory on that document.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    /** Bytes of input read ahead of the writer, at most: an eighth of the heap, at least 4 MB. */
    static final long DEFAULT_READ_AHEAD = Math.max(4L << 20, Runtime.getRuntime().maxMemory() / 8);

    private final int threads;
    private final Function<JsonRequest, String> extraction;
    private final long readAheadBytes;

    /**
     * @param documents documents done, not counting those skipped
     * @param errors    of those, the error records (bad input or a failure inside the extractor)
     * @param skipped   documents skipped because the output already had them ({@code --resume})
     */
    public record Summary(long documents, long errors, long skipped, long nanos) {
        public double docsPerSecond() {
            return nanos == 0 ? 0 : documents * 1e9 / nanos;
        }
    }

    /** Where the documents come from. {@code next()} returns null at the end; it is called from one thread. */
    public interface Source {
        /** The next document, to be read on a worker thread (it may do I/O); null at the end. */
        Item next() throws IOException;
    }

    /**
     * One document of a source: its size in bytes (what reading it ahead costs), how to read it, on a worker thread,
     * and the name its error record has when even reading it fails (out of memory, say), or null.
     */
    public record Item(long bytes, Supplier<JsonRequest> request, String name) {
        public Item(long bytes, Supplier<JsonRequest> request) {
            this(bytes, request, null);
        }
    }

    public BatchRunner(Extractor extractor, int threads) {
        this(threads, r -> JsonCodec.toJson(r.id(), extractor.extract(r.text(), r.date())), DEFAULT_READ_AHEAD);
    }

    /** For tests: any extraction, any read-ahead. */
    BatchRunner(int threads, Function<JsonRequest, String> extraction, long readAheadBytes) {
        this.threads = threads;
        this.extraction = extraction;
        this.readAheadBytes = readAheadBytes;
    }

    /** JSON Lines in ({@link JsonLines}): each line is a document, named {@code line:N} when it has no id. */
    public static Source jsonLines(JsonLines in) {
        return () -> {
            JsonLines.Line line = in.next();
            if (line == null) {
                return null;
            }
            String id = "line:" + line.number();
            if (line.tooLong()) {
                return new Item(0, () -> JsonRequest.unreadable(id,
                        "line not read: " + line.unreadable() + " (" + line.bytes() + " bytes)"));
            }
            String text = line.text();
            return new Item(2L * text.length(), () -> JsonRequest.parse(text, id), id);
        };
    }

    public Summary run(Source source, Writer out, Progress progress) throws IOException, InterruptedException {
        return run(source, 0, null, out, progress);
    }

    /**
     * Runs after skipping the first {@code skip} documents of {@code source}, which the output already has
     * ({@code --resume}: resuming by position is right whatever the ids, repeated or odd). When {@code lastId} is
     * given, the last document skipped must have that id, or the output is not this input's and nothing is written.
     */
    public Summary run(Source source, long skip, JsonNode lastId, Writer out, Progress progress)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long skipped = 0;
        while (skipped < skip) {
            Item item = source.next();
            if (item == null) {
                throw new IOException("the output has " + skip + " lines but the input only " + skipped
                        + " documents: it is not this input's output");
            }
            skipped++;
            if (skipped == skip && lastId != null && !lastId.isNull()) {
                String id = item.request().get().idKey();
                if (!lastId.toString().equals(id)) {
                    throw new IOException("line " + skip + " of the output has id " + lastId + " but document " + skip
                            + " of the input has id " + id + ": the output is not this input's");
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "khabar-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * 64);
        ReadAhead readAhead = new ReadAhead(readAheadBytes);
        long docs = 0;
        long errors = 0;
        try {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(
                    () -> readAll(source, pool, queue, readAhead, progress));
            while (true) {
                Pending next = queue.take();
                if (next == END) {
                    break;
                }
                Result r = next.result.get();
                out.write(r.json);
                out.write('\n');
                readAhead.written(next.bytes + r.bytes());
                docs++;
                if (r.error) {
                    errors++;
                }
                progress.update(docs + skipped, errors, next.mark);
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
        /** What the answer holds in memory until it is written: two bytes a char (the text is mostly Arabic). */
        long bytes() {
            return 2L * json.length();
        }
    }

    /** A document on its way: its answer to come, its bytes, and where the reader stood after it ({@link Progress#mark}). */
    private record Pending(CompletableFuture<Result> result, long bytes, long mark) {
    }

    private static final Pending END = new Pending(null, 0, 0);

    private void readAll(Source source, ExecutorService pool, BlockingQueue<Pending> queue, ReadAhead readAhead,
                         Progress progress) {
        try {
            Item item;
            long number = 0;
            while ((item = source.next()) != null) {
                Item doc = item;
                long mark = progress.mark();
                long bytes = Math.max(1, item.bytes());
                readAhead.read(bytes);
                long n = number++;
                queue.put(new Pending(CompletableFuture.supplyAsync(() -> {
                    try {
                        readAhead.start(n);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the batch is over: the pool is being shut down
                    }
                    Result r = process(doc);
                    readAhead.answered(r.bytes());
                    return r;
                }, pool), bytes, mark));
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

    /** One document in, one line out; never throws for one document's sake. */
    private Result process(Item doc) {
        JsonRequest request;
        try {
            request = doc.request().get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.error("batch: cannot read document {}", doc.name(), e);
            return new Result(JsonCodec.errorJson(doc.name() == null ? null
                    : com.fasterxml.jackson.databind.node.TextNode.valueOf(doc.name()), e.toString()), true);
        }
        JsonRequest.Response response = request.extractWith(extraction);
        if (response.failure() == JsonRequest.Failure.INTERNAL) {
            LOG.error("batch: document {} failed inside the extractor", request.idKey(), response.cause());
        } else if (response.failure() == JsonRequest.Failure.WORK_LIMIT) {
            LOG.warn("batch: document {} stopped at the work limit: {}", request.idKey(), response.error());
        }
        return new Result(response.json(), response.isError());
    }
}
