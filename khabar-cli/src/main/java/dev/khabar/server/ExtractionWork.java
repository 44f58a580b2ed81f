package dev.khabar.server;

import dev.khabar.json.JsonLines;
import dev.khabar.json.JsonRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Function;

import static dev.khabar.server.Exchange.bytes;
import static dev.khabar.server.Exchange.error;
import static dev.khabar.server.KhabarServer.LOG;

/** What {@code POST /extract} and {@code POST /batch} do with a body once it is in, on the extraction workers. */
final class ExtractionWork {
    private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";

    /** Makes a document's JSON line (the extractor's, or a test's). */
    private final Function<JsonRequest, String> extraction;
    private final ThreadPoolExecutor workers;
    private final int queue;
    private final long maxOutputBytes;

    ExtractionWork(Function<JsonRequest, String> extraction, ThreadPoolExecutor workers, int queue,
                   long maxOutputBytes) {
        this.extraction = extraction;
        this.workers = workers;
        this.queue = queue;
        this.maxOutputBytes = maxOutputBytes;
    }

    /** Queues {@code /extract} of the body; a full queue is a 503 at once. */
    void extract(Exchange ex, byte[] body) {
        submit(ex, () -> extractDocument(ex, body));
    }

    /** Queues {@code /batch} of the body; a full queue is a 503 at once. */
    void batch(Exchange ex, byte[] body) {
        submit(ex, () -> {
            try {
                batchLines(ex, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading a byte array: cannot happen
            }
        });
    }

    private void submit(Exchange ex, Runnable job) {
        try {
            workers.execute(() -> {
                if (ex.isAnswered()) {
                    return; // timed out in the queue, or the client went away
                }
                ex.phase = Exchange.Phase.RUNNING;
                try {
                    job.run();
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    LOG.error("{} failed", ex.path(), e);
                    ex.answer(500, error("internal error: " + e));
                }
            });
        } catch (RejectedExecutionException e) {
            ex.answer(503, error("busy: " + queue + " requests already waiting"));
        }
    }

    /** The body as text, a UTF-8 byte order mark left out. */
    private static String text(byte[] body) {
        int from = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        return new String(body, from, body.length - from, StandardCharsets.UTF_8);
    }

    private void extractDocument(Exchange ex, byte[] body) {
        JsonRequest request = JsonRequest.parse(text(body), null);
        JsonRequest.Response response = request.extractWith(extraction);
        if (!response.isError()) {
            ex.answer(200, response.json());
            return;
        }
        switch (response.failure()) {
            case INPUT -> ex.answer(400, error(response.error()));
            case WORK_LIMIT -> {
                // The client's document, well-formed but past the work budget: not a fault of the server (500),
                // nor a passing state (503); the same document will get the same answer.
                LOG.warn("/extract: document {} stopped at the work limit: {}", request.idKey(), response.error());
                ex.answer(422, error(response.error()));
            }
            case INTERNAL -> {
                LOG.error("/extract: document {} failed inside the extractor", request.idKey(), response.cause());
                ex.answer(500, error("internal error: " + response.error()));
            }
        }
    }

    private void batchLines(Exchange ex, byte[] body) throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream(body), Math.max(1, body.length));
        GrowableBytes out = new GrowableBytes(Math.max(64, body.length));
        JsonLines.Line line;
        while ((line = lines.next()) != null) {
            if (ex.isAnswered()) {
                return; // past the time limit: stop working for nobody
            }
            JsonRequest request = line.tooLong()
                    ? JsonRequest.unreadable("line:" + line.number(), "line not read: " + line.unreadable())
                    : JsonRequest.parse(line.text(), "line:" + line.number());
            JsonRequest.Response response = request.extractWith(extraction);
            logFailure("/batch", request, response);
            byte[] json = bytes(response.json());
            if (out.size() + (long) json.length + 1 > maxOutputBytes) {
                ex.answer(413, error("answer larger than " + maxOutputBytes + " bytes after " + (line.number() - 1)
                        + " lines: send fewer lines a request"));
                return;
            }
            out.write(json);
            out.write('\n');
        }
        ex.answer(200, JSON_LINES, out.array(), out.size(), false);
    }

    /** Failures of one line of a batch are its error record; those inside the extractor are logged too. */
    static void logFailure(String where, JsonRequest request, JsonRequest.Response response) {
        if (response.failure() == JsonRequest.Failure.INTERNAL) {
            LOG.error("{}: document {} failed inside the extractor", where, request.idKey(), response.cause());
        } else if (response.failure() == JsonRequest.Failure.WORK_LIMIT) {
            LOG.warn("{}: document {} stopped at the work limit: {}", where, request.idKey(), response.error());
        }
    }
}
