package dev.khabar;

/**
 * A person named in the text.
 *
 * @param name   canonical form: normalized spelling, proclitics off, acronym resolved where known; repeated mentions
 *               of one person share it, and a last or first name alone takes the full name met earlier in the text
 * @param source what found it: {@code crf}, {@code gazetteer}, {@code pattern}, or {@code document} (another
 *               mention of it elsewhere in the text)
 */
public record Person(String text, int start, int end, String name, String source) implements Mention {
}
