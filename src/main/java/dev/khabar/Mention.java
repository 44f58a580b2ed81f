package dev.khabar;

/**
 * A piece of the caller's text that Khabar recognised. {@code start} and {@code end} are UTF-16 indices into the
 * string passed to {@link Extractor#extract(String)}, end exclusive, and {@code text.substring(start, end)} equals
 * {@link #text()}.
 */
public sealed interface Mention permits Organization, Person, Location, DateMention, Duration, Count, Hashtag {
    String text();

    int start();

    int end();
}
