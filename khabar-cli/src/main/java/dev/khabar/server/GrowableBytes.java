package dev.khabar.server;

import java.io.ByteArrayOutputStream;

/** Bytes growing as they come (a request body, a batch answer); the array is handed on without a copy. */
final class GrowableBytes extends ByteArrayOutputStream {
    GrowableBytes(int size) {
        super(size);
    }

    /** The backing array: its first {@link #size()} bytes are the content. */
    byte[] array() {
        return buf;
    }
}
