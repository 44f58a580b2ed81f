package dev.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an interrupted batch stopped, for {@code --resume}: the number of complete lines in its output and the id of
 * the last one. Output line N is input document N (lines in == lines out, in order), so the batch skips that many
 * documents; this is right for repeated ids, odd ids and error records alike, and costs no memory per document.
 *
 * @param lines  complete lines in the output
 * @param lastId the id of the last of them (null when there is none, or it has no id)
 */
record ResumePoint(long lines, JsonNode lastId) {

    /**
     * Reads {@code output}. A last line without its newline (the run was killed while writing it) is cut off the file
     * first, so that document is done again.
     */
    static ResumePoint readAndRepair(Path output) throws IOException {
        if (!Files.exists(output)) {
            return new ResumePoint(0, null);
        }
        long end = cutPartialLastLine(output);
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(output)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new ResumePoint(lines, lines == 0 ? null : lastLineId(output, end));
    }

    /** The id of the line that ends at {@code end} (just after its newline). */
    private static JsonNode lastLineId(Path output, long end) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "r")) {
            long start = lineStart(f, end - 1);
            byte[] line = new byte[(int) Math.min(Integer.MAX_VALUE - 64, end - 1 - start)];
            f.seek(start);
            f.readFully(line);
            try {
                return JsonCodec.readTree(new String(line, StandardCharsets.UTF_8)).get("id");
            } catch (IOException e) {
                return null; // not a line the batch wrote: no id to check against
            }
        }
    }

    /** The offset just after the last newline before {@code pos}, or 0. */
    private static long lineStart(RandomAccessFile f, long pos) throws IOException {
        byte[] buf = new byte[8192];
        while (pos > 0) {
            int len = (int) Math.min(buf.length, pos);
            f.seek(pos - len);
            f.readFully(buf, 0, len);
            for (int i = len - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return pos - len + i + 1;
                }
            }
            pos -= len;
        }
        return 0;
    }

    /** Cuts what follows the last newline; returns the new length. */
    private static long cutPartialLastLine(Path output) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "rw")) {
            long keep = lineStart(f, f.length());
            f.setLength(keep);
            return keep;
        }
    }
}
