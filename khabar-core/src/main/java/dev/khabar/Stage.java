package dev.khabar;

/** The stages an {@link Extractor} can run; all are on by default. */
public enum Stage {
    /** Hashtags. */
    HASHTAGS,
    /** Dates and durations. */
    DATES,
    /** Counts, percentages and money. */
    COUNTS,
    /** Organizations, persons and locations. */
    NER
}
