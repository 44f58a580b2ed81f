package dev.khabar;

/**
 * A piece of the caller's text that Khabar recognised. {@code start} and {@code end} are UTF-16 indices into the
 * string passed to {@link Extractor#extract(String)}, end exclusive, and {@code text.substring(start, end)} equals
 * {@link #text()}.
 */
public sealed interface Mention permits Organization, Person, Location, DateMention, DurationMention, Count, Hashtag {
    /**
     * The mention as written in the input.
     *
     * @return {@code input.substring(start(), end())}
     */
    String text();

    /**
     * Where the mention starts.
     *
     * @return the UTF-16 index of its first char in the input
     */
    int start();

    /**
     * Where the mention ends.
     *
     * @return the UTF-16 index just after its last char in the input
     */
    int end();

    /**
     * What kind of mention this is; lets a flat list such as {@link Extraction#all()} be told apart.
     *
     * @return the mention's type
     */
    default MentionType type() {
        if (this instanceof Organization) {
            return MentionType.ORGANIZATION;
        } else if (this instanceof Person) {
            return MentionType.PERSON;
        } else if (this instanceof Location) {
            return MentionType.LOCATION;
        } else if (this instanceof DateMention) {
            return MentionType.DATE;
        } else if (this instanceof DurationMention) {
            return MentionType.DURATION;
        } else if (this instanceof Count) {
            return MentionType.COUNT;
        }
        return MentionType.HASHTAG;
    }
}
