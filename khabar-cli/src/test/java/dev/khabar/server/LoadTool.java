package dev.khabar.server;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback load for {@code khabar serve}, by hand (README, HTTP service): {@code --clients} keep-alive clients send
 * {@code --requests} real {@code POST /extract} requests while {@code --tricklers} connections trickle request
 * headers one byte every {@code --trickle-ms}; with {@code --kill PID --kill-after N} it sends SIGTERM to the server
 * after N answers. It prints every outcome (status codes, refused connections, resets, connections closed before an
 * answer) and the latency percentiles. Bounded: each client stops at the request count, at a refused connection,
 * or after {@code --seconds}.
 *
 * <pre>java -cp khabar-cli/target/test-classes dev.khabar.server.LoadTool --port 8080 [--requests 20000] [--clients 64]
 *      [--tricklers 200] [--trickle-ms 2000] [--kill PID --kill-after 10000] [--seconds 600]</pre>
 */
public final class LoadTool {
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicLong trickleClosed = new AtomicLong();
    private final long[] latencyMicros;
    private final AtomicInteger latencies = new AtomicInteger();
    private volatile boolean over;

    private LoadTool(int requests) {
        latencyMicros = new long[requests];
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int port = Integer.parseInt(o.getOrDefault("port", "8080"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "20000"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "64"));
        int tricklers = Integer.parseInt(o.getOrDefault("tricklers", "200"));
        long trickleMs = Long.parseLong(o.getOrDefault("trickle-ms", "2000"));
        long killPid = Long.parseLong(o.getOrDefault("kill", "0"));
        int killAfter = Integer.parseInt(o.getOrDefault("kill-after", String.valueOf(requests / 2)));
        long seconds = Long.parseLong(o.getOrDefault("seconds", "600"));
        List<byte[]> bodies = bodies(Path.of(o.getOrDefault("texts", "testdata/sample.jsonl")),
                Path.of(o.getOrDefault("seed", "testdata/seed.txt")));
        new LoadTool(requests).run(port, requests, clients, tricklers, trickleMs, killPid, killAfter, seconds, bodies);
    }

    /** The sample's lines as they are, and pieces of the seed article, as request bodies. */
    private static List<byte[]> bodies(Path sample, Path seed) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Random random = new Random(6);
        for (int i = 0; i < 200; i++) {
            int from = random.nextInt(text.length());
            String piece = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(250)));
            out.add(("{\"id\":\"p" + i + "\",\"text\":\"" + escape(piece) + "\",\"date\":\"2026-02-07\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    private void run(int port, int requests, int clients, int tricklers, long trickleMs, long killPid, int killAfter,
                     long seconds, List<byte[]> bodies) throws InterruptedException {
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        List<Thread> trickling = new ArrayList<>();
        for (int i = 0; i < tricklers; i++) {
            Thread t = new Thread(() -> trickle(port, trickleMs, end), "trickler");
            t.setDaemon(true);
            t.start();
            trickling.add(t);
        }
        Thread.sleep(Math.min(3000, trickleMs * 2)); // the tricklers are under way before the real load
        List<Thread> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> client(port, requests, bodies, killPid, killAfter, end), "client");
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            t.join();
        }
        over = true;
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] l = Arrays.copyOf(latencyMicros, latencies.get());
        Arrays.sort(l);
        System.out.printf(Locale.ROOT, "requests sent %d, answered %d in %.1f s (%.0f/s, tricklers' connections "
                        + "closed by the server: %d)%n", Math.min(next.get(), requests), answered.get(), wall,
                answered.get() / wall, trickleClosed.get());
        System.out.println("outcomes: " + new TreeMap<>(outcomes));
        if (l.length > 0) {
            System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f%n",
                    pct(l, 0.50), pct(l, 0.90), pct(l, 0.99), pct(l, 0.999), l[l.length - 1] / 1000.0);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1000.0;
    }

    private void client(int port, int requests, List<byte[]> bodies, long killPid, int killAfter, long end) {
        Socket s = null;
        InputStream in = null;
        int i = -1;
        try {
            while (System.nanoTime() < end) {
                if (i < 0) {
                    i = next.getAndIncrement();
                    if (i >= requests) {
                        return;
                    }
                }
                if (s == null) {
                    try {
                        s = RawHttp.connect(port, 120_000);
                        in = new BufferedInputStream(s.getInputStream(), 1 << 16);
                    } catch (ConnectException e) {
                        count("refused (connect)"); // the server has stopped listening: this client is done
                        return;
                    }
                }
                byte[] request = RawHttp.request("POST", "/extract", bodies.get(i % bodies.size()));
                long t = System.nanoTime();
                RawHttp.Reply r;
                try {
                    OutputStream out = s.getOutputStream();
                    out.write(request);
                    out.flush();
                    r = RawHttp.read(in);
                } catch (SocketException e) {
                    count(e.getMessage() != null && e.getMessage().contains("reset") ? "RESET" : "socket error: " + e.getMessage());
                    close(s);
                    s = null;
                    i = -1;
                    continue;
                } catch (EOFException e) {
                    count("CLOSED before an answer");
                    close(s);
                    s = null;
                    i = -1;
                    continue;
                } catch (SocketTimeoutException e) {
                    count("no answer in 120 s");
                    close(s);
                    s = null;
                    i = -1;
                    continue;
                }
                int slot = latencies.getAndIncrement();
                if (slot < latencyMicros.length) {
                    latencyMicros[slot] = (System.nanoTime() - t) / 1000;
                }
                count("HTTP " + r.status());
                i = -1;
                if (answered.incrementAndGet() == killAfter && killPid > 0) {
                    ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroy); // SIGTERM
                    System.out.printf("SIGTERM sent to %d after %d answers%n", killPid, killAfter);
                }
                if (r.closes()) {
                    close(s);
                    s = null;
                }
            }
        } catch (IOException e) {
            count("error: " + e);
        } finally {
            close(s);
        }
    }

    private void trickle(int port, long gapMillis, long end) {
        byte[] head = "POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        while (!over && System.nanoTime() < end) {
            try (Socket s = RawHttp.connect(port, 1000)) {
                OutputStream out = s.getOutputStream();
                for (byte b : head) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(gapMillis);
                    if (over) {
                        return;
                    }
                }
            } catch (IOException e) {
                trickleClosed.incrementAndGet();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void close(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
