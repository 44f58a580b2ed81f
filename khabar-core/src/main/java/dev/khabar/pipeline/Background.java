package dev.khabar.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** A resource loaded on a daemon thread of its own while the caller loads others; {@link #get} waits for it. */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code loader} on a new daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<T> loader) {
        FutureTask<T> task = new FutureTask<>(loader::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** The loaded value; an exception of the loader is rethrown as it was thrown. */
    public T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
