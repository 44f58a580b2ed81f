package dev.khabar.server;

import org.eclipse.jetty.io.Connection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The open connections and where each one is in its request cycle, so that a connection whose request line and
 * headers do not arrive within the header timeout can be closed: Jetty's own idle timeout would let a client that
 * trickles a byte at a time keep it forever.
 */
final class ConnectionTracker implements Connection.Listener {

    /** When the current request's headers began (0: none pending) and whether a request is being handled. */
    static final class ConnectionState {
        volatile long headerStart;
        volatile long bytesAtLastAnswer;
        volatile boolean handling;

        ConnectionState(long openedAt) {
            this.headerStart = openedAt; // a new connection owes its first request's headers from the start
        }
    }

    private final Map<Connection, ConnectionState> connections = new ConcurrentHashMap<>();
    private final int headerTimeoutMillis;

    ConnectionTracker(int headerTimeoutMillis) {
        this.headerTimeoutMillis = headerTimeoutMillis;
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new ConnectionState(System.nanoTime()));
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    /** The state of an open connection, or null when it is not (or no longer) tracked. */
    ConnectionState stateOf(Connection connection) {
        return connections.get(connection);
    }

    int open() {
        return connections.size();
    }

    /** Closes connections whose request headers are not complete within the header timeout. */
    void closeSlowHeaders() {
        long now = System.nanoTime();
        long limit = TimeUnit.MILLISECONDS.toNanos(headerTimeoutMillis);
        for (Map.Entry<Connection, ConnectionState> e : connections.entrySet()) {
            ConnectionState s = e.getValue();
            if (s.handling) {
                continue;
            }
            Connection c = e.getKey();
            if (s.headerStart == 0) {
                if (c.getBytesIn() > s.bytesAtLastAnswer) {
                    s.headerStart = now; // the next request has begun
                }
            } else if (now - s.headerStart > limit) {
                KhabarServer.LOG.debug("closing {}: request headers not complete within {} ms", c,
                        headerTimeoutMillis);
                c.getEndPoint().close();
            }
        }
    }
}
