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

    @Option(names = "--grace", paramLabel = "SECONDS", description = "On shutdown, how long requests in flight may take to finish (default: ${DEFAULT-VALUE}).")
    int grace = DEFAULTS.graceSeconds();

    @Override
    public Integer call() throws Exception {
        Extractor extractor = Extractor.builder().build();
        KhabarServer server = KhabarServer.start(extractor,
                new KhabarServer.Config(host, port, Math.max(1, threads), Math.max(1, queue), maxBody, grace));
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
