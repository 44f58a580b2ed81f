package dev.khabar.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error: documents done, errors, docs/s and, when the total is known, a bar
 * and the time left ({@link Eta}, smoothed). It counts documents (a directory of text files) or the bytes read from
 * the input file as it lies on disk, so that compressed files, standard input and files too large to be counted
 * first get a bar as well. Redrawn (with a carriage return) at most five times a second, and only when enabled — by
 * default when standard error is a terminal, so a log file gets no carriage returns; a summary line at the end either
 * way.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long total;
    private final LongSupplier bytesRead;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long t0;
    private final Eta eta = new Eta(5, 2);
    private long lastDraw;
    private boolean drawn;
    private int lastLength;
    private long lastDone;
    private long lastErrors;
    private long lastMark;

    /** Counts documents, of {@code totalDocuments} (or -1 when not known). */
    public Progress(PrintStream err, long totalDocuments, boolean enabled) {
        this(err, totalDocuments, null, enabled, System::nanoTime);
    }

    /**
     * @param total     documents, or bytes when {@code bytesRead} is given; -1 when not known
     * @param bytesRead bytes read so far from the input as it lies on disk (before decompression), or null to count
     *                  documents
     * @param clock     nanoseconds
     */
    Progress(PrintStream err, long total, LongSupplier bytesRead, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.bytesRead = bytesRead;
        this.enabled = enabled;
        this.clock = clock;
        this.t0 = clock.getAsLong();
    }

    /** A bar by bytes of input: {@code totalBytes} (or -1 when not known), and what has been read so far. */
    static Progress byBytes(PrintStream err, long totalBytes, LongSupplier bytesRead, boolean enabled) {
        return new Progress(err, totalBytes, bytesRead, enabled, System::nanoTime);
    }

    /**
     * Whether standard error is a terminal. {@code System.console()} asks about standard input and output, not
     * error, so on Linux this reads where file descriptor 2 points; elsewhere it falls back to the console.
     */
    static boolean stderrIsTerminal() {
        java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
        if (java.nio.file.Files.isSymbolicLink(fd2)) {
            try {
                String target = java.nio.file.Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (java.io.IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    public static Progress none() {
        return new Progress(System.err, -1, false);
    }

    /**
     * Where the reader stands in the input: called on the reading thread right after it has read a document, and
     * given back to {@link #update} when that document is written, so that the bar follows what is written, not
     * what is read ahead.
     */
    long mark() {
        return bytesRead == null ? 0 : bytesRead.getAsLong();
    }

    void update(long done, long errors) {
        update(done, errors, 0);
    }

    /** {@code done} documents written, {@code errors} of them error records, the last one read at {@code mark}. */
    void update(long done, long errors, long mark) {
        lastDone = done;
        lastErrors = errors;
        lastMark = mark;
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        draw(now);
    }

    private void draw(long now) {
        lastDraw = now;
        drawn = true;
        double seconds = (now - t0) / 1e9;
        long position = bytesRead == null ? lastDone : lastMark;
        eta.observe(seconds, position);
        double docsPerSecond = seconds > 0 ? lastDone / seconds : 0;
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            double fraction = Math.min(1, (double) position / total);
            int filled = (int) (WIDTH * fraction);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            line.append(String.format(Locale.ROOT, "%3.0f%% ", 100 * fraction));
            if (bytesRead == null) {
                line.append(String.format(Locale.ROOT, "%d/%d docs", lastDone, total));
            } else {
                double unit = total >= 1e6 ? 1e6 : 1e3;
                line.append(String.format(Locale.ROOT, "%.1f/%.1f %s, %d docs", position / unit, total / unit,
                        unit == 1e6 ? "MB" : "kB", lastDone));
            }
            OptionalDouble left = eta.secondsLeft(total);
            line.append(", ETA ").append(left.isPresent() ? clock(left.getAsDouble()) : "-:--:--");
        } else if (bytesRead == null) {
            line.append(String.format(Locale.ROOT, "%d docs", lastDone));
        } else {
            line.append(String.format(Locale.ROOT, "%d docs, %s read", lastDone, megabytes(position)));
        }
        line.append(String.format(Locale.ROOT, ", %.1f docs/s, %d errors", docsPerSecond, lastErrors));
        int length = line.length();
        // Spaces over what is left of a longer previous line (no terminal escape codes).
        line.append(" ".repeat(Math.max(0, lastLength - length)));
        lastLength = length;
        err.print("\r" + line);
        err.flush();
    }

    void finish(BatchRunner.Summary s) {
        if (enabled) {
            if (bytesRead != null) {
                lastMark = bytesRead.getAsLong(); // the whole input, its end included
            }
            draw(clock.getAsLong()); // the final state, whenever the last redraw was
            err.println();
        }
        err.printf(Locale.ROOT, "khabar batch: %d documents, %d errors, %.1f s, %.1f docs/s%s%n",
                s.documents(), s.errors(), s.nanos() / 1e9, s.docsPerSecond(),
                s.skipped() > 0 ? ", " + s.skipped() + " skipped (already in the output)" : "");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1e6 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
