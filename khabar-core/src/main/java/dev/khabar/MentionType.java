package dev.khabar;

/** The kind of a {@link Mention}, named as its list is named in the JSON document. */
public enum MentionType {
    ORGANIZATION("organizations"),
    PERSON("persons"),
    LOCATION("locations"),
    DATE("dates"),
    DURATION("durations"),
    COUNT("counts"),
    HASHTAG("hashtags");

    private final String listName;

    MentionType(String listName) {
        this.listName = listName;
    }

    /** The name of this type's list in the JSON document ({@code "organizations"}, ...). */
    public String listName() {
        return listName;
    }

    /** The singular name written as {@code "type"} in flat lists of mentions ({@code "organization"}, ...). */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
