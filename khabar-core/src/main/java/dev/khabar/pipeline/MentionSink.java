package dev.khabar.pipeline;

import dev.khabar.Mention;

/**
 * Where a stage puts what it finds, one immutable mention at a time: the stage can neither change nor take back a
 * mention once given, nor touch what other stages gave. The pipeline collects them per type.
 */
@FunctionalInterface
public interface MentionSink {
    /** Adds {@code mention} to the stage's results. */
    void add(Mention mention);
}
