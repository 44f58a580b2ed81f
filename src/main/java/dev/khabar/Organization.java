package dev.khabar;

/**
 * A organization named in the text.
 *
 * @param name   canonical form: normalized spelling, proclitics off, acronym resolved where known; repeated mentions
 *               of one organization share it
 * @param source what found it: {@code crf}, {@code gazetteer}, {@code pattern}, or {@code document} (another
 *               mention of it elsewhere in the text)
 */
public record Organization(String text, int start, int end, String name, String source) implements Mention {
}
