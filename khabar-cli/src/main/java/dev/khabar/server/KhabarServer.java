package dev.khabar.server;

import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonRequest;
import org.eclipse.jetty.http.HttpHeader;
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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static dev.khabar.server.Exchange.error;

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
 *
 * <p>This class builds the Jetty front and the worker pool, routes requests and shuts down; a request and its one
 * answer are an {@link Exchange}, its body is read by {@link BodyReader}, the extraction is {@link ExtractionWork}'s,
 * and the header timeout is {@link ConnectionTracker}'s.
 */
public final class KhabarServer implements AutoCloseable {
    static final Logger LOG = LoggerFactory.getLogger(KhabarServer.class);
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

    private static final byte[] HEALTH = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    private static final long SWEEP_MILLIS = 100;
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final Consumer<String> TO_LOGGER = ACCESS::info;

    private final Config config;
    /** Where access log lines go (a test may look at them). */
    volatile Consumer<String> accessLog = TO_LOGGER;
    private final Server jetty;
    private final ServerConnector connector;
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timers;
    private final ConnectionTracker connections;
    private final BodyReader bodies;
    private final ExtractionWork work;
    /** Requests received and not yet answered. */
    private final Set<Exchange> live = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closing = new AtomicBoolean();
    /** When the last request arrived (nanoTime). */
    private volatile long lastArrival = System.nanoTime();
    private volatile boolean draining;

    private KhabarServer(Function<JsonRequest, String> extraction, Config config) {
        this.config = config;
        this.connections = new ConnectionTracker(config.headerTimeoutMillis());
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
        connector.addBean(connections);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(Math.max(1, config.maxConnections()), connector));
        jetty.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                KhabarServer.this.handle(new Exchange(request, response, callback, KhabarServer.this,
                        connections.stateOf(request.getConnectionMetaData().getConnection())));
                return true;
            }
        });
        this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.queue())), daemon("khabar-worker"),
                new ThreadPoolExecutor.AbortPolicy());
        this.timers = new ScheduledThreadPoolExecutor(1, daemon("khabar-timer"));
        timers.setRemoveOnCancelPolicy(true);
        timers.scheduleWithFixedDelay(connections::closeSlowHeaders, SWEEP_MILLIS, SWEEP_MILLIS,
                TimeUnit.MILLISECONDS);
        this.bodies = new BodyReader(config.maxBodyBytes(), config.bodyTimeoutMillis(), timers);
        this.work = new ExtractionWork(extraction, workers, config.queue(), config.maxOutputBytes());
    }

    private static ThreadFactory daemon(String name) {
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
    static KhabarServer start(Function<JsonRequest, String> extraction, Config config) throws IOException {
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

    Config config() {
        return config;
    }

    /** Whether the server is shutting down: every answer then closes its connection. */
    boolean isDraining() {
        return draining;
    }

    /** Requests received and not yet answered. */
    int inFlight() {
        return live.size();
    }

    /** Open connections. */
    int openConnections() {
        return connections.open();
    }

    /** An exchange is done (answered or given up). */
    void answered(Exchange ex) {
        live.remove(ex);
    }

    /** Writes an access log line, made only when it is written. */
    void logAccess(Supplier<String> line) {
        Consumer<String> sink = accessLog;
        if (config.accessLog() && (sink != TO_LOGGER || ACCESS.isInfoEnabled())) {
            sink.accept(line.get());
        }
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
        drain(System.nanoTime() + TimeUnit.SECONDS.toNanos(config.graceSeconds()));
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

    /**
     * Waits until all is answered and no request has come for a moment: a keep-alive client that was between two
     * requests when the drain began sends its next one on its open connection, and gets its 503 (with
     * Connection: close) rather than a closed socket.
     */
    private void drain(long deadline) {
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            awaitAnswered(deadline);
            long quiet = System.nanoTime() - lastArrival;
            if (live.isEmpty() && quiet >= QUIET_NANOS) {
                break;
            }
            sleepMillis(Math.max(1, (QUIET_NANOS - quiet) / 1_000_000));
        }
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

    // ---- routing ----

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
                    ex.answer(200, Exchange.JSON, HEALTH, HEALTH.length, false);
                }
            }
            case "/extract" -> {
                if (allow(ex, "POST")) {
                    bodies.read(ex, body -> work.extract(ex, body));
                }
            }
            case "/batch" -> {
                if (allow(ex, "POST")) {
                    bodies.read(ex, body -> work.batch(ex, body));
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
}
