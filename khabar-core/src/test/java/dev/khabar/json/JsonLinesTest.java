package dev.khabar.json;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines end only at LF (CR LF is one ending, a lone CR is text); a BOM is skipped; a runaway line is not kept. */
class JsonLinesTest {

    private static List<String> lines(byte[] bytes, int max) throws IOException {
        return lines(new ByteArrayInputStream(bytes), max);
    }

    private static List<String> lines(InputStream in, int max) throws IOException {
        JsonLines reader = new JsonLines(in, max);
        List<String> out = new ArrayList<>();
        JsonLines.Line line;
        while ((line = reader.next()) != null) {
            assertEquals(out.size() + 1, line.number());
            out.add(line.tooLong() ? null : line.text());
        }
        return out;
    }

    private static List<String> lines(String s) throws IOException {
        return lines(s.getBytes(StandardCharsets.UTF_8), 1 << 20);
    }

    @Test
    void onlyLineFeedEndsALine() throws IOException {
        assertEquals(List.of("a\rb", "c", "", "d\r"), lines("a\rb\nc\r\n\nd\r"));
        assertEquals(List.of("x"), lines("x\n"));
        assertEquals(List.of("x", "y"), lines("x\ny"));
        assertEquals(List.of(), lines(""));
        assertEquals(List.of("", ""), lines("\n\n"));
        assertEquals(List.of("\r"), lines("\r\r\n"), "only the CR just before LF belongs to the ending");
    }

    /** One byte a read: every line and every CR LF falls across buffer edges. */
    @Test
    void endingsSplitAcrossReads() throws IOException {
        byte[] bytes = "ab\r\ncd\re\r\n\r\nf".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(1, len));
            }
        };
        assertEquals(List.of("ab", "cd\re", "", "f"), lines(trickle, 100));
        // A line longer than the 64 KB buffer, its CR in one fill and its LF in the next.
        String longLine = "ب".repeat(40_000) + "x";
        assertEquals(List.of(longLine, "z"), lines(longLine + "\r\nz"));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkippedAndOnlyThere() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write("{\"id\":1}\n\uFEFFsecond".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("{\"id\":1}", "\uFEFFsecond"), lines(b.toByteArray(), 100));
        assertEquals(List.of(), lines(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 100));
        assertEquals(List.of("\u00EF"), lines(new byte[] {(byte) 0xC3, (byte) 0xAF}, 100), "two bytes: no BOM");
    }

    @Test
    void aLineOverTheLimitIsReportedNotKept() throws IOException {
        JsonLines reader = new JsonLines(new ByteArrayInputStream(
                ("short\n" + "x".repeat(5000) + "\nafter").getBytes(StandardCharsets.UTF_8)), 1000);
        assertEquals("short", reader.next().text());
        JsonLines.Line big = reader.next();
        assertTrue(big.tooLong());
        assertEquals(5000, big.bytes());
        assertEquals(2, big.number());
        assertEquals("after", reader.next().text());
        assertNull(reader.next());
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementChars() throws IOException {
        assertEquals(List.of("a\uFFFDb"), lines(new byte[] {'a', (byte) 0xFF, 'b'}, 100));
    }

    @Test
    void loneSurrogatesAreWrittenAsEscapesAndReadBack() throws Exception {
        String id = "a\uD800b\uDC00\uD83D\uDE00"; // lone high, lone low, then a real pair
        String json = JsonCodec.errorJson(TextNode.valueOf(id), "x");
        assertTrue(json.contains("a\\ud800b\\udc00\uD83D\uDE00"), json);
        assertFalse(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("?"));
        assertEquals(id, JsonCodec.readTree(json).get("id").asText());
        String tail = JsonCodec.errorJson(TextNode.valueOf("\uDBFF"), "end");
        assertEquals(id.substring(1, 2), JsonCodec.readTree(JsonCodec.errorJson(TextNode.valueOf(id.substring(1, 2)), "y"))
                .get("id").asText());
        assertEquals("\uDBFF", JsonCodec.readTree(tail).get("id").asText());
    }

    @Test
    void rawControlCharsInsideStringsAreTakenAsText() {
        JsonRequest r = JsonRequest.parse("{\"id\":\"c\",\"text\":\"a\rb\tc\"}", "line:1");
        assertNull(r.error(), r.error());
        assertEquals("a\rb\tc", r.text());
    }
}
