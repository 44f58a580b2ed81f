package dev.khabar.server;

import dev.khabar.json.JsonCodec;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** One request and its single answer: whichever of the work, a timer or a failure answers first wins. */
final class Exchange {
    static final String JSON = "application/json; charset=utf-8";

    /** Where a request is: its body arriving, waiting for a worker, or being extracted. */
    enum Phase { READING, QUEUED, RUNNING }

    final Request request;
    final Response response;
    private final Callback callback;
    private final KhabarServer server;
    private final long t0 = System.nanoTime();
    private final AtomicBoolean answered = new AtomicBoolean();
    final ConnectionTracker.ConnectionState connection;
    volatile Phase phase = Phase.READING;
    volatile ScheduledFuture<?> deadline;
    volatile ScheduledFuture<?> bodyDeadline;

    Exchange(Request request, Response response, Callback callback, KhabarServer server,
             ConnectionTracker.ConnectionState connection) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.server = server;
        this.connection = connection;
    }

    /** The JSON body of an error answer. */
    static String error(String message) {
        return JsonCodec.errorJson(null, message);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    String path() {
        return request.getHttpURI().getPath();
    }

    /** Whether the request was answered (or given up) already. */
    boolean isAnswered() {
        return answered.get();
    }

    /** Sends the one answer; false when the request was already answered (or given up). */
    boolean answer(int status, String body) {
        return answer(status, body, false);
    }

    /** The answer, closing the connection after it when {@code close} (a body left unread). */
    boolean answer(int status, String body, boolean close) {
        byte[] b = bytes(body);
        return answer(status, JSON, b, b.length, close);
    }

    boolean answer(int status, String contentType, byte[] body, int length, boolean close) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        cancelTimers();
        try {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
            if (status == 503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            }
            if (close || server.isDraining()) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            response.write(true, ByteBuffer.wrap(body, 0, length),
                    Callback.from(() -> finished(status, length, null), x -> finished(status, length, x)));
        } catch (RuntimeException e) {
            finished(status, length, e);
        }
        return true;
    }

    /** Gives up without an answer (the client is gone). */
    void abandon(Throwable failure) {
        if (answered.compareAndSet(false, true)) {
            cancelTimers();
            finished(0, 0, failure);
        }
    }

    /** The body is in: its timer stops and the request waits for a worker. */
    void bodyReceived() {
        cancel(bodyDeadline);
        phase = Phase.QUEUED;
    }

    private void cancelTimers() {
        cancel(deadline);
        cancel(bodyDeadline);
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void finished(int status, long bytes, Throwable failure) {
        if (failure == null) {
            callback.succeeded();
        } else {
            callback.failed(failure);
        }
        if (connection != null) {
            connection.bytesAtLastAnswer = request.getConnectionMetaData().getConnection().getBytesIn();
            connection.headerStart = 0;
            connection.handling = false;
        }
        server.logAccess(() -> request.getMethod() + " " + path() + " " + status + " " + bytes + " "
                + (System.nanoTime() - t0) / 1_000_000 + "ms" + (failure == null ? "" : " (" + failure + ")"));
        server.answered(this);
    }

    /** The request's time limit ran out: 408 while its body arrives, 503 while queued, 504 while running. */
    void timedOut() {
        int limit = server.config().requestTimeoutMillis();
        switch (phase) {
            case READING -> answer(408, error("body not received within " + limit + " ms"), true);
            case QUEUED -> answer(503, error("busy: not started within " + limit + " ms"));
            case RUNNING -> answer(504, error("not done within " + limit + " ms"));
        }
    }
}
