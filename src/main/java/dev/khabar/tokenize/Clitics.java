package dev.khabar.tokenize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Readings of a normalized Arabic word with its proclitics taken off: {@code لحركة} → {@code حركه},
 * {@code وبالمدينة} → {@code المدينه}, {@code للامم} → {@code الامم} (the ل of the article was merged by {@code لل}).
 *
 * <p>The word itself always comes first, then readings with longer prefixes; a stem keeps at least two letters.
 * Which reading is right is the caller's decision, made by looking the stems up in its own vocabulary.
 */
public final class Clitics {

    /** One reading: the stem to look up, and how many chars of the token the proclitics take. */
    public record Reading(int prefixLength, String stem) {
    }

    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREPOSITIONS = {"", "ب", "ل", "ك"};
    /** Every conjunction + preposition prefix, built once (readings run for every token of every stage). */
    private static final String[] PREFIXES;
    private static final boolean[] ENDS_WITH_LAM;
    private static final int MIN_STEM = 2;
    /** The first letters of every prefix. */
    private static final String PROCLITIC_LETTERS = "وفبلك";

    static {
        List<String> prefixes = new ArrayList<>();
        List<Boolean> lam = new ArrayList<>();
        for (String conj : CONJUNCTIONS) {
            for (String prep : PREPOSITIONS) {
                if (!(conj + prep).isEmpty()) {
                    prefixes.add(conj + prep);
                    lam.add(prep.equals("ل"));
                }
            }
        }
        PREFIXES = prefixes.toArray(String[]::new);
        ENDS_WITH_LAM = new boolean[lam.size()];
        for (int i = 0; i < lam.size(); i++) {
            ENDS_WITH_LAM[i] = lam.get(i);
        }
    }

    private Clitics() {
    }

    /** The readings of {@code word}; a token has its own in {@link Token#readings}. */
    public static List<Reading> readings(String word) {
        Reading asWritten = new Reading(0, word);
        if (word.isEmpty() || PROCLITIC_LETTERS.indexOf(word.charAt(0)) < 0) {
            return List.of(asWritten); // most words: no proclitic letter in front
        }
        List<Reading> out = new ArrayList<>(4);
        out.add(asWritten);
        for (int p = 0; p < PREFIXES.length; p++) {
            String prefix = PREFIXES[p];
            if (!word.startsWith(prefix)) {
                continue;
            }
            String rest = word.substring(prefix.length());
            if (ENDS_WITH_LAM[p] && rest.startsWith("ل") && rest.length() - 1 >= MIN_STEM) {
                // ل + ال is written لل: للأسرى = ل + الأسرى.
                out.add(new Reading(prefix.length(), "ا" + rest));
            }
            if (rest.length() >= MIN_STEM) {
                out.add(new Reading(prefix.length(), rest));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The word without a leading definite article {@code ال}, or the word itself. */
    public static String withoutArticle(String stem) {
        return stem.startsWith("ال") && stem.length() - 2 >= MIN_STEM ? stem.substring(2) : stem;
    }
}
