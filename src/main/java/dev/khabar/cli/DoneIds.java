package dev.khabar.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.khabar.json.JsonCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The ids already in a batch's output, for {@code --resume}. Each id is kept as a 64-bit hash (8 bytes per
 * document, so millions fit in a small heap); two different ids share a hash with odds of about n²/2⁶⁵.
 * Immutable once read, so workers may ask it concurrently.
 */
final class DoneIds implements Predicate<String> {
    private final long[] sorted;

    private DoneIds(long[] sorted) {
        this.sorted = sorted;
    }

    /**
     * Reads the ids of {@code output}'s lines. A last line without its newline (the run was killed while writing it)
     * is cut off the file first, so that document is done again.
     */
    static DoneIds readAndRepair(Path output) throws IOException {
        if (!Files.exists(output)) {
            return new DoneIds(new long[0]);
        }
        cutPartialLastLine(output);
        long[] hashes = new long[1024];
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String key = idKey(line);
                if (key != null) {
                    if (n == hashes.length) {
                        hashes = Arrays.copyOf(hashes, n * 2);
                    }
                    hashes[n++] = hash(key);
                }
            }
        }
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        return new DoneIds(sorted);
    }

    int size() {
        return sorted.length;
    }

    @Override
    public boolean test(String idKey) {
        return sorted.length > 0 && Arrays.binarySearch(sorted, hash(idKey)) >= 0;
    }

    /** The JSON text of the line's first field when it is {@code "id"} (as the batch writes it), else null. */
    private static String idKey(String line) {
        try (JsonParser p = JsonCodec.mapper().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !p.currentName().equals("id")) {
                return null;
            }
            p.nextToken();
            return String.valueOf(p.readValueAsTree().toString());
        } catch (IOException e) {
            return null;
        }
    }

    private static void cutPartialLastLine(Path output) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "rw")) {
            long end = f.length();
            long pos = end;
            byte[] buf = new byte[8192];
            while (pos > 0) {
                int len = (int) Math.min(buf.length, pos);
                f.seek(pos - len);
                f.readFully(buf, 0, len);
                for (int i = len - 1; i >= 0; i--) {
                    if (buf[i] == '\n') {
                        f.setLength(pos - len + i + 1);
                        return;
                    }
                }
                pos -= len;
            }
            f.setLength(0); // no complete line at all
        }
    }

    /** FNV-1a over the chars, then the SplitMix64 finalizer to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
