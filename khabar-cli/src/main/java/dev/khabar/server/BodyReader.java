package dev.khabar.server;

import org.eclipse.jetty.io.Content;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static dev.khabar.server.Exchange.error;

/**
 * Reads a request body without holding a thread while it arrives (Jetty calls back when more is there), within the
 * size limit and the body timeout.
 */
final class BodyReader {
    private final int maxBodyBytes;
    private final int bodyTimeoutMillis;
    private final ScheduledExecutorService timers;

    BodyReader(int maxBodyBytes, int bodyTimeoutMillis, ScheduledExecutorService timers) {
        this.maxBodyBytes = maxBodyBytes;
        this.bodyTimeoutMillis = bodyTimeoutMillis;
        this.timers = timers;
    }

    /**
     * Reads the body; then {@code then} gets it. Answers 413 past the size limit and 408 past the body timeout,
     * closing the connection (the rest of the body is not read).
     */
    void read(Exchange ex, Consumer<byte[]> then) {
        long declared = ex.request.getLength();
        if (declared > maxBodyBytes) {
            ex.answer(413, error("body larger than " + maxBodyBytes + " bytes"), true);
            return;
        }
        ex.bodyDeadline = timers.schedule(() -> {
            if (ex.phase == Exchange.Phase.READING) {
                ex.answer(408, error("body not received within " + bodyTimeoutMillis + " ms"), true);
            }
        }, bodyTimeoutMillis, TimeUnit.MILLISECONDS);
        GrowableBytes body = new GrowableBytes((int) Math.max(0, Math.min(declared >= 0 ? declared : 8192,
                maxBodyBytes)));
        new Runnable() {
            @Override
            public void run() {
                while (!ex.isAnswered()) {
                    Content.Chunk chunk = ex.request.read();
                    if (chunk == null) {
                        ex.request.demand(this);
                        return;
                    }
                    if (!take(ex, chunk, body)) {
                        return;
                    }
                    if (chunk.isLast()) {
                        chunk.release();
                        ex.bodyReceived();
                        then.accept(Arrays.copyOf(body.array(), body.size()));
                        return;
                    }
                    chunk.release();
                }
            }
        }.run();
    }

    /** Adds a chunk to the body; false (the request answered or given up) on a failure or past the size limit. */
    private boolean take(Exchange ex, Content.Chunk chunk, GrowableBytes body) {
        if (Content.Chunk.isFailure(chunk)) {
            if (Content.Chunk.isFailure(chunk, true)) {
                ex.abandon(chunk.getFailure());
            } else {
                ex.answer(408, error("body not received in time"), true);
            }
            return false;
        }
        ByteBuffer b = chunk.getByteBuffer();
        int n = b.remaining();
        if (body.size() + (long) n > maxBodyBytes) {
            chunk.release();
            ex.answer(413, error("body larger than " + maxBodyBytes + " bytes"), true);
            return false;
        }
        byte[] tmp = new byte[n];
        b.get(tmp);
        body.write(tmp, 0, n);
        return true;
    }
}
