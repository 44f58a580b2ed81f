package dev.khabar;

/**
 * A hashtag such as {@code #أنقذوا_الأسرى}.
 *
 * @param text  the hashtag as written, its {@code #} included: {@code text.equals(input.substring(start, end))}
 * @param start the UTF-16 index of its {@code #} in the input
 * @param end   the UTF-16 index just after its last char
 * @param tag   the text without its {@code #}
 */
public record Hashtag(String text, int start, int end, String tag) implements Mention {
}
