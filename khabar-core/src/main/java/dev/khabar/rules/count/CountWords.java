package dev.khabar.rules.count;

import dev.khabar.data.DataFile;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The small closed classes of {@code count-words.tsv}, by the role the count readers give them. */
final class CountWords {
    /** What a word does in a count. */
    enum Role {
        /** Before the first number of a range (من، بين، ما بين). */
        RANGE_OPENER,
        /** Between the two numbers of a range (إلى، حتى). */
        RANGE_TO,
        /** "One" after a counted noun (واحد، واحدة). */
        ONE
    }

    private CountWords() {
    }

    /** The normalized words (or phrases, words joined by a space) of one role. */
    static Set<String> of(Role role) {
        Set<String> out = new HashSet<>();
        for (DataFile.Row row : DataFile.rows(CountWords.class, "count-words.tsv", 2)) {
            Role r;
            try {
                r = Role.valueOf(row.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("ROLE must be range-opener, range-to or one");
            }
            if (r == role) {
                out.add(row.word(0));
            }
        }
        return Set.copyOf(out);
    }
}
