package dev.khabar.cli;

/**
 * Bytes a batch holds between reading a document and writing its line: the documents read, and the answers of
 * those done that wait for an earlier one to be written. The reader waits before reading past the budget
 * ({@link #read}); a worker waits before starting a document while the budget is full ({@link #start}), unless it is
 * the document the writer waits for; the writer never waits for room, and gives back both once the line is out
 * ({@link #written}). So what is held stays within the budget plus one document and the answers being made, and
 * there is no deadlock: the pool starts documents in order, so the one the writer waits for is always running or
 * about to, never waiting.
 */
final class ReadAhead {
    private final long budget;
    private long held;
    /** The number (from 0) of the document the writer waits for. */
    private long nextToWrite;

    ReadAhead(long budget) {
        this.budget = Math.max(1, budget);
    }

    /** Waits until {@code bytes} more fit in the budget, or nothing is held (a document larger than it goes alone). */
    synchronized void read(long bytes) throws InterruptedException {
        while (held > 0 && held + bytes > budget) {
            wait();
        }
        held += bytes;
    }

    /** Waits, before document {@code number} is worked on, until the budget has room or the writer waits for it. */
    synchronized void start(long number) throws InterruptedException {
        while (held > budget && number != nextToWrite) {
            wait();
        }
    }

    /** Counts an answer's bytes, without waiting. */
    synchronized void answered(long bytes) {
        held += bytes;
    }

    /** The writer wrote the next line: gives back its document's and its answer's bytes. */
    synchronized void written(long bytes) {
        held -= bytes;
        nextToWrite++;
        notifyAll();
    }

    synchronized long held() {
        return held;
    }
}
