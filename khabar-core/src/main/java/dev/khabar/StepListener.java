package dev.khabar;

/**
 * Told how long each step of an extraction took, for benchmarks and monitoring; set with
 * {@link Extractor.Builder#stepListener(StepListener)}. The extractor calls it on the thread that runs
 * {@link Extractor#extract(String, java.time.LocalDate) extract}, after each step of each text, so a listener of an
 * extractor shared between threads must be thread-safe. It must not throw: an exception would end that extraction.
 */
@FunctionalInterface
public interface StepListener {
    /**
     * One step of one text is done.
     *
     * @param step  the step's name, in the order they run: {@code normalize}, {@code tokenize}, then each stage that
     *              runs ({@code hashtags}, {@code dates}, {@code counts}, {@code ner}: the {@link Stage}'s lower-case
     *              name), then {@code resolve} (overlaps between types settled)
     * @param nanos the wall time the step took on the calling thread, in nanoseconds
     */
    void stepDone(String step, long nanos);

    /**
     * The last step of one text is done.
     *
     * @param workUnits the work the text took, in the units {@link Extractor.Builder#maxWork(long)} limits
     */
    default void documentDone(long workUnits) {
    }
}
