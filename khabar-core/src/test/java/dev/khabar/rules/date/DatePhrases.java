package dev.khabar.rules.date;

import java.util.List;

/**
 * Phrases of other projects' test suites as Khabar spans them: their phrases may open with a plain preposition
 * (في 5 أغسطس), which a Khabar mention leaves out.
 */
final class DatePhrases {
    private static final List<String> PLAIN_PREPOSITIONS = List.of("في ", "عند ");

    private DatePhrases() {
    }

    /** The phrase without a leading plain preposition: what a date mention of it covers. */
    static String withoutPreposition(String phrase) {
        for (String p : PLAIN_PREPOSITIONS) {
            if (phrase.startsWith(p) && phrase.length() > p.length()) {
                return phrase.substring(p.length()).stripLeading();
            }
        }
        return phrase;
    }
}
