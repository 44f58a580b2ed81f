package dev.khabar.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream of JSON Lines into lines, as {@code khabar batch} and {@code POST /batch} read them.
 *
 * <ul>
 *   <li>A line ends only at LF; CR LF is one ending; a lone CR is text (JSON takes it as white space between tokens,
 *       and {@link JsonRequest#parse} takes it raw inside a string). {@code BufferedReader.readLine} also ends a line
 *       at a lone CR, which splits one document into two error records and shifts every later {@code line:N}.</li>
 *   <li>A UTF-8 byte order mark before the first line is skipped.</li>
 *   <li>Bytes that are not UTF-8 become U+FFFD; LF never occurs inside a UTF-8 sequence, so splitting bytes first is
 *       safe.</li>
 *   <li>A line longer than {@code maxLineBytes} is read to its end but not kept: it comes back with a null text, so
 *       one runaway line cannot take the heap. So does a line that finds no memory to be held in (others fill the
 *       heap): the reader goes on with the next line, rather than ending with an {@link OutOfMemoryError}.</li>
 * </ul>
 * A last line without LF counts; nothing after the last LF is no line. Not thread-safe.
 */
public final class JsonLines {

    /**
     * One line: its number (from 1), its text without the ending (null when it was longer than the limit, or when
     * there was no memory left to hold it), its length in bytes, and why it has no text (null when it has).
     */
    public record Line(long number, String text, long bytes, String unreadable) {
        /**
         * A line with its text, or one that was longer than the limit (a null text).
         *
         * @param number its number, from 1
         * @param text   its text, or null
         * @param bytes  its length in bytes
         */
        public Line(long number, String text, long bytes) {
            this(number, text, bytes, text == null ? "longer than the limit" : null);
        }

        /**
         * Whether the line has no text: {@link #unreadable()} says why.
         *
         * @return true when the text was not kept
         */
        public boolean tooLong() {
            return text == null;
        }
    }

    private static final String NO_MEMORY = "no memory left to hold it";

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean started;
    private byte[] pending = new byte[0];
    private int pendingLength;
    private long number;

    /**
     * A reader of the lines of {@code in}.
     *
     * @param in           the bytes, read to their end and not closed
     * @param maxLineBytes the longest line kept, in bytes (at least 1)
     */
    public JsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = Math.max(1, maxLineBytes);
    }

    /**
     * A line limit for a reader in this JVM: an eighth of the largest heap, at least 16 MB.
     *
     * @return the limit in bytes
     */
    public static int defaultMaxLineBytes() {
        return (int) Math.max(16L << 20, Math.min(Integer.MAX_VALUE - 64, Runtime.getRuntime().maxMemory() / 8));
    }

    /**
     * Lines read so far.
     *
     * @return their number
     */
    public long lineNumber() {
        return number;
    }

    /**
     * The next line, or null at the end of the input.
     *
     * @return the line, or null
     * @throws IOException if the input cannot be read
     */
    public Line next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        pendingLength = 0;
        long bytes = 0;
        boolean over = false;
        boolean noMemory = false;
        boolean any = false;
        boolean ended = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int newline = newlineInBuffer();
            int end = newline < 0 ? limit : newline;
            int n = end - pos;
            bytes += n;
            if (newline >= 0 && pendingLength == 0 && !over && n <= maxLineBytes) {
                return lineInBuffer(newline, bytes);
            }
            if (!over && pendingLength + (long) n <= maxLineBytes) {
                if (!tryKeep(n)) {
                    over = true;
                    noMemory = true;
                }
            } else {
                over = true;
                pendingLength = 0;
            }
            pos = end;
            if (newline >= 0) {
                pos++;
                ended = true;
                break;
            }
        }
        number++;
        if (over) {
            return noMemory ? new Line(number, null, bytes, NO_MEMORY) : new Line(number, null, bytes);
        }
        try {
            return new Line(number, decode(pending, 0, pendingLength, ended), bytes);
        } catch (OutOfMemoryError e) {
            pending = new byte[0];
            return new Line(number, null, bytes, NO_MEMORY);
        }
    }

    /** Where the next line feed in the buffer is, from {@code pos}; -1 when there is none. */
    private int newlineInBuffer() {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The whole line is in the buffer, up to the line feed at {@code newline}: decoded from there. */
    private Line lineInBuffer(int newline, long bytes) {
        int from = pos;
        pos = newline + 1;
        number++;
        try {
            return new Line(number, decode(buf, from, newline - from, true), bytes);
        } catch (OutOfMemoryError e) {
            return new Line(number, null, bytes, NO_MEMORY);
        }
    }

    /** Keeps the buffer's next {@code n} bytes of a line; false when memory ran out (the kept part is dropped). */
    private boolean tryKeep(int n) {
        try {
            keep(buf, pos, n);
            return true;
        } catch (OutOfMemoryError e) {
            pending = new byte[0];
            pendingLength = 0;
            return false;
        }
    }

    private static String decode(byte[] bytes, int from, int length, boolean endedByLineFeed) {
        if (endedByLineFeed && length > 0 && bytes[from + length - 1] == '\r') {
            length--; // CR LF: the CR belongs to the ending
        }
        return new String(bytes, from, length, StandardCharsets.UTF_8);
    }

    private void keep(byte[] src, int from, int n) {
        if (pendingLength + n > pending.length) {
            pending = Arrays.copyOf(pending, (int) Math.min(maxLineBytes, Math.max(pendingLength + n, 2L * pending.length + 1024)));
        }
        System.arraycopy(src, from, pending, pendingLength, n);
        pendingLength += n;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(0, n);
        return n > 0;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                break;
            }
            limit += n;
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }
}
