package dev.khabar.pipeline;

import dev.khabar.MentionType;

import java.util.Set;

/**
 * One stage of the pipeline. Built once with all its resources loaded (a missing or broken resource fails there);
 * {@link #annotate} must be thread-safe, must not throw on any text, and gives what it finds to a {@link MentionSink}.
 *
 * <p>A stage that depends on an earlier stage's results declares the types it reads ({@link #reads}); the pipeline
 * hands it a read-only {@link Mentions} of those types, as found by the stages before it, and of no other type.
 */
public interface Annotator {

    /** The types of mention of earlier stages this stage reads: none unless it says so. */
    default Set<MentionType> reads() {
        return Set.of();
    }

    /**
     * Finds mentions in {@code doc}.
     *
     * @param doc     the document
     * @param earlier what earlier stages found, of the types of {@link #reads} only; read-only
     * @param out     where to put what this stage finds
     */
    void annotate(Document doc, Mentions earlier, MentionSink out);
}
