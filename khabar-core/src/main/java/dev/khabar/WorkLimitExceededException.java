package dev.khabar;

/**
 * Thrown by {@link Extractor#extract} when a document needs more work than {@link Extractor.Builder#maxWork(long)}
 * allows: a pathological text (the same words repeated over megabytes) is stopped with this exception instead of
 * holding a thread. No news article comes near the default limit; a caller that sees this exception can report the
 * document as an error and go on.
 */
public final class WorkLimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The limit that was exceeded, in work units. */
    private final long limit;

    /**
     * A document stopped at the limit.
     *
     * @param limit the limit, in work units
     * @param step  the step that reached it
     */
    public WorkLimitExceededException(long limit, String step) {
        super("document needs more than " + limit + " work units (Extractor.Builder.maxWork), stopped in " + step);
        this.limit = limit;
    }

    /**
     * The limit that was exceeded, in work units.
     *
     * @return the limit
     */
    public long limit() {
        return limit;
    }
}
