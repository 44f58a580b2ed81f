package dev.khabar.rules.date;

import dev.khabar.data.DataFile;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The cue words of {@code cues.tsv}: whole normalized tokens that tell how the words after them are meant. */
final class Cues {
    static final String FILE = "cues.tsv";

    enum Role { DURATION, MORE_OR_LESS, AGE_BOUND, TIME_PREPOSITION, AFTER_EVENT, BACK_REFERENCE }

    private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);

    Cues() {
        for (Role r : Role.values()) {
            words.put(r, new HashSet<>());
        }
        for (DataFile.Row row : DataFile.rows(Cues.class, FILE, 2)) {
            Role role;
            try {
                role = Role.valueOf(row.get(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role " + row.get(1));
            }
            words.get(role).add(row.word(0));
        }
    }

    /** True when the normalized token text {@code word} is listed with {@code role}. */
    boolean is(String word, Role role) {
        return words.get(role).contains(word);
    }
}
