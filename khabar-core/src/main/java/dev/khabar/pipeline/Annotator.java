package dev.khabar.pipeline;

/**
 * One stage of the pipeline. Built once with all its resources loaded (a missing or broken resource fails there);
 * {@link #annotate} must be thread-safe, must not throw on any text, and adds what it finds to {@code out}.
 */
public interface Annotator {
    void annotate(Document doc, Mentions out);
}
