package dev.khabar.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error: documents done, errors, docs/s and, when the total is known, a bar
 * and the time left. Redrawn (with a carriage return) at most five times a second, and only when enabled — by
 * default when standard error is a terminal, so a log file gets no carriage returns; a summary line at the end either
 * way.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final long total;
    private final boolean enabled;
    private final long t0 = System.nanoTime();
    private long lastDraw;

    public Progress(PrintStream err, long total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
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

    void update(long done, long errors) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && done != total) {
            return;
        }
        lastDraw = now;
        double seconds = (now - t0) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            line.append(String.format(Locale.ROOT, "%d/%d docs", done, total));
            if (rate > 0) {
                line.append(String.format(Locale.ROOT, ", ETA %s", clock((total - done) / rate)));
            }
        } else {
            line.append(String.format(Locale.ROOT, "%d docs", done));
        }
        line.append(String.format(Locale.ROOT, ", %.1f docs/s, %d errors   ", rate, errors));
        err.print(line);
        err.flush();
    }

    void finish(BatchRunner.Summary s) {
        if (enabled) {
            err.println();
        }
        err.printf(Locale.ROOT, "khabar batch: %d documents, %d errors, %.1f s, %.1f docs/s%s%n",
                s.documents(), s.errors(), s.nanos() / 1e9, s.docsPerSecond(),
                s.skipped() > 0 ? ", " + s.skipped() + " skipped (already in the output)" : "");
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
