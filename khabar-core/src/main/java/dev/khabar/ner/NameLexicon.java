package dev.khabar.ner;

import dev.khabar.data.DataFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words known as parts of persons' names, for rules and features that want evidence that a word is a name:
 * {@code knowledge/person-tokens.tsv}, Wikidata's Arabic person-name tokens (mostly foreign names: {@code موغيريني},
 * {@code كاسيش}) without the words that are also common Arabic words. Loaded on first use into one sorted array
 * (about 46,000 words, 3 MB). Thread-safe.
 */
public final class NameLexicon {
    private static final class Tokens {
        static final String[] SORTED = load();
    }

    private NameLexicon() {
    }

    /**
     * True when {@code normalizedWord} (normalized as {@code ArabicNormalizer} does, without proclitics) is a listed
     * person-name token.
     */
    public static boolean isPersonToken(String normalizedWord) {
        return Arrays.binarySearch(Tokens.SORTED, normalizedWord) >= 0;
    }

    /** How many tokens the list holds. */
    static int size() {
        return Tokens.SORTED.length;
    }

    private static String[] load() {
        List<String> out = new ArrayList<>(50_000);
        for (DataFile.Row row : DataFile.rows(NameLexicon.class, "knowledge/person-tokens.tsv")) {
            out.add(row.get(0));
        }
        String[] a = out.toArray(new String[0]);
        Arrays.sort(a);
        return a;
    }
}
