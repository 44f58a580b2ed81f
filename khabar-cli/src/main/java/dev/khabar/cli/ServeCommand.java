package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.server.KhabarServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves extraction over HTTP: POST /extract {\"text\", \"date\"} → the document JSON; POST /batch "
                + "with JSON Lines → JSON Lines; GET /health. Stops gracefully on Ctrl-C / SIGTERM."})
final class ServeCommand implements Callable<Integer> {
    private static final KhabarServer.Config DEFAULTS = KhabarServer.Config.defaults();

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}; there is no authentication, "
            + "so think twice before binding another).")
    String host = DEFAULTS.host();

    @Option(names = "--port", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = DEFAULTS.port();

    @Option(names = "--threads", description = "Requests handled at once (default: all cores).")
    int threads = DEFAULTS.threads();

    @Option(names = "--queue", description = "Requests that may wait beyond those (default: ${DEFAULT-VALUE}).")
    int queue = DEFAULTS.queue();

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    int maxBody = DEFAULTS.maxBodyBytes();

    @Option(names = "--grace", paramLabel = "SECONDS", description = "On shutdown, how long the requests already "
            + "received (queued ones too) have to be answered; what is left then gets 503 (default: ${DEFAULT-VALUE}).")
    int grace = DEFAULTS.graceSeconds();

    @Option(names = "--header-timeout", paramLabel = "MS", description = "Time for a request's line and headers to "
            + "arrive; the connection is closed past it (default: ${DEFAULT-VALUE}).")
    int headerTimeout = DEFAULTS.headerTimeoutMillis();

    @Option(names = "--body-timeout", paramLabel = "MS", description = "Time for a request's body to arrive after its "
            + "headers; 408 past it (default: ${DEFAULT-VALUE}).")
    int bodyTimeout = DEFAULTS.bodyTimeoutMillis();

    @Option(names = "--request-timeout", paramLabel = "MS", description = "Time from a request's headers to its answer; "
            + "503 past it while queued, 504 while running (default: ${DEFAULT-VALUE}).")
    int requestTimeout = DEFAULTS.requestTimeoutMillis();

    @Option(names = "--idle-timeout", paramLabel = "MS", description = "How long an idle connection stays open between "
            + "requests (default: ${DEFAULT-VALUE}).")
    int idleTimeout = DEFAULTS.idleTimeoutMillis();

    @Option(names = "--max-output", paramLabel = "BYTES", description = "Largest POST /batch answer; 413 past it "
            + "(default: 4 x --max-body).")
    Long maxOutput;

    @Option(names = "--max-connections", description = "Connections open at once; past that no more are accepted "
            + "until one closes (default: ${DEFAULT-VALUE}).")
    int maxConnections = DEFAULTS.maxConnections();

    @Option(names = "--access-log", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Log each request (method, path, status, bytes, ms) on standard error (default: on).")
    boolean accessLog = true;

    @Option(names = "--max-work", paramLabel = "UNITS", description = "Work budget of one document "
            + "(Extractor.Builder.maxWork; news needs 4 to 10 units a char): a document past it is "
            + "answered 422, and is that line's error record in /batch (default: ${DEFAULT-VALUE}).")
    long maxWork = Extractor.DEFAULT_MAX_WORK;

    @Override
    public Integer call() throws Exception {
        // Jetty's start-up lines are noise for a user; its warnings are not.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
        Extractor extractor = Extractor.builder().maxWork(maxWork).build();
        KhabarServer server = KhabarServer.start(extractor,
                new KhabarServer.Config(host, port, Math.max(1, threads), Math.max(1, queue), maxBody, grace)
                        .withTimeouts(headerTimeout, bodyTimeout, requestTimeout, idleTimeout)
                        .withLimits(maxOutput != null ? maxOutput : 4L * maxBody, maxConnections, accessLog));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("khabar serve: shutting down");
            server.close();
            stopped.countDown();
        }, "khabar-shutdown"));
        System.err.printf("khabar serve: listening on http://%s:%d (POST /extract, POST /batch, GET /health)%n",
                server.address().getHostString(), server.address().getPort());
        stopped.await();
        return 0;
    }
}
