package dev.khabar.cli;

import org.tukaani.xz.XZInputStream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Opens the command line's files: {@code -} for the standard streams, {@code .gz} and {@code .xz} by their name. */
public final class InputFiles {
    private static final int BUFFER = 1 << 16;

    private InputFiles() {
    }

    /** Reads {@code name}, decompressing {@code .gz} and {@code .xz}; {@code -} is standard input. */
    public static InputStream open(String name) throws IOException {
        return open(name, null);
    }

    /**
     * Same as {@link #open(String)}, adding to {@code rawBytes} (when not null) the bytes read from the file or the
     * standard input itself, before decompression: what a progress bar can set against the file's size.
     */
    static InputStream open(String name, AtomicLong rawBytes) throws IOException {
        if (name.equals("-")) {
            return rawBytes == null ? System.in : new Counting(System.in, rawBytes);
        }
        InputStream raw = Files.newInputStream(Path.of(name));
        if (rawBytes != null) {
            raw = new Counting(raw, rawBytes);
        }
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(raw, BUFFER);
        }
        if (name.endsWith(".xz")) {
            return new XZInputStream(new java.io.BufferedInputStream(raw, BUFFER));
        }
        return raw;
    }

    /** Writes {@code name} ({@code .gz} compressed), or standard output for {@code -}, which is never closed. */
    public static OutputStream create(String name, boolean append) throws IOException {
        if (name.equals("-")) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream raw = append
                ? Files.newOutputStream(Path.of(name), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)
                : Files.newOutputStream(Path.of(name));
        return name.endsWith(".gz") ? new GZIPOutputStream(raw, BUFFER) : raw;
    }

    static boolean isCompressed(String name) {
        return name.endsWith(".gz") || name.endsWith(".xz");
    }

    /**
     * The size of what {@code name} names, in bytes: the file's, or standard input's when it is a regular file
     * ({@code < file}); -1 for a pipe or when not known.
     */
    static long size(String name) {
        Path path = name.equals("-") ? Path.of("/proc/self/fd/0") : Path.of(name);
        try {
            return Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count.addAndGet(Math.max(0, skipped));
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false; // a reset would count bytes twice
        }

        @Override
        public void close() throws IOException {
            if (in != System.in) {
                in.close();
            }
        }
    }
}
