package dev.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch rows of the hardening issue: line endings, BOM, odd ids, resume by position, errors, progress. */
class BatchHardeningTest {

    private static List<JsonNode> run(Path dir, byte[] input, String... extra) throws IOException {
        Path in = dir.resolve("in-" + System.nanoTime() + ".jsonl");
        Files.write(in, input);
        Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
        List<String> args = new ArrayList<>(List.of("batch", "--in", in.toString(), "--out", out.toString(),
                "--no-progress"));
        args.addAll(List.of(extra));
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            docs.add(JsonCodec.readTree(line));
        }
        return docs;
    }

    private static List<String> ids(List<JsonNode> docs) {
        return docs.stream().map(d -> d.get("id").asText()).toList();
    }

    @Test
    void aLoneCarriageReturnIsTextAndCrLfOneEnding(@TempDir Path dir) throws IOException {
        String input = "{\"id\":\"d1\",\"text\":\"#أول\"}\n"
                + "{\"id\":\"cr\",\"text\":\"سطر\rثانٍ #وسم\"}\n"      // raw CR inside the text
                + "{\"id\":\"ws\",\r\"text\":\"#وسم\"}\n"               // raw CR between tokens
                + "{\"text\":\"بلا معرف\"}\r\n"                           // CR LF ending, no id
                + "{\"id\":\"last\",\"text\":\"#آخر\"}\r\n";
        List<JsonNode> docs = run(dir, input.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("d1", "cr", "ws", "line:4", "last"), ids(docs), "one document a line, numbered right");
        docs.forEach(d -> assertFalse(d.has("error"), d.toString()));
        assertEquals("وسم", docs.get(1).get("hashtags").get(0).get("tag").asText());
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsSkipped(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("{\"id\":\"bom\",\"text\":\"#وسم\"}\n{\"id\":\"two\",\"text\":\"#ثان\"}\n".getBytes(StandardCharsets.UTF_8));
        List<JsonNode> docs = run(dir, b.toByteArray());
        assertEquals(List.of("bom", "two"), ids(docs));
        assertFalse(docs.get(0).has("error"), docs.get(0).toString());
    }

    @Test
    void idsWithLoneSurrogatesAreWrittenBackExactly(@TempDir Path dir) throws IOException {
        String input = "{\"id\":\"a\\ud800\",\"text\":\"#x\"}\n{\"id\":\"\\udc00b\",\"text\":\"#y\"}\n";
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--no-progress"));
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"id\":\"a\\ud800\"") && written.contains("\"id\":\"\\udc00b\""), written);
        List<String> ids = written.lines().map(l -> {
            try {
                return JsonCodec.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertEquals(List.of("a\uD800", "\uDC00b"), ids);
    }

    /** An input with everything that made resuming by id wrong: repeated ids, odd ids, no ids, broken lines. */
    private static byte[] awkwardInput() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            switch (i % 8) {
                case 0 -> s.append("{\"id\":\"same\",\"text\":\"#وسم_").append(i).append(" نص\"}\n");
                case 1 -> s.append("{\"id\":").append(i % 3).append(",\"text\":\"بلغ عدد الأسرى ").append(i).append(" أسيرًا\"}\n");
                case 2 -> s.append("{\"id\":\"\\ud83d").append(i).append("\",\"text\":\"#x\"}\n");
                case 3 -> s.append("{\"text\":\"بلا معرف ").append(i).append("\"}\n");
                case 4 -> s.append("not json ").append(i).append('\n');
                case 5 -> s.append('\n');
                case 6 -> s.append("{\"id\":\"same\",\"text\":\"نص\r").append(i).append("\"}\r\n");
                default -> s.append("{\"id\":null,\"text\":\"#آخر\"}\n");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void killedAtRandomPointsAndResumedEqualsACleanRun(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, awkwardInput());
        Path clean = dir.resolve("clean.jsonl");
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", clean.toString(), "--no-progress",
                "--allow-errors"));
        byte[] expected = Files.readAllBytes(clean);
        assertEquals(40, new String(expected, StandardCharsets.UTF_8).lines().count());
        Random random = new Random(20261202);
        List<Integer> cuts = new ArrayList<>(List.of(0, expected.length, expected.length - 1));
        for (int i = 0; i < 10; i++) {
            cuts.add(random.nextInt(expected.length));
        }
        for (int cut : cuts) {
            Path out = dir.resolve("out-" + cut + ".jsonl");
            Files.write(out, Arrays.copyOf(expected, cut)); // the run was killed after writing cut bytes
            assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--resume",
                    "--no-progress", "--allow-errors"));
            assertArrayEquals(expected, Files.readAllBytes(out), "killed at byte " + cut + ": no loss, no duplicate");
        }
    }

    @Test
    void resumeRefusesTheOutputOfAnotherInput(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.jsonl");
        Files.writeString(a, "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\",\"text\":\"y\"}\n", StandardCharsets.UTF_8);
        Path b = dir.resolve("b.jsonl");
        Files.writeString(b, "{\"id\":\"b1\",\"text\":\"x\"}\n{\"id\":\"b2\",\"text\":\"y\"}\n{\"id\":\"b3\",\"text\":\"z\"}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("batch", "--in", a.toString(), "--out", out.toString(), "--no-progress"));
        byte[] before = Files.readAllBytes(out);
        assertEquals(1, Main.run("batch", "--in", b.toString(), "--out", out.toString(), "--resume", "--no-progress"));
        assertArrayEquals(before, Files.readAllBytes(out), "nothing was added to the wrong output");
    }

    @Test
    void exitStatusAndSummaryCountFailedLines(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"ok\",\"text\":\"x\"}\nbroken\n{\"id\":\"no-text\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        String err = capturingStderr(() -> assertEquals(BatchCommand.EXIT_DOCUMENT_ERRORS,
                Main.run("batch", "--in", in.toString(), "--out", out.toString())));
        assertTrue(err.contains("3 documents, 2 errors"), err);
        assertEquals(3, Files.readAllLines(out).size());
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--allow-errors",
                "--no-progress"));
    }

    @Test
    void aDocumentPastTheWorkLimitIsItsErrorRecordAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"قال مجلس الأمن الدولي اليوم\"}\n"
                + "{\"id\":\"hard\",\"text\":\"" + "مجلس ".repeat(5_000) + "\"}\n"
                + "{\"id\":\"b\",\"text\":\"#وسم\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        String err = capturingStderr(() -> assertEquals(BatchCommand.EXIT_DOCUMENT_ERRORS, Main.run("batch", "--in",
                in.toString(), "--out", out.toString(), "--no-progress", "--max-work", "20000")));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("مجلس الأمن الدولي"), lines.get(0));
        JsonNode hard = JsonCodec.readTree(lines.get(1));
        assertEquals("hard", hard.get("id").asText());
        assertTrue(hard.get("error").asText().contains("WorkLimitExceededException"), lines.get(1));
        assertTrue(lines.get(2).contains("وسم") && !lines.get(2).contains("error"), lines.get(2));
        assertTrue(err.contains("stopped at the work limit") && err.contains("3 documents, 1 errors"), err);
    }

    @Test
    void aRedirectedStderrGetsNoCarriageReturnsUnlessAsked(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"#x\"}\n".repeat(50), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        // Under the test runner standard error is a pipe, as when it is redirected to a file.
        assertFalse(Progress.stderrIsTerminal());
        String plain = capturingStderr(() -> assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString())));
        assertTrue(plain.contains("50 documents, 0 errors"), plain);
        assertFalse(plain.contains("\r") || plain.contains("\u001b"), plain);
        String forced = capturingStderr(() -> assertEquals(0, Main.run("batch", "--in", in.toString(), "--out",
                out.toString(), "--progress")));
        assertTrue(forced.contains("\r"), forced);
    }

    @Test
    void compressedInputGetsABarByTheBytesOfTheFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl.gz");
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(in)),
                StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"a\",\"text\":\"#x\"}\n".repeat(200));
        }
        Path out = dir.resolve("out.jsonl");
        String err = capturingStderr(() -> assertEquals(0, Main.run("batch", "--in", in.toString(), "--out",
                out.toString(), "--progress")));
        long size = Files.size(in);
        String[] frames = err.split("\r");
        String last = frames[frames.length - 1];
        assertTrue(last.startsWith(String.format(java.util.Locale.ROOT,
                "[##############################] 100%% %.1f/%.1f kB, 200 docs, ETA", size / 1e3, size / 1e3)), err);
        assertTrue(last.contains("khabar batch: 200 documents, 0 errors"), err);
    }

    private static String capturingStderr(Runnable r) {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---- the runner itself, with a stand-in extraction ----

    @Test
    void readAheadIsBoundedInBytesNotLines() throws Exception {
        long megabyte = 1 << 20;
        AtomicInteger pulled = new AtomicInteger();
        BatchRunner.Source source = () -> {
            int n = pulled.incrementAndGet();
            return n > 100 ? null : new BatchRunner.Item(megabyte, () -> JsonRequest.of("d" + n, "x", null));
        };
        CountDownLatch release = new CountDownLatch(1);
        Function<JsonRequest, String> extraction = r -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonCodec.errorJson(r.id(), "done");
        };
        BatchRunner runner = new BatchRunner(2, extraction, 8 * megabyte);
        StringWriter out = new StringWriter();
        AtomicReference<BatchRunner.Summary> summary = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                summary.set(runner.run(source, out, Progress.none()));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        t.start();
        Thread.sleep(300);
        int ahead = pulled.get();
        assertTrue(ahead <= 8 + 1, "1 MB documents read ahead with an 8 MB budget: " + ahead
                + " (bounded by lines only, it would be 100)");
        release.countDown();
        t.join(30_000);
        assertEquals(100, summary.get().documents());
    }

    @Test
    void answersWaitingForAnEarlierDocumentCountInTheReadAhead() throws Exception {
        // Small documents with large answers (as a long text gives, about four times its size), the first one slow:
        // counting only what is read, all 100 would be done and 99 answers of 1 MB would wait in memory.
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        BatchRunner.Source source = () -> {
            int n = pulled.incrementAndGet();
            return n > 100 ? null : new BatchRunner.Item(1, () -> JsonRequest.of("d" + n, n == 1 ? "slow" : "x", null));
        };
        CountDownLatch release = new CountDownLatch(1);
        String big = "x".repeat(1 << 19); // two bytes a char counted: 1 MB an answer
        Function<JsonRequest, String> extraction = r -> {
            started.incrementAndGet();
            if (r.text().equals("slow")) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return JsonCodec.errorJson(r.id(), big);
        };
        StringWriter out = new StringWriter();
        AtomicReference<BatchRunner.Summary> summary = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                summary.set(new BatchRunner(2, extraction, 8L << 20).run(source, out, Progress.none()));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        t.start();
        Thread.sleep(500);
        int done = started.get();
        assertTrue(done <= 8 + 3, "documents done while their answers of 1 MB wait, with an 8 MB budget: " + done);
        release.countDown();
        t.join(30_000);
        assertEquals(100, summary.get().documents());
        assertEquals(100, out.toString().lines().count());
    }

    @Test
    void theReadAheadLetsALargeDocumentGoAloneAndNeverHoldsTheOneTheWriterWaitsFor() throws Exception {
        ReadAhead limit = new ReadAhead(10);
        limit.read(25); // nothing held: a document over the budget goes alone
        Thread reader = new Thread(() -> {
            try {
                limit.read(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        reader.join(200);
        assertTrue(reader.isAlive(), "the reader waits while the large document is held");
        limit.start(0); // the document the writer waits for starts even with the budget full
        Thread worker = new Thread(() -> {
            try {
                limit.start(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        worker.join(200);
        assertTrue(worker.isAlive(), "a later document waits while the budget is full");
        limit.answered(5); // its answer: counted without waiting
        limit.written(30);
        reader.join(5_000);
        worker.join(5_000);
        assertFalse(reader.isAlive() || worker.isAlive());
        assertEquals(1, limit.held());
    }

    @Test
    void anErrorInOneDocumentIsThatDocumentsErrorRecord() throws Exception {
        Function<JsonRequest, String> extraction = r -> switch (r.text()) {
            case "deep" -> String.valueOf(recurse(0));
            case "huge" -> String.valueOf(new long[Integer.MAX_VALUE].length); // a real OutOfMemoryError, at once
            case "bug" -> throw new IllegalStateException("a bug in a stage");
            default -> JsonCodec.errorJson(r.id(), "fine");
        };
        List<String> texts = List.of("a", "deep", "b", "huge", "c", "bug", "d");
        AtomicInteger next = new AtomicInteger();
        BatchRunner.Source source = () -> {
            int i = next.getAndIncrement();
            return i >= texts.size() ? null : new BatchRunner.Item(1, () -> JsonRequest.of("d" + i, texts.get(i), null));
        };
        StringWriter out = new StringWriter();
        AtomicReference<BatchRunner.Summary> summary = new AtomicReference<>();
        String log = capturingStderr(() -> {
            try {
                summary.set(new BatchRunner(2, extraction, 1 << 20).run(source, out, Progress.none()));
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        List<String> lines = out.toString().lines().toList();
        assertEquals(7, lines.size(), "the batch went on");
        assertEquals(3, summary.get().errors());
        assertTrue(lines.get(1).contains("StackOverflowError"), lines.get(1));
        assertTrue(lines.get(3).contains("OutOfMemoryError"), lines.get(3));
        assertTrue(lines.get(5).contains("IllegalStateException"), lines.get(5));
        assertTrue(lines.get(6).contains("\"d6\"") && lines.get(6).contains("fine"), lines.get(6));
        assertTrue(log.contains("failed inside the extractor") && log.contains("a bug in a stage"), log);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
