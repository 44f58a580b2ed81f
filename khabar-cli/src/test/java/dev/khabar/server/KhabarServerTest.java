package dev.khabar.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar serve} on a loopback port: a load of real requests, every error path, and a graceful stop. */
class KhabarServerTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final int MAX_BODY = 1 << 20;
    private static KhabarServer server;
    private static HttpClient client;
    private static List<String> texts;
    private static String seed;

    @BeforeAll
    static void start() throws IOException {
        server = KhabarServer.start(EXTRACTOR, new KhabarServer.Config("127.0.0.1", 0, 2, 64, MAX_BODY, 5));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("testdata/sample.jsonl"), StandardCharsets.UTF_8)) {
            texts.add(JsonCodec.readTree(line).get("text").asText());
        }
        seed = Files.readString(Path.of("testdata/seed.txt"), StandardCharsets.UTF_8);
        // Pieces of the seed article, so requests differ in length and content.
        Random random = new Random(6);
        for (int i = 0; i < 200; i++) {
            int from = random.nextInt(seed.length());
            texts.add(seed.substring(from, Math.min(seed.length(), from + 1 + random.nextInt(250))));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String request(String id, String text, LocalDate date) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("text", text);
        if (date != null) {
            r.put("date", date.toString());
        }
        return JsonCodec.mapper().writeValueAsString(r);
    }

    @Test
    void tenThousandRequestsFromFourClientsAllEqualExtract() throws Exception {
        int requests = 10_000;
        int clients = 4;
        LocalDate date = LocalDate.of(2026, 2, 7);
        String[] bodies = new String[requests];
        String[] expected = new String[requests];
        Map<String, dev.khabar.Extraction> serial = new java.util.HashMap<>();
        for (int i = 0; i < requests; i++) {
            String text = texts.get(i % texts.size());
            LocalDate d = i % 3 == 0 ? null : date;
            bodies[i] = request("r" + i, text, d);
            dev.khabar.Extraction e = serial.computeIfAbsent(d + "|" + text, k -> EXTRACTOR.extract(text, d));
            expected[i] = JsonCodec.toJson(TextNode.valueOf("r" + i), e);
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        try {
                            HttpResponse<String> r = post("/extract", bodies[i]);
                            if (r.statusCode() != 200) {
                                failures.add("request " + i + ": HTTP " + r.statusCode() + " " + r.body());
                            } else if (!r.body().equals(expected[i])) {
                                failures.add("request " + i + ": differs from extract(): " + r.body());
                            }
                        } catch (IOException | InterruptedException e) {
                            failures.add("request " + i + ": " + e);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(requests, done.get());
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.stream().limit(3).toList());
    }

    @Test
    void batchGivesOneLineOutPerLineInInOrder() throws Exception {
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            body.append(request("b" + i, texts.get(i), null)).append('\n');
            expected.add(JsonCodec.toJson(TextNode.valueOf("b" + i), EXTRACTOR.extract(texts.get(i))));
        }
        body.append("not json\n{\"id\": 7}\n");
        HttpResponse<String> r = post("/batch", body.toString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertEquals(52, lines.size(), "lines in == lines out");
        assertEquals(expected, lines.subList(0, 50));
        assertEquals("line:51", JsonCodec.readTree(lines.get(50)).get("id").asText());
        assertTrue(JsonCodec.readTree(lines.get(50)).has("error"));
        assertEquals(7, JsonCodec.readTree(lines.get(51)).get("id").asInt());
        assertTrue(JsonCodec.readTree(lines.get(51)).get("error").asText().contains("text"));
    }

    @Test
    void badRequestsGetClean400s() throws Exception {
        Map<String, String> cases = Map.of(
                "not json", "not JSON",
                "[1, 2]", "not a JSON object",
                "{\"id\": \"x\"}", "no \"text\" string",
                "{\"text\": 42}", "no \"text\" string",
                "{\"text\": \"نص\", \"date\": \"2026-02-30\"}", "bad \"date\"",
                "{\"text\": \"نص\", \"date\": 20260207}", "\"date\" must be a string",
                "", "not");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = post("/extract", c.getKey());
            assertEquals(400, r.statusCode(), c.getKey() + " → " + r.body());
            JsonNode error = JsonCodec.readTree(r.body()).get("error");
            assertTrue(error.asText().contains(c.getValue()), c.getKey() + " → " + r.body());
        }
    }

    @Test
    void healthUnknownPathsAndWrongMethods() throws Exception {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("ok", JsonCodec.readTree(health.body()).get("status").asText());
        assertEquals(404, post("/nowhere", "{}").statusCode());
        HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri("/extract")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertEquals(405, post("/health", "").statusCode());
    }

    @Test
    void bodiesOverTheLimitGet413AndTheServerGoesOn() throws Exception {
        String big = request("big", "ا".repeat(MAX_BODY / 2 + 100), null); // 2 bytes a letter: just over the limit
        HttpResponse<String> r = post("/extract", big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(JsonCodec.readTree(r.body()).get("error").asText().contains("larger than"));
        // Without a Content-Length (chunked), the limit holds too.
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(uri("/batch"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        assertEquals(200, post("/extract", request("small", "#وسم", null)).statusCode());
    }

    @Test
    void closeLetsTheRequestInFlightFinishThenRefusesConnections() throws Exception {
        // Close semantics do not depend on the stages; without NER (about 8 ms of CPU per article) the 300 articles
        // in flight finish well within the grace on a busy 2-core machine.
        Extractor withoutNer = Extractor.builder()
                .stages(java.util.EnumSet.complementOf(java.util.EnumSet.of(dev.khabar.Stage.NER))).build();
        KhabarServer own = KhabarServer.start(withoutNer, new KhabarServer.Config("127.0.0.1", 0, 2, 8, 64 << 20, 300));
        URI batch = URI.create("http://127.0.0.1:" + own.address().getPort() + "/batch");
        String line = request(null, seed, null) + "\n";
        String body = line.repeat(300);
        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(batch)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (own.inFlight() == 0 && !slow.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        own.close();
        HttpResponse<String> r = slow.get(300, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals(300, r.body().lines().count(), "the request in flight was answered in full");
        assertThrows(IOException.class, () -> client.send(HttpRequest.newBuilder(batch)
                .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString()));
    }
}
