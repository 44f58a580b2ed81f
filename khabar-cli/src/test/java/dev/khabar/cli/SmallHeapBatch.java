package dev.khabar.cli;

import dev.khabar.json.JsonCodec;
import dev.khabar.json.JsonLines;
import dev.khabar.json.JsonRequest;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A batch of long lines for a JVM with a small heap, started by {@link BatchMemoryTest}: {@code LINES} lines of
 * {@code CHARS} Arabic chars each, generated as they are read (no file), go through {@link JsonLines} and
 * {@link BatchRunner} as in {@code khabar batch}, with a stand-in extraction that takes a while and answers small
 * (the real extractor needs more heap and time than a test has). {@code READ_AHEAD} is {@code default} (the
 * runner's byte bound) or {@code lines-only} (no byte bound: only the {@code threads * 64} documents, as before the
 * bound). Exits 0 when every line gave its answer, 3 when some gave error records.
 *
 * <pre>java -Xmx64m -cp … dev.khabar.cli.SmallHeapBatch LINES CHARS READ_AHEAD OUT</pre>
 */
public final class SmallHeapBatch {
    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[0]);
        int chars = Integer.parseInt(args[1]);
        long readAhead = args[2].equals("lines-only") ? Long.MAX_VALUE : BatchRunner.DEFAULT_READ_AHEAD;
        Path out = Path.of(args[3]);
        Function<JsonRequest, String> extraction = r -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JsonCodec.errorJson(r.id(), "chars " + r.text().length()).replace("\"error\"", "\"done\"");
        };
        BatchRunner runner = new BatchRunner(2, extraction, readAhead);
        BatchRunner.Summary summary;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8))) {
            summary = runner.run(BatchRunner.jsonLines(new JsonLines(generated(lines, chars),
                    JsonLines.defaultMaxLineBytes())), w, Progress.none());
        }
        System.out.println(summary.documents() + " documents, " + summary.errors() + " errors");
        System.exit(summary.errors() == 0 ? 0 : 3);
    }

    /** {@code lines} JSON lines {"id":"dN","text":"…"} of {@code chars} chars each, made as they are read. */
    private static InputStream generated(int lines, int chars) {
        byte[] word = "نص ".getBytes(StandardCharsets.UTF_8); // 3 chars, 5 bytes
        return new InputStream() {
            private int line;
            private byte[] head = new byte[0];
            private int headPos;
            private long textLeft = -1;
            private int wordPos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    if (headPos < head.length) {
                        b[off + n++] = head[headPos++];
                    } else if (textLeft > 0) {
                        b[off + n++] = word[wordPos++];
                        if (wordPos == word.length) {
                            wordPos = 0;
                            textLeft--;
                        }
                    } else if (textLeft == 0) {
                        head = "\"}\n".getBytes(StandardCharsets.UTF_8);
                        headPos = 0;
                        textLeft = -1;
                    } else if (line < lines) {
                        head = ("{\"id\":\"d" + line++ + "\",\"text\":\"").getBytes(StandardCharsets.UTF_8);
                        headPos = 0;
                        textLeft = chars / 3;
                    } else {
                        break;
                    }
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        };
    }
}
