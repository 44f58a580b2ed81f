package dev.khabar.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The serve rows of the hardening issue, on loopback with raw sockets (which see a reset or an early close as it is)
 * and a stand-in extraction whose speed the test sets: {@code "sleep:MS"} takes that long, {@code "bug"} throws.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KhabarServerHardeningTest {

    /** Holds {@code "gate"} documents until the test opens it. */
    private static volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    private static final Function<JsonRequest, String> STAND_IN = r -> {
        String text = r.text();
        if (text.startsWith("sleep:")) {
            try {
                Thread.sleep(Long.parseLong(text.substring(6)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        switch (text) {
            case "gate" -> {
                try {
                    gate.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case "bug" -> throw new IllegalStateException("a bug in a stage");
            case "deep" -> recurse(0);
            case "too long" -> throw new IllegalArgumentException("text longer than allowed");
            case "too hard" -> throw new dev.khabar.WorkLimitExceededException(1000, "ner");
            default -> {
            }
        }
        return JsonCodec.errorJson(r.id(), "length " + text.length()).replace("\"error\"", "\"done\"");
    };

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private static KhabarServer.Config config(int threads, int queue) {
        return new KhabarServer.Config("127.0.0.1", 0, threads, queue, 1 << 20, 5);
    }

    private static String doc(String text) {
        return "{\"id\":\"x\",\"text\":\"" + text + "\"}";
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void twoTricklingClientsDoNotStopTheServerAnsweringOthers() throws Exception {
        try (KhabarServer server = KhabarServer.start(STAND_IN, config(1, 4));
             Socket slowHeaders = RawHttp.connect(server.address().getPort(), 30_000);
             Socket slowBody = RawHttp.connect(server.address().getPort(), 30_000)) {
            int port = server.address().getPort();
            byte[] request = RawHttp.request("POST", "/extract", doc("slow").getBytes(StandardCharsets.UTF_8));
            CompletableFuture.runAsync(() -> RawHttp.trickle(slowHeaders, request, 100));
            int headerEnd = new String(request, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
            slowBody.getOutputStream().write(request, 0, headerEnd);
            byte[] body = java.util.Arrays.copyOfRange(request, headerEnd, request.length);
            CompletableFuture.runAsync(() -> RawHttp.trickle(slowBody, body, 100));
            Thread.sleep(300); // both are well under way, and a single worker thread
            long worst = 0;
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                RawHttp.Reply r = i % 5 == 4 ? RawHttp.once(port, "GET", "/health", null)
                        : RawHttp.once(port, "POST", "/extract", doc("fast " + i));
                assertEquals(200, r.status(), r.body());
                worst = Math.max(worst, millisSince(t0));
            }
            assertTrue(worst < 1000, "slowest real request: " + worst + " ms");
        }
    }

    @Test
    void aPartialRequestIsClosedAtTheHeaderTimeout() throws Exception {
        KhabarServer.Config c = config(1, 4).withTimeouts(400, 30_000, 30_000, 30_000);
        try (KhabarServer server = KhabarServer.start(STAND_IN, c);
             Socket trickler = RawHttp.connect(server.address().getPort(), 10_000);
             Socket silent = RawHttp.connect(server.address().getPort(), 10_000)) {
            long t0 = System.nanoTime();
            CompletableFuture.runAsync(() -> RawHttp.trickle(trickler, "GET /health HTTP/1.1\r\nHost: a\r\n".getBytes(
                    StandardCharsets.US_ASCII), 50));
            assertClosedByServer(trickler);
            assertClosedByServer(silent);
            long ms = millisSince(t0);
            assertTrue(ms >= 350 && ms < 3000, "closed after " + ms + " ms");
            // A keep-alive connection owes its next request's headers in time too, from their first byte.
            try (Socket keepAlive = RawHttp.connect(server.address().getPort(), 10_000)) {
                assertEquals(200, RawHttp.exchange(keepAlive, "GET", "/health", null).status());
                Thread.sleep(600); // idle between requests is not slow headers
                assertEquals(200, RawHttp.exchange(keepAlive, "GET", "/health", null).status());
                keepAlive.getOutputStream().write("GET /hea".getBytes(StandardCharsets.US_ASCII));
                assertClosedByServer(keepAlive);
            }
        }
    }

    private static void assertClosedByServer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // drain until the server closes
            }
        } catch (java.net.SocketException reset) {
            // a reset is a close too
        }
    }

    @Test
    void aBodyThatDoesNotArriveGets408() throws Exception {
        KhabarServer.Config c = config(1, 4).withTimeouts(10_000, 400, 30_000, 30_000);
        try (KhabarServer server = KhabarServer.start(STAND_IN, c);
             Socket s = RawHttp.connect(server.address().getPort(), 10_000)) {
            s.getOutputStream().write(("POST /extract HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n{\"text\":")
                    .getBytes(StandardCharsets.US_ASCII));
            long t0 = System.nanoTime();
            RawHttp.Reply r = RawHttp.read(s.getInputStream());
            assertEquals(408, r.status());
            assertTrue(JsonCodec.readTree(r.body()).get("error").asText().contains("body"), r.body());
            assertTrue(r.closes());
            assertTrue(millisSince(t0) < 3000);
        }
    }

    @Test
    void theTimeLimitGives504WhileRunningAnd503WhileQueued() throws Exception {
        KhabarServer.Config c = config(1, 4).withTimeouts(10_000, 10_000, 400, 30_000);
        try (KhabarServer server = KhabarServer.start(STAND_IN, c)) {
            int port = server.address().getPort();
            CompletableFuture<RawHttp.Reply> running = CompletableFuture.supplyAsync(() -> call(port, doc("sleep:1500")));
            while (server.inFlight() == 0) {
                Thread.sleep(5);
            }
            Thread.sleep(50);
            long t0 = System.nanoTime();
            RawHttp.Reply queued = call(port, doc("fast"));
            RawHttp.Reply slow = running.get(10, TimeUnit.SECONDS);
            assertEquals(504, slow.status(), slow.body());
            assertEquals(503, queued.status(), queued.body());
            assertTrue(millisSince(t0) < 1200, "answered at the limit, not when the work ended");
            assertTrue(JsonCodec.readTree(slow.body()).get("error").asText().contains("not done within 400 ms"));
            assertTrue(JsonCodec.readTree(queued.body()).get("error").asText().contains("busy"));
            Thread.sleep(1500);
            assertEquals(200, call(port, doc("after")).status(), "the worker is free again");
        }
    }

    private static RawHttp.Reply call(int port, String body) {
        try {
            return RawHttp.once(port, "POST", "/extract", body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBatchAnswerOverTheLimitIs413NotAnOutOfMemoryError() throws Exception {
        KhabarServer.Config c = new KhabarServer.Config("127.0.0.1", 0, 1, 4, 11 << 20, 5)
                .withLimits(8 << 20, 64, true);
        try (KhabarServer server = KhabarServer.start(STAND_IN, c)) {
            int port = server.address().getPort();
            RawHttp.Reply r = RawHttp.once(port, "POST", "/batch", "\n".repeat(10 << 20));
            assertEquals(413, r.status());
            assertTrue(JsonCodec.readTree(r.body()).get("error").asText().contains("answer larger than"), r.body());
            assertEquals(200, RawHttp.once(port, "GET", "/health", null).status());
            RawHttp.Reply small = RawHttp.once(port, "POST", "/batch", "\n".repeat(1000));
            assertEquals(200, small.status(), "under the limit, blank lines are error records as always");
            assertEquals(1000, small.body().lines().count());
        }
    }

    @Test
    void connectionsPastTheLimitWaitUntilOneCloses() throws Exception {
        KhabarServer.Config c = config(1, 4).withLimits(1 << 20, 3, true);
        try (KhabarServer server = KhabarServer.start(STAND_IN, c)) {
            int port = server.address().getPort();
            List<Socket> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(RawHttp.connect(port, 5000));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.openConnections() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            try (Socket fourth = RawHttp.connect(port, 400)) { // the kernel completes the handshake: it waits there
                fourth.getOutputStream().write(RawHttp.request("GET", "/health", null));
                assertThrows(SocketTimeoutException.class, () -> RawHttp.read(fourth.getInputStream()));
                assertEquals(3, server.openConnections());
                held.get(0).close();
                fourth.setSoTimeout(5000);
                assertEquals(200, RawHttp.read(fourth.getInputStream()).status());
            }
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void internalErrorsAre500AndLoggedAndEveryRequestIsInTheAccessLog() throws Exception {
        List<String> access = Collections.synchronizedList(new ArrayList<>());
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (KhabarServer server = KhabarServer.start(STAND_IN, config(2, 4))) {
            server.accessLog = access::add;
            int port = server.address().getPort();
            RawHttp.Reply bug = RawHttp.once(port, "POST", "/extract", doc("bug"));
            assertEquals(500, bug.status());
            assertTrue(JsonCodec.readTree(bug.body()).get("error").asText().contains("IllegalStateException"));
            assertEquals(500, RawHttp.once(port, "POST", "/extract", doc("deep")).status(), "StackOverflowError");
            assertEquals(400, RawHttp.once(port, "POST", "/extract", doc("too long")).status(), "the input's fault");
            RawHttp.Reply hard = RawHttp.once(port, "POST", "/extract", doc("too hard"));
            assertEquals(422, hard.status(), "a document past the work limit: the client's, and not worth a retry");
            assertTrue(JsonCodec.readTree(hard.body()).get("error").asText().contains("maxWork"), hard.body());
            RawHttp.Reply batch = RawHttp.once(port, "POST", "/batch", doc("a") + "\n" + doc("bug") + "\n" + doc("b") + "\n"
                    + doc("too hard") + "\n");
            assertEquals(200, batch.status());
            List<String> lines = batch.body().lines().toList();
            assertEquals(4, lines.size());
            assertTrue(lines.get(1).contains("IllegalStateException") && lines.get(2).contains("done"), batch.body());
            assertTrue(lines.get(3).contains("WorkLimitExceededException"), batch.body());
        } finally {
            System.setErr(saved);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("failed inside the extractor") && log.contains("a bug in a stage")
                && log.contains("StackOverflowError"), log);
        assertTrue(log.contains("stopped at the work limit"), log);
        assertEquals(5, access.size(), access.toString());
        assertTrue(access.get(3).matches("POST /extract 422 \\d+ \\d+ms"), access.get(3));
        assertTrue(access.get(0).matches("POST /extract 500 \\d+ \\d+ms"), access.get(0));
        assertTrue(access.get(4).matches("POST /batch 200 \\d+ \\d+ms"), access.get(4));
    }

    @Test
    void aByteOrderMarkAndCarriageReturnsOverHttp() throws Exception {
        try (KhabarServer server = KhabarServer.start(STAND_IN, config(1, 4))) {
            int port = server.address().getPort();
            RawHttp.Reply one = RawHttp.once(port, "POST", "/extract", "\uFEFF" + doc("bom"));
            assertEquals(200, one.status(), one.body());
            String body = "\uFEFF" + doc("a") + "\n{\"id\":\"cr\",\"text\":\"x\ry\"}\r\n{\"text\":\"z\"}\n";
            List<String> lines = RawHttp.once(port, "POST", "/batch", body).body().lines().toList();
            assertEquals(3, lines.size(), lines.toString());
            List<String> ids = new ArrayList<>();
            for (String l : lines) {
                JsonNode n = JsonCodec.readTree(l);
                assertTrue(n.has("done"), l);
                ids.add(n.get("id").asText());
            }
            assertEquals(List.of("x", "cr", "line:3"), ids);
        }
    }

    @Test
    void healthIsAnsweredAndAFullQueue503sWhileWorkersAreBusy() throws Exception {
        try (KhabarServer server = KhabarServer.start(STAND_IN, config(1, 2))) {
            int port = server.address().getPort();
            List<CompletableFuture<RawHttp.Reply>> busy = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                busy.add(CompletableFuture.supplyAsync(() -> call(port, doc("sleep:1000"))));
            }
            while (server.inFlight() < 3) {
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            assertEquals(200, RawHttp.once(port, "GET", "/health", null).status());
            RawHttp.Reply full = call(port, doc("one more"));
            assertEquals(503, full.status());
            assertTrue(full.headers().containsKey("retry-after"));
            assertTrue(millisSince(t0) < 500, "answered at once: " + millisSince(t0) + " ms");
            for (CompletableFuture<RawHttp.Reply> f : busy) {
                assertEquals(200, f.get(10, TimeUnit.SECONDS).status());
            }
        }
    }

    @Test
    void shutdownAnswersEveryRequestAlreadyReceivedQueuedOnesToo() throws Exception {
        gate = new java.util.concurrent.CountDownLatch(1);
        KhabarServer server = KhabarServer.start(STAND_IN, config(2, 64));
        int port = server.address().getPort();
        int clients = 30;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<RawHttp.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                replies.add(pool.submit(() -> RawHttp.once(port, "POST", "/extract", doc("gate"))));
            }
            while (server.inFlight() < clients) {
                Thread.sleep(1);
            }
            // Two running, 28 queued: now stop the server, and let the work go on while it drains.
            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean refused = false;
            while (!refused && System.nanoTime() < deadline) {
                try {
                    RawHttp.once(port, "GET", "/health", null);
                    Thread.sleep(5);
                } catch (IOException e) {
                    refused = true;
                }
            }
            assertTrue(refused, "no longer accepting connections while draining");
            gate.countDown();
            for (Future<RawHttp.Reply> f : replies) {
                assertEquals(200, f.get(10, TimeUnit.SECONDS).status(), "answered, not reset");
            }
            closing.get(10, TimeUnit.SECONDS);
        } finally {
            gate.countDown();
            pool.shutdownNow();
            server.close();
        }
    }

    @Test
    void pastTheGracePeriodWhatIsLeftGets503NotAReset() throws Exception {
        KhabarServer server = KhabarServer.start(STAND_IN, new KhabarServer.Config("127.0.0.1", 0, 1, 64, 1 << 20, 1));
        int port = server.address().getPort();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RawHttp.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> RawHttp.once(port, "POST", "/extract", doc("sleep:400"))));
            }
            while (server.inFlight() < 8) {
                Thread.sleep(1);
            }
            long t0 = System.nanoTime();
            server.close();
            assertTrue(millisSince(t0) < 3000, "closed after the grace period: " + millisSince(t0) + " ms");
            int ok = 0;
            int refused = 0;
            for (Future<RawHttp.Reply> f : replies) {
                RawHttp.Reply r = f.get(10, TimeUnit.SECONDS);
                if (r.status() == 200) {
                    ok++;
                } else {
                    assertEquals(503, r.status(), r.body());
                    assertTrue(r.body().contains("grace period"), r.body());
                    refused++;
                }
            }
            assertTrue(refused >= 1, ok + " done, " + refused + " answered 503"); // 8 x 400 ms on one worker > 1 s
        } finally {
            pool.shutdownNow();
        }
    }
}
