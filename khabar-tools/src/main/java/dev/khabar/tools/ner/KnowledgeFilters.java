package dev.khabar.tools.ner;

import dev.khabar.data.DataFile;
import dev.khabar.ner.NerData;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the knowledge lists are filtered against: common words (the treebank's word classes, the subtitle list's
 * most frequent words), Wikidata's person-name tokens, the stage's organizations, place nouns and not-places; and the
 * key a name gets, as the stage keys it.
 */
final class KnowledgeFilters {
    private static final int COMMON_RANK = 5_000;
    private static final int COMMON_PERSON_COUNT = 10;
    static final Set<String> NAME_CLASSES = Set.of("NNP", "NNPS", "DTNNP", "DTNNPS");

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    /** The treebank's word classes: the NER stage's data file. */
    final Map<String, String> wordClasses = DataFile.pairs(NerData.class, "word-classes.tsv");
    /** Rank of a word in the subtitle list, 1 the most frequent. */
    final Map<String, Integer> rank = new HashMap<>();
    final Set<String> personTokens = new HashSet<>();
    /** Tokens of at least {@link #COMMON_PERSON_COUNT} Wikidata persons (جمال, فارس): first names, in every country. */
    final Set<String> commonPersonTokens = new HashSet<>();
    final Set<String> organizationNames = new HashSet<>();
    final Set<String> notPlaces = new HashSet<>();
    final Set<String> placeTriggers = new HashSet<>();

    /** Reads the filters: the knowledge folder's {@code names/} lists and the stage's own data files. */
    KnowledgeFilters(Path knowledge) throws IOException {
        readFrequencies(knowledge.resolve("names/ar_50k.txt"));
        readPersonTokens(knowledge.resolve("names/wd_arabic.normalized.aligned.tokens"));
        for (NerData.Row row : NerData.rows("organizations.tsv")) {
            for (String name : (row.field(0) + "|" + row.field(1) + "|" + row.field(3)).split("\\|")) {
                if (!name.isBlank()) {
                    organizationNames.add(key(name));
                }
            }
        }
        for (NerData.Row row : NerData.rows("knowledge/not-places.tsv")) {
            notPlaces.add(key(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("place-nouns.tsv")) {
            placeTriggers.add(normalizer.normalizeWord(row.field(0)));
        }
        placeTriggers.addAll(List.of("اقليم", "اماره", "شعبيه", "مديريه", "بلديه", "لواء", "قضاء", "مركز", "ناحيه"));
    }

    private void readFrequencies(Path list) throws IOException {
        int i = 0;
        for (String line : Files.readAllLines(list)) {
            String word = normalizer.normalizeWord(line.split(" ")[0]);
            rank.putIfAbsent(word, ++i);
        }
    }

    private void readPersonTokens(Path tokens) throws IOException {
        Map<String, Integer> personCounts = new HashMap<>();
        for (String line : Files.readAllLines(tokens)) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                personCounts.merge(normalizer.normalizeWord(f[1].replace(" ", "")), Integer.parseInt(f[2]), Integer::sum);
            }
        }
        personTokens.addAll(personCounts.keySet());
        personCounts.forEach((token, n) -> {
            if (n >= COMMON_PERSON_COUNT) {
                commonPersonTokens.add(token);
            }
        });
    }

    String normalizeWord(String word) {
        return normalizer.normalizeWord(word);
    }

    /** Normalized tokens joined by one space, as {@code NameGazetteer} keys its names. */
    String key(String name) {
        List<String> words = new ArrayList<>();
        for (Token t : tokenizer.tokenize(normalizer.normalizeWord(name))) {
            words.add(t.text());
        }
        return String.join(" ", words);
    }

    /** A common word: one the treebank knows as other than a proper noun, or among the most frequent words. */
    boolean isCommonWord(String word) {
        if (isCommonAsWritten(word)) {
            return true;
        }
        // وان is و + أن before it is Van; فان is ف + إن
        char first = word.charAt(0);
        return word.length() >= 3 && "وفبلك".indexOf(first) >= 0 && isCommonAsWritten(word.substring(1));
    }

    private boolean isCommonAsWritten(String word) {
        String c = wordClasses.get(word);
        Integer r = rank.get(word);
        // a frequent word is common even where the treebank has it as a name (الجميل, سحر); the stage's own list
        // holds the frequent cities (لندن, باريس)
        return c != null && !NAME_CLASSES.contains(c) || r != null && r <= COMMON_RANK;
    }

    /**
     * A definite word that is any word of the subtitle list, or has the shape of a nisba adjective (الطيبة "the
     * good", الظاهرية "the apparent"): after a definite noun it is an adjective far more often than a town.
     */
    boolean isDefiniteAdjectiveLike(String word) {
        return word.startsWith("ال") && (rank.containsKey(word) || word.endsWith("يه"));
    }

    /** A name of definite common words only (الجهة الشرقية, المنطقة الجنوبية): a description as often as a name. */
    boolean isDescription(String key) {
        for (String w : key.split(" ")) {
            if (!w.startsWith("ال") || !isCommonWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** Arabic letters (with spaces and hyphens) only, and at least one letter. */
    static boolean arabicOnly(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0621 && c <= 0x064A) {
                letter = true;
            } else if (c != ' ' && c != '-') {
                return false;
            }
        }
        return letter;
    }
}
