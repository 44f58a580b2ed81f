package dev.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs one extractor over JSON Lines on several threads and writes the results in input order.
 *
 * <p>The reader hands each line to the pool and queues its future; the writer takes the futures in order. The queue
 * is bounded, so memory stays flat however long the input is. Every input line gives exactly one output line:
 * a document, or an error record with the line's id (or its line number when it has none).
 */
public final class BatchRunner {
    private final Extractor extractor;
    private final int threads;

    public record Summary(long documents, long errors, long nanos) {
        public double docsPerSecond() {
            return nanos == 0 ? 0 : documents * 1e9 / nanos;
        }
    }

    public BatchRunner(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = threads;
    }

    public Summary run(BufferedReader in, Writer out, Progress progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "khabar-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<CompletableFuture<Result>> queue = new ArrayBlockingQueue<>(threads * 64);
        long docs = 0;
        long errors = 0;
        try {
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> readAll(in, pool, queue));
            while (true) {
                CompletableFuture<Result> next = queue.take();
                if (next == END) {
                    break;
                }
                Result r = next.get();
                out.write(r.json);
                out.write('\n');
                docs++;
                if (r.error) {
                    errors++;
                }
                progress.update(docs, errors);
            }
            reading.get();
        } catch (ExecutionException e) {
            throw new IOException("batch failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return new Summary(docs, errors, System.nanoTime() - t0);
    }

    private record Result(String json, boolean error) {
    }

    private static final CompletableFuture<Result> END = new CompletableFuture<>();

    private void readAll(BufferedReader in, ExecutorService pool, BlockingQueue<CompletableFuture<Result>> queue) {
        try {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String l = line;
                long n = lineNo;
                queue.put(CompletableFuture.supplyAsync(() -> process(l, n), pool));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /** One line in, one line out; never throws. */
    Result process(String line, long lineNo) {
        Object id = "line:" + lineNo;
        try {
            JsonNode node = JsonCodec.readTree(line);
            if (node == null || !node.isObject()) {
                return error(id, "not a JSON object");
            }
            JsonNode idNode = node.get("id");
            if (idNode != null && !idNode.isNull()) {
                id = idNode;
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                return error(id, "no \"text\" string");
            }
            LocalDate date = null;
            JsonNode dateNode = node.get("date");
            if (dateNode != null && !dateNode.isNull()) {
                if (!dateNode.isTextual()) {
                    return error(id, "\"date\" must be a string YYYY-MM-DD");
                }
                try {
                    date = LocalDate.parse(dateNode.asText().trim());
                } catch (DateTimeParseException e) {
                    return error(id, "bad \"date\": " + dateNode.asText());
                }
            }
            return new Result(JsonCodec.toJson(id, extractor.extract(text.asText(), date)), false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(id, "not JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return error(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Result error(Object id, String message) {
        return new Result(JsonCodec.errorJson(id, message), true);
    }
}
