package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one name ends and the next begins inside a run of tokens the CRF gave one type. The model's IO labels say
 * only the type, so {@code الأردن وسوريا} comes out as one location run; in Arabic two names of a type side by side
 * are almost always joined by the conjunction و written on the second, so a و-initial word starts a new location or
 * person. Words of listed names that begin with و themselves ({@code وهران}, {@code سيستان وبلوتشستان},
 * {@code وليد}) do not, unless the word after the و is listed too ({@code الرياض وجدة}). Organization names carry و inside them too often ({@code وزارة الاتصالات وتقنية المعلومات})
 * for their runs to be split. On the held-out part of the ANERcorp train file this rule raised LOC F1 from 80.8 to
 * 86.2 and PERS F1 from 64.6 to 66.9 (see models/README.md).
 */
final class ConjunctionBoundary {
    private static final Map<String, String> LISTS = Map.of("LOC", "anergazet/locations.txt",
            "PERS", "anergazet/persons.txt");

    /** The words of the listed names of each type. */
    private final Map<String, Set<String>> listedWords;

    private ConjunctionBoundary(Map<String, Set<String>> listedWords) {
        this.listedWords = listedWords;
    }

    /** Reads the words of the listed location and person names. */
    static ConjunctionBoundary fromGazetteers() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Map<String, Set<String>> words = new java.util.HashMap<>();
        LISTS.forEach((type, file) -> {
            Set<String> set = new HashSet<>();
            for (NerData.Row row : NerData.rows(file)) {
                set.addAll(java.util.Arrays.asList(normalizer.normalizeWord(row.field(0)).split(" ")));
            }
            words.put(type, Set.copyOf(set));
        });
        return new ConjunctionBoundary(Map.copyOf(words));
    }

    /**
     * Whether {@code word}, a normalized token that continues a run of {@code type}, begins a new name: it begins
     * with و and is no listed word, or it is one (وجدة, the Moroccan city) but so is the word after the و
     * (جدة): {@code الرياض وجدة} is two cities.
     */
    boolean begins(String type, String word) {
        Set<String> listed = listedWords.get(type);
        return listed != null && word.length() > 3 && Clitics.startsWithAnd(word)
                && (!listed.contains(word) || listed.contains(Clitics.afterProclitic(word)));
    }
}
