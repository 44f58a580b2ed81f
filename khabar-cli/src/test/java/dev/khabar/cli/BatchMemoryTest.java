package dev.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch of long lines in a small heap goes through every line (the hardening issue's 140 lines of a million chars
 * in 256 MB, here 40 lines of a million chars in 64 MB, in a JVM of its own): the read-ahead is bounded in bytes. The
 * same run bounded only by the number of documents, as before, runs out of memory: that is what makes the first
 * run a test.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchMemoryTest {
    private static final int LINES = 40;
    private static final int CHARS = 1_000_000;

    private static int runInSmallHeap(String readAhead, Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SmallHeapBatch.class.getName(),
                String.valueOf(LINES), String.valueOf(CHARS), readAhead, out.toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile())
                .start();
        if (!p.waitFor(50, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return -1; // stuck
        }
        return p.exitValue();
    }

    @Test
    void fortyLinesOfAMillionCharsIn64MegabytesAllGetTheirAnswer(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bounded.jsonl");
        int status = runInSmallHeap("default", out);
        String log = Files.readString(dir.resolve("bounded.jsonl.log"));
        assertEquals(0, status, log);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(LINES, lines.size(), log);
        for (int i = 0; i < LINES; i++) {
            assertTrue(lines.get(i).startsWith("{\"id\":\"d" + i + "\"") && lines.get(i).contains("chars 999999"),
                    lines.get(i));
        }

        Path control = dir.resolve("lines-only.jsonl");
        int before = runInSmallHeap("lines-only", control);
        assertNotEquals(0, before, "bounded by documents only, the same batch should run out of memory: "
                + Files.readString(dir.resolve("lines-only.jsonl.log")));
    }
}
