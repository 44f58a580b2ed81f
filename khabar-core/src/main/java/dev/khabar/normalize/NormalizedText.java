package dev.khabar.normalize;

/**
 * A normalized view of a text plus the map from every normalized char back to the original chars it came from.
 *
 * <p>Every stage matches on {@link #text()}; spans found there are turned into original UTF-16 offsets by
 * {@link #originalStart(int)} and {@link #originalEnd(int)} and nowhere else. Immutable and thread-safe.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    NormalizedText(String original, String text, int[] sourceStart, int[] sourceEnd) {
        this.original = original;
        this.text = text;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    /** The caller's text, unchanged. */
    public String original() {
        return original;
    }

    /** The normalized view that stages match on. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset where the normalized char at {@code index} (or the end, for {@code length()}) begins. */
    public int originalStart(int index) {
        return index < text.length() ? sourceStart[index] : original.length();
    }

    /**
     * Original end offset (exclusive) of a normalized span ending before {@code end}: it covers the marks and
     * tatweel that were removed after the span's last char.
     */
    public int originalEnd(int end) {
        return end > 0 ? sourceEnd[end - 1] : (text.isEmpty() ? original.length() : sourceStart[0]);
    }
}
