package dev.khabar.server;

import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonLines;
import dev.khabar.json.JsonRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Khabar over HTTP, on Jetty 12's core server (no servlets):
 * <ul>
 *   <li>{@code POST /extract} with {@code {"text": …, "date": "YYYY-MM-DD", "id": …}} (date and id optional) → the
 *       document's JSON, as {@code khabar extract} prints it;</li>
 *   <li>{@code POST /batch} with JSON Lines → JSON Lines, one line out per line in, in order, bad lines as
 *       {@code {"id", "error"}} records (as {@code khabar batch});</li>
 *   <li>{@code GET /health} → {@code {"status": "ok"}}, answered on Jetty's own threads, so also under load.</li>
 * </ul>
 * Every error is JSON {@code {"error": …}}: 400 bad input; 404 unknown path; 405 wrong method; 408 a body not
 * received within {@link Config#bodyTimeoutMillis}; 413 a body over {@link Config#maxBodyBytes} or a {@code /batch}
 * answer over {@link Config#maxOutputBytes}; 422 a document that needs more work than the extractor's
 * {@code maxWork} allows (logged as a warning; in {@code /batch} that line's error record); 500 a failure inside the
 * extractor (logged with its stack trace); 503
 * busy (the queue is full, or the request waited its whole time limit in it) or shutting down; 504 not done within
 * {@link Config#requestTimeoutMillis}.
 *
 * <p>Why the work is split the way it is: Jetty parses headers and reads bodies without blocking, so a client that
 * trickles its request holds no thread, only a connection, and a connection is closed when its headers are not in
 * within {@link Config#headerTimeoutMillis}. Only complete requests reach the {@link Config#threads} extraction
 * workers, through a queue of {@link Config#queue}; a full queue is answered 503 at once. At most
 * {@link Config#maxConnections} connections are open; past that Jetty stops accepting until one closes.
 *
 * <p>{@link #close()} stops accepting connections, answers every request already received — queued ones included,
 * new ones on open connections with 503 — within the grace period, then closes. An access log line (method, path,
 * status, bytes, ms) goes to the slf4j logger {@code dev.khabar.server.access} at INFO.
 */
public final class KhabarServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KhabarServer.class);
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.khabar.server.access");

    /**
     * @param host                 address to bind; loopback by default, since the service has no authentication
     * @param port                 port, or 0 for any free one
     * @param threads              requests extracted at once
     * @param queue                complete requests waiting beyond those; past that, 503
     * @param maxBodyBytes         largest request body accepted (413 past it)
     * @param graceSeconds         how long {@link #close()} gives the requests already received
     * @param headerTimeoutMillis  time for a request's line and headers to arrive, from the connection's opening or
     *                             from the first byte after the previous answer
     * @param bodyTimeoutMillis    time for a request's body to arrive, from the end of its headers (408)
     * @param requestTimeoutMillis time from the end of the headers to the answer (503 if still queued, else 504)
     * @param idleTimeoutMillis    how long an idle connection is kept open between requests
     * @param maxOutputBytes       largest {@code /batch} answer (413 past it)
     * @param maxConnections       connections open at once
     * @param accessLog            whether to write the access log
     */
    public record Config(String host, int port, int threads, int queue, int maxBodyBytes, int graceSeconds,
                         int headerTimeoutMillis, int bodyTimeoutMillis, int requestTimeoutMillis,
                         int idleTimeoutMillis, long maxOutputBytes, int maxConnections, boolean accessLog) {

        /** The given sizes with the default timeouts and limits. */
        public Config(String host, int port, int threads, int queue, int maxBodyBytes, int graceSeconds) {
            this(host, port, threads, queue, maxBodyBytes, graceSeconds, 10_000, 30_000, 60_000, 30_000,
                    4L * maxBodyBytes, 1024, true);
        }

        public static Config defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Config("127.0.0.1", 8080, cores, 64 * cores, 10 << 20, 10);
        }

        public Config withPort(int newPort) {
            return new Config(host, newPort, threads, queue, maxBodyBytes, graceSeconds, headerTimeoutMillis,
                    bodyTimeoutMillis, requestTimeoutMillis, idleTimeoutMillis, maxOutputBytes, maxConnections,
                    accessLog);
        }

        public Config withTimeouts(int headerMillis, int bodyMillis, int requestMillis, int idleMillis) {
            return new Config(host, port, threads, queue, maxBodyBytes, graceSeconds, headerMillis, bodyMillis,
                    requestMillis, idleMillis, maxOutputBytes, maxConnections, accessLog);
        }

        public Config withLimits(long newMaxOutputBytes, int newMaxConnections, boolean newAccessLog) {
            return new Config(host, port, threads, queue, maxBodyBytes, graceSeconds, headerTimeoutMillis,
                    bodyTimeoutMillis, requestTimeoutMillis, idleTimeoutMillis, newMaxOutputBytes, newMaxConnections,
                    newAccessLog);
        }
    }

    private static final String JSON = "application/json; charset=utf-8";
    private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
    private static final byte[] HEALTH = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    private static final long SWEEP_MILLIS = 100;

    /** Makes a document's JSON line (the extractor's, or a test's). */
    private final java.util.function.Function<JsonRequest, String> extraction;
    private final Config config;
    /** Where access log lines go (a test may look at them). */
    volatile Consumer<String> accessLog = TO_LOGGER;
    private static final Consumer<String> TO_LOGGER = ACCESS::info;
    private final Server jetty;
    private final ServerConnector connector;
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timers;
    /** Requests received and not yet answered. */
    private final Set<Exchange> live = ConcurrentHashMap.newKeySet();
    /** Open connections, for the header timeout. */
    private final Map<Connection, ConnectionState> connections = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    /** When the last request arrived (nanoTime). */
    private volatile long lastArrival = System.nanoTime();
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private volatile boolean draining;

    private KhabarServer(java.util.function.Function<JsonRequest, String> extraction, Config config) {
        this.extraction = extraction;
        this.config = config;
        QueuedThreadPool jettyThreads = new QueuedThreadPool(64, 4);
        jettyThreads.setName("khabar-http");
        jettyThreads.setDaemon(true);
        this.jetty = new Server(jettyThreads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        // Hand a request over as soon as its headers are in, so the body timeout starts there.
        http.setDelayDispatchUntilContent(false);
        this.connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeoutMillis());
        connector.setAcceptQueueSize(1024);
        connector.addBean(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connections.put(connection, new ConnectionState(System.nanoTime()));
            }

            @Override
            public void onClosed(Connection connection) {
                connections.remove(connection);
            }
        });
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(Math.max(1, config.maxConnections()), connector));
        jetty.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                KhabarServer.this.handle(new Exchange(request, response, callback));
                return true;
            }
        });
        this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.queue())), daemon("khabar-worker"),
                new ThreadPoolExecutor.AbortPolicy());
        this.timers = new ScheduledThreadPoolExecutor(1, daemon("khabar-timer"));
        timers.setRemoveOnCancelPolicy(true);
        timers.scheduleWithFixedDelay(this::closeSlowHeaders, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts serving; returns once the port is bound. */
    public static KhabarServer start(Extractor extractor, Config config) throws IOException {
        return start(r -> JsonCodec.toJson(r.id(), extractor.extract(r.text(), r.date())), config);
    }

    /** For tests: any extraction behind the same HTTP front. */
    static KhabarServer start(java.util.function.Function<JsonRequest, String> extraction, Config config)
            throws IOException {
        KhabarServer s = new KhabarServer(extraction, config);
        try {
            s.jetty.start();
        } catch (Exception e) {
            s.timers.shutdownNow();
            s.workers.shutdownNow();
            throw e instanceof IOException io ? io : new IOException("cannot start the server: " + e.getMessage(), e);
        }
        return s;
    }

    /** The bound address (with the real port when the config asked for port 0). */
    public InetSocketAddress address() {
        return new InetSocketAddress(config.host(), connector.getLocalPort());
    }

    /** Requests received and not yet answered. */
    int inFlight() {
        return live.size();
    }

    /** Open connections. */
    int openConnections() {
        return connections.size();
    }

    /**
     * Graceful shutdown: stops accepting connections; every request already received is answered (new ones on open
     * connections with 503) within the grace period — what is left then gets 503 — and then the server closes.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        draining = true;
        connector.close(); // the listening socket: new connections are refused, not left in a backlog
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.graceSeconds());
        // Wait until all is answered and no request has come for a moment: a keep-alive client that was between two
        // requests when the drain began sends its next one on its open connection, and gets its 503 (with
        // Connection: close) rather than a closed socket.
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            awaitAnswered(deadline);
            long quiet = System.nanoTime() - lastArrival;
            if (live.isEmpty() && quiet >= QUIET_NANOS) {
                break;
            }
            sleepMillis(Math.max(1, (QUIET_NANOS - quiet) / 1_000_000));
        }
        for (Exchange ex : live) {
            ex.answer(503, error("shutting down: not done within the grace period"));
        }
        awaitAnswered(System.nanoTime() + TimeUnit.SECONDS.toNanos(1)); // let those answers go out
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the HTTP server", e);
        }
        workers.shutdownNow();
        timers.shutdownNow();
    }

    private void awaitAnswered(long deadline) {
        while (!live.isEmpty() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            sleepMillis(5);
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- connections ----

    /** When the current request's headers began (0: none pending) and whether a request is being handled. */
    private static final class ConnectionState {
        volatile long headerStart;
        volatile long bytesAtLastAnswer;
        volatile boolean handling;

        ConnectionState(long openedAt) {
            this.headerStart = openedAt; // a new connection owes its first request's headers from the start
        }
    }

    /** Closes connections whose request headers are not complete within the header timeout. */
    private void closeSlowHeaders() {
        long now = System.nanoTime();
        long limit = TimeUnit.MILLISECONDS.toNanos(config.headerTimeoutMillis());
        for (Map.Entry<Connection, ConnectionState> e : connections.entrySet()) {
            ConnectionState s = e.getValue();
            if (s.handling) {
                continue;
            }
            Connection c = e.getKey();
            if (s.headerStart == 0) {
                if (c.getBytesIn() > s.bytesAtLastAnswer) {
                    s.headerStart = now; // the next request has begun
                }
            } else if (now - s.headerStart > limit) {
                LOG.debug("closing {}: request headers not complete within {} ms", c, config.headerTimeoutMillis());
                c.getEndPoint().close();
            }
        }
    }

    // ---- requests ----

    private enum Phase { READING, QUEUED, RUNNING }

    /** One request and its single answer. */
    private final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final long t0 = System.nanoTime();
        final AtomicBoolean answered = new AtomicBoolean();
        final ConnectionState connection;
        volatile Phase phase = Phase.READING;
        volatile ScheduledFuture<?> deadline;
        volatile ScheduledFuture<?> bodyDeadline;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.connection = connections.get(request.getConnectionMetaData().getConnection());
        }

        String path() {
            return request.getHttpURI().getPath();
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
                if (close || draining) {
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

        private void cancelTimers() {
            ScheduledFuture<?> d = deadline;
            if (d != null) {
                d.cancel(false);
            }
            ScheduledFuture<?> b = bodyDeadline;
            if (b != null) {
                b.cancel(false);
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
            Consumer<String> sink = accessLog;
            if (config.accessLog() && (sink != TO_LOGGER || ACCESS.isInfoEnabled())) {
                sink.accept(request.getMethod() + " " + path() + " " + status + " " + bytes + " "
                        + (System.nanoTime() - t0) / 1_000_000 + "ms" + (failure == null ? "" : " (" + failure + ")"));
            }
            live.remove(this);
        }

        /** The request's time limit ran out: 408 while its body arrives, 503 while queued, 504 while running. */
        void timedOut() {
            switch (phase) {
                case READING -> answer(408, error("body not received within "
                        + config.requestTimeoutMillis() + " ms"), true);
                case QUEUED -> answer(503, error("busy: not started within " + config.requestTimeoutMillis() + " ms"));
                case RUNNING -> answer(504, error("not done within " + config.requestTimeoutMillis() + " ms"));
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void handle(Exchange ex) {
        lastArrival = System.nanoTime();
        live.add(ex);
        if (ex.connection != null) {
            ex.connection.handling = true;
        }
        // Jetty's idle timeout would fail a request whose extraction is slow; its time limit is ours.
        ex.request.addIdleTimeoutListener(t -> false);
        ex.request.addFailureListener(ex::abandon);
        ex.deadline = timers.schedule(ex::timedOut, config.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
        if (draining) {
            ex.answer(503, error("shutting down"));
            return;
        }
        String path = ex.path();
        switch (path) {
            case "/health" -> {
                if (allow(ex, "GET")) {
                    ex.answer(200, JSON, HEALTH, HEALTH.length, false);
                }
            }
            case "/extract" -> {
                if (allow(ex, "POST")) {
                    readBody(ex, body -> submit(ex, () -> extract(ex, body)));
                }
            }
            case "/batch" -> {
                if (allow(ex, "POST")) {
                    readBody(ex, body -> submit(ex, () -> batch(ex, body)));
                }
            }
            default -> ex.answer(404, error("no such path: " + path
                    + " (try POST /extract, POST /batch, GET /health)"));
        }
    }

    private static boolean allow(Exchange ex, String method) {
        if (ex.request.getMethod().equals(method)) {
            return true;
        }
        ex.response.getHeaders().put(HttpHeader.ALLOW, method);
        ex.answer(405, error(ex.request.getMethod() + " not allowed here, use " + method));
        return false;
    }

    /** A body growing up to the limit; its array is handed on without a copy. */
    private static final class Body extends ByteArrayOutputStream {
        Body(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }

    /**
     * Reads the body without holding a thread while it arrives; then {@code then} gets it (BOM stripped). Answers
     * 413 past the size limit and 408 past the body timeout, closing the connection (the rest of the body is not
     * read).
     */
    private void readBody(Exchange ex, Consumer<byte[]> then) {
        int max = config.maxBodyBytes();
        long declared = ex.request.getLength();
        if (declared > max) {
            ex.answer(413, error("body larger than " + max + " bytes"), true);
            return;
        }
        ex.bodyDeadline = timers.schedule(() -> {
            if (ex.phase == Phase.READING) {
                ex.answer(408, error("body not received within " + config.bodyTimeoutMillis() + " ms"), true);
            }
        }, config.bodyTimeoutMillis(), TimeUnit.MILLISECONDS);
        Body body = new Body((int) Math.max(0, Math.min(declared >= 0 ? declared : 8192, max)));
        new Runnable() {
            @Override
            public void run() {
                while (!ex.answered.get()) {
                    Content.Chunk chunk = ex.request.read();
                    if (chunk == null) {
                        ex.request.demand(this);
                        return;
                    }
                    if (Content.Chunk.isFailure(chunk)) {
                        if (Content.Chunk.isFailure(chunk, true)) {
                            ex.abandon(chunk.getFailure());
                        } else {
                            ex.answer(408, error("body not received in time"), true);
                        }
                        return;
                    }
                    ByteBuffer b = chunk.getByteBuffer();
                    int n = b.remaining();
                    if (body.size() + (long) n > max) {
                        chunk.release();
                        ex.answer(413, error("body larger than " + max + " bytes"), true);
                        return;
                    }
                    byte[] tmp = new byte[n];
                    b.get(tmp);
                    body.write(tmp, 0, n);
                    boolean last = chunk.isLast();
                    chunk.release();
                    if (last) {
                        ScheduledFuture<?> d = ex.bodyDeadline;
                        if (d != null) {
                            d.cancel(false);
                        }
                        ex.phase = Phase.QUEUED;
                        then.accept(java.util.Arrays.copyOf(body.array(), body.size()));
                        return;
                    }
                }
            }
        }.run();
    }

    private void submit(Exchange ex, Runnable job) {
        try {
            workers.execute(() -> {
                if (ex.answered.get()) {
                    return; // timed out in the queue, or the client went away
                }
                ex.phase = Phase.RUNNING;
                try {
                    job.run();
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    LOG.error("{} failed", ex.path(), e);
                    ex.answer(500, error("internal error: " + e));
                }
            });
        } catch (RejectedExecutionException e) {
            ex.answer(503, error("busy: " + config.queue() + " requests already waiting"));
        }
    }

    private static String text(byte[] body) {
        int from = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        return new String(body, from, body.length - from, StandardCharsets.UTF_8);
    }

    private void extract(Exchange ex, byte[] body) {
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

    private void batch(Exchange ex, byte[] body) {
        try {
            batchLines(ex, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // reading a byte array: cannot happen
        }
    }

    private void batchLines(Exchange ex, byte[] body) throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream(body), Math.max(1, body.length));
        Body out = new Body(Math.max(64, body.length));
        long max = config.maxOutputBytes();
        JsonLines.Line line;
        while ((line = lines.next()) != null) {
            if (ex.answered.get()) {
                return; // past the time limit: stop working for nobody
            }
            JsonRequest request = line.tooLong()
                    ? JsonRequest.unreadable("line:" + line.number(), "line not read: " + line.unreadable())
                    : JsonRequest.parse(line.text(), "line:" + line.number());
            JsonRequest.Response response = request.extractWith(extraction);
            logFailure("/batch", request, response);
            byte[] json = bytes(response.json());
            if (out.size() + (long) json.length + 1 > max) {
                ex.answer(413, error("answer larger than " + max + " bytes after " + (line.number() - 1)
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

    private static String error(String message) {
        return JsonCodec.errorJson(null, message);
    }
}
