package dev.khabar.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonRequest;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Khabar over HTTP, on the JDK's own server ({@code com.sun.net.httpserver}):
 * <ul>
 *   <li>{@code POST /extract} with {@code {"text": …, "date": "YYYY-MM-DD", "id": …}} (date and id optional) → the
 *       document's JSON, as {@code khabar extract} prints it;</li>
 *   <li>{@code POST /batch} with JSON Lines → JSON Lines, one line out per line in, in order, bad lines as
 *       {@code {"id", "error"}} records (as {@code khabar batch});</li>
 *   <li>{@code GET /health} → {@code {"status": "ok"}}.</li>
 * </ul>
 * Bad input is a 400 with {@code {"error": …}}; a body over {@link Config#maxBodyBytes} a 413; an unknown path a
 * 404; a wrong method a 405; a request that arrives while shutting down a 503.
 *
 * <p>Concurrency is bounded: {@link Config#threads} requests are handled at once and up to {@link Config#queue} more
 * wait; past that the accepting thread handles the request itself, so it stops accepting connections until one
 * finishes (back-pressure through the TCP backlog, nothing dropped). {@link #close()} stops taking requests, lets
 * those in flight finish (up to the grace period), then closes. One shared extractor serves every thread.
 */
public final class KhabarServer implements AutoCloseable {

    /**
     * @param host           address to bind; loopback by default, since the service has no authentication
     * @param port           port, or 0 for any free one
     * @param threads        requests handled at once
     * @param queue          requests waiting beyond those
     * @param maxBodyBytes   largest request body accepted
     * @param graceSeconds   how long {@link #close()} waits for requests in flight
     */
    public record Config(String host, int port, int threads, int queue, int maxBodyBytes, int graceSeconds) {
        public static Config defaults() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Config("127.0.0.1", 8080, cores, 64 * cores, 10 << 20, 10);
        }

        public Config withPort(int newPort) {
            return new Config(host, newPort, threads, queue, maxBodyBytes, graceSeconds);
        }
    }

    static {
        // The JDK server writes the headers and the body separately; with Nagle's algorithm on, the body waits for the
        // client's delayed ACK (about 40 ms a request). Read once, when the JDK server's config class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final String JSON = "application/json; charset=utf-8";
    private static final String JSON_LINES = "application/x-ndjson; charset=utf-8";

    private final Extractor extractor;
    private final Config config;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    private KhabarServer(Extractor extractor, Config config) throws IOException {
        this.extractor = extractor;
        this.config = config;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(config.host()), config.port()), 256);
        this.executor = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.queue())), r -> {
                    Thread t = new Thread(r, "khabar-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts serving; returns once the port is bound. */
    public static KhabarServer start(Extractor extractor, Config config) throws IOException {
        KhabarServer s = new KhabarServer(extractor, config);
        s.server.start();
        return s;
    }

    /** The bound address (with the real port when the config asked for port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Requests being handled now. */
    int inFlight() {
        return inFlight.get();
    }

    /** Graceful shutdown: new requests get 503, those in flight finish (up to the grace period), then it closes. */
    @Override
    public void close() {
        draining = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.graceSeconds());
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(config.graceSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try (exchange) {
            if (draining) {
                send(exchange, 503, JSON, error("shutting down"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/health" -> {
                    if (allow(exchange, "GET")) {
                        send(exchange, 200, JSON, "{\"status\":\"ok\"}");
                    }
                }
                case "/extract" -> {
                    if (allow(exchange, "POST")) {
                        extract(exchange);
                    }
                }
                case "/batch" -> {
                    if (allow(exchange, "POST")) {
                        batch(exchange);
                    }
                }
                default -> send(exchange, 404, JSON, error("no such path: " + path + " (try POST /extract, "
                        + "POST /batch, GET /health)"));
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } catch (RuntimeException e) {
            try {
                send(exchange, 500, JSON, error(e.getClass().getSimpleName() + ": " + e.getMessage()));
            } catch (IOException | RuntimeException ignored) {
                // Headers already sent or connection gone.
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void extract(HttpExchange exchange) throws IOException {
        String body = body(exchange);
        if (body == null) {
            return;
        }
        JsonRequest request = JsonRequest.parse(body, null);
        JsonRequest.Response response = request.extractWith(extractor);
        if (response.isError()) {
            send(exchange, 400, JSON, error(response.error()));
        } else {
            send(exchange, 200, JSON, response.json());
        }
    }

    private void batch(HttpExchange exchange) throws IOException {
        String body = body(exchange);
        if (body == null) {
            return;
        }
        StringBuilder out = new StringBuilder(body.length());
        BufferedReader lines = new BufferedReader(new StringReader(body));
        String line;
        long lineNo = 0;
        while ((line = lines.readLine()) != null) {
            out.append(JsonRequest.parse(line, "line:" + ++lineNo).extractWith(extractor).json()).append('\n');
        }
        send(exchange, 200, JSON_LINES, out.toString());
    }

    /** The body as UTF-8, or null after answering 413 when it is larger than allowed. */
    private String body(HttpExchange exchange) throws IOException {
        int max = config.maxBodyBytes();
        InputStream in = exchange.getRequestBody();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                send(exchange, 400, JSON, error("bad Content-Length"));
                return null;
            }
            if (length > max) {
                tooLarge(exchange, length <= 2L * max && skipped(in, length));
                return null;
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(length >= 0 ? (int) length : 8192);
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (buffer.size() + n > max) {
                tooLarge(exchange, skipped(in, max));
                return null;
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Reads and drops up to {@code limit} more bytes of the body; true when the body ended within them. */
    private static boolean skipped(InputStream in, long limit) throws IOException {
        byte[] chunk = new byte[8192];
        long left = limit;
        int n;
        while (left > 0 && (n = in.read(chunk, 0, (int) Math.min(chunk.length, left))) > 0) {
            left -= n;
        }
        return in.read() < 0;
    }

    /**
     * Answers 413. A body that was read to its end leaves the connection usable; a larger one is left unread and the
     * connection is closed (its client may see the close before the answer).
     */
    private void tooLarge(HttpExchange exchange, boolean bodyConsumed) throws IOException {
        if (!bodyConsumed) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        send(exchange, 413, JSON, error("body larger than " + config.maxBodyBytes() + " bytes"));
    }

    private static boolean allow(HttpExchange exchange, String method) throws IOException {
        if (exchange.getRequestMethod().equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", method);
        send(exchange, 405, JSON, error(exchange.getRequestMethod() + " not allowed here, use " + method));
        return false;
    }

    private static String error(String message) {
        try {
            return JsonCodec.mapper().writeValueAsString(java.util.Map.of("error", message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
