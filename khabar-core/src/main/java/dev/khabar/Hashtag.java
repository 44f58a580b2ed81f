package dev.khabar;

/**
 * A hashtag such as {@code #أنقذوا_الأسرى}.
 *
 * @param tag the text without its {@code #}
 */
public record Hashtag(String text, int start, int end, String tag) implements Mention {
}
