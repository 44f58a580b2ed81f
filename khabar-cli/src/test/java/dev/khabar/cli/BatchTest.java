package dev.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar batch} loses nothing: lines in == lines out, in order, bad lines as error records. */
class BatchTest {

    @Test
    void thousandGoodAndTenBrokenLines(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> badIds = new ArrayList<>();
        String[] broken = {
                "not json at all", "{\"id\": \"b1\"}", "{\"id\": \"b2\", \"text\": 42}", "{\"id\": \"b3\", \"text\": \"نص\", \"date\": \"2026-13-45\"}",
                "[1, 2, 3]", "{\"id\": \"b5\", \"text\": null}", "{\"id\": \"b6\", \"text\": \"x\", \"date\": 20260207}",
                "{\"id\": \"b7\", \"text\": \"unterminated", "", "{\"id\": 8, \"txt\": \"typo\"}"};
        int b = 0;
        for (int i = 0; i < 1000; i++) {
            lines.add(JsonCodec.mapper().writeValueAsString(java.util.Map.of("id", "d" + i,
                    "text", "قال مكتب إعلام الأسرى #الحرية_للأسرى " + i, "date", "2026-02-07")));
            if (i % 100 == 50) {
                lines.add(broken[b++]);
            }
        }
        assertEquals(1010, lines.size());
        Path in = dir.resolve("in.jsonl.gz");
        try (var w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(in)), StandardCharsets.UTF_8)) {
            w.write(String.join("\n", lines) + "\n");
        }
        Path out = dir.resolve("out.jsonl.gz");
        assertEquals(BatchCommand.EXIT_DOCUMENT_ERRORS,
                Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--threads", "4", "--no-progress"),
                "a batch in which lines failed does not exit 0");
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--threads", "4",
                "--no-progress", "--allow-errors"));

        List<String> output;
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(out)), StandardCharsets.UTF_8))) {
            output = r.lines().toList();
        }
        assertEquals(1010, output.size(), "lines in == lines out");
        int errors = 0;
        int good = 0;
        for (int i = 0; i < output.size(); i++) {
            JsonNode o = JsonCodec.readTree(output.get(i));
            assertTrue(o.has("id") && !o.get("id").isNull(), "every output line has an id: " + output.get(i));
            if (o.has("error")) {
                errors++;
                assertFalse(o.get("error").asText().isBlank());
            } else {
                assertEquals("d" + good, o.get("id").asText(), "input order is kept");
                assertEquals(1, o.get("hashtags").size());
                good++;
            }
        }
        assertEquals(10, errors);
        assertEquals(1000, good);
        assertEquals("line:52", JsonCodec.readTree(output.get(51)).get("id").asText(), "a line without id is named by its number");
        assertEquals("b1", JsonCodec.readTree(output.get(152)).get("id").asText());
    }

    @Test
    void resumeAddsOnlyWhatIsMissingAndRedoesAHalfWrittenLine(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(JsonCodec.mapper().writeValueAsString(java.util.Map.of("id", "d" + i,
                    "text", "بلغ عدد الأسرى " + i + " أسيرًا #الأسرى_" + i)));
        }
        Path in = dir.resolve("in.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path full = dir.resolve("full.jsonl");
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", full.toString(), "--no-progress"));
        List<String> expected = Files.readAllLines(full, StandardCharsets.UTF_8);
        assertEquals(300, expected.size());

        // A run killed after 120 documents, in the middle of writing the 121st.
        Path out = dir.resolve("out.jsonl");
        String partial = String.join("\n", expected.subList(0, 120)) + "\n" + expected.get(120).substring(0, 25);
        Files.writeString(out, partial, StandardCharsets.UTF_8);
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--resume", "--no-progress"));
        assertEquals(expected, Files.readAllLines(out, StandardCharsets.UTF_8), "resumed output equals one full run");

        // Resuming a finished output adds nothing.
        assertEquals(0, Main.run("batch", "--in", in.toString(), "--out", out.toString(), "--resume", "--no-progress"));
        assertEquals(expected, Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    @Test
    void resumeRefusesStandardOutputAndGzip(@TempDir Path dir) {
        assertEquals(2, Main.run("batch", "--in", "-", "--resume", "--no-progress"));
        assertEquals(2, Main.run("batch", "--out", dir.resolve("o.jsonl.gz").toString(), "--resume", "--no-progress"));
    }

    @Test
    void directoryOfTextFilesInNameOrder(@TempDir Path dir) throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.createDirectories(texts.resolve("sub"));
        Files.writeString(texts.resolve("b.txt"), "وسم #ثانٍ في الملف", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("a.txt"), "#أول", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("sub/c.txt"), "لا وسم هنا", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("notes.md"), "#ignored", StandardCharsets.UTF_8);
        Files.write(texts.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("batch", "--in", texts.toString(), "--out", out.toString(), "--no-progress",
                "--allow-errors"));
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            docs.add(JsonCodec.readTree(line));
        }
        assertEquals(List.of("a.txt", "b.txt", "broken.txt", "sub/c.txt"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("أول", docs.get(0).get("hashtags").get(0).get("tag").asText());
        assertEquals("ثانٍ", docs.get(1).get("hashtags").get(0).get("tag").asText());
        assertEquals("not UTF-8 text", docs.get(2).get("error").asText());
        assertEquals(0, docs.get(3).get("hashtags").size());
    }
}
