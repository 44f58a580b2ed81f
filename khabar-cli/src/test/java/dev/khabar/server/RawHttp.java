package dev.khabar.server;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a plain socket, for tests and the load tool: it sees exactly what the server does
 * (a reset, a close before the answer, a partial request), which a full client would hide or retry.
 */
final class RawHttp {
    private RawHttp() {
    }

    record Reply(int status, Map<String, String> headers, String body) {
        boolean closes() {
            return "close".equalsIgnoreCase(headers.getOrDefault("connection", ""));
        }
    }

    static Socket connect(int port, int readTimeoutMillis) throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(readTimeoutMillis);
        return s;
    }

    static byte[] request(String method, String path, byte[] body) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                + "\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        if (body == null) {
            return h;
        }
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** Sends one request on {@code s} and reads its answer. */
    static Reply exchange(Socket s, String method, String path, String body) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(request(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
        out.flush();
        return read(s.getInputStream());
    }

    /** One request on a new connection. */
    static Reply once(int port, String method, String path, String body) throws IOException {
        try (Socket s = connect(port, 30_000)) {
            return exchange(s, method, path, body);
        }
    }

    /** Reads one answer (Content-Length bodies only, which is what the server sends). */
    static Reply read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new EOFException("connection closed before an answer");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("answer cut after " + body.length + " of " + length + " bytes");
        }
        return new Reply(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code bytes} one at a time, {@code gapMillis} apart, until done or the connection fails. */
    static void trickle(Socket s, byte[] bytes, long gapMillis) {
        try {
            OutputStream out = s.getOutputStream();
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(gapMillis);
            }
        } catch (IOException | InterruptedException e) {
            // closed by the server (the point), or the test is over
        }
    }
}
