package dev.khabar.cli;

import org.tukaani.xz.XZInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Opens the command line's files: {@code -} for the standard streams, {@code .gz} and {@code .xz} by their name. */
public final class InputFiles {
    private static final int BUFFER = 1 << 16;

    private InputFiles() {
    }

    /** Reads {@code name}, decompressing {@code .gz} and {@code .xz}; {@code -} is standard input. */
    public static InputStream open(String name) throws IOException {
        if (name.equals("-")) {
            return System.in;
        }
        InputStream raw = Files.newInputStream(Path.of(name));
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
}
