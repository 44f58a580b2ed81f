package dev.khabar;

/**
 * A person named in the text.
 *
 * @param text   the mention as written, proclitics outside: {@code text.equals(input.substring(start, end))}
 * @param start  the UTF-16 index of its first char in the input
 * @param end    the UTF-16 index just after its last char
 * @param name   canonical form: normalized spelling, proclitics off; repeated mentions of one person share it, and a
 *               last or first name alone takes the full name met earlier in the text
 * @param source what found it
 */
public record Person(String text, int start, int end, String name, Source source) implements Mention {
}
