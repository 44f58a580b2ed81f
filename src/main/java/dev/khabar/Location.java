package dev.khabar;

/**
 * A location named in the text.
 *
 * @param name   canonical form: normalized spelling, proclitics off, acronym resolved where known; repeated mentions
 *               of one location share it
 * @param source what found it: {@code crf}, {@code gazetteer}, {@code pattern}, or {@code document} (another
 *               mention of it elsewhere in the text)
 */
public record Location(String text, int start, int end, String name, String source) implements Mention {
}
