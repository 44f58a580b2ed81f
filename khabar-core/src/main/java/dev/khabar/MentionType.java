package dev.khabar;

/** The kind of a {@link Mention}, named as its list is named in the JSON document. */
public enum MentionType {
    /** An {@link Organization}. */
    ORGANIZATION("organizations"),
    /** A {@link Person}. */
    PERSON("persons"),
    /** A {@link Location}. */
    LOCATION("locations"),
    /** A {@link DateMention}. */
    DATE("dates"),
    /** A {@link DurationMention}. */
    DURATION("durations"),
    /** A {@link Count}. */
    COUNT("counts"),
    /** A {@link Hashtag}. */
    HASHTAG("hashtags");

    private final String listName;

    MentionType(String listName) {
        this.listName = listName;
    }

    /**
     * The name of this type's list in the JSON document ({@code "organizations"}, ...).
     *
     * @return the list's name
     */
    public String listName() {
        return listName;
    }

    /**
     * The singular name written as {@code "type"} in flat lists of mentions ({@code "organization"}, ...).
     *
     * @return the JSON name
     */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The type written as {@code name} in a flat list.
     *
     * @param name a JSON name such as {@code "organization"}
     * @return the type
     * @throws IllegalArgumentException if no type has that JSON name
     */
    public static MentionType fromJsonName(String name) {
        for (MentionType t : values()) {
            if (t.jsonName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a mention type: " + name);
    }
}
