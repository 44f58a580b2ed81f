package dev.khabar.ner;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class of a run-time token for the model's TAG features (the word's, and its neighbours' as PTAG / NTAG):
 *
 * <ul>
 *   <li>a one-word name of the stage's lists: {@code GPERS} (ANERGazet persons), {@code GLOC} (ANERGazet locations,
 *       {@code places.tsv}), {@code GORG} ({@code organizations.tsv}), later lists winning; unlike CoreNLP's gazette
 *       features, these also tell the words around a listed name what stands beside them. ANERGazet also lists
 *       some common words (من, كان, جنوب) and name particles (بن, عبد, أبو); keeping only the words the treebank has
 *       as proper nouns lost persons on the held-out slice (PERS 77.2 → 75.5), so all count;</li>
 *   <li>else the word's usual part of speech in the Arabic Treebank ({@code word-classes.tsv});</li>
 *   <li>else {@code NUM}, {@code LATIN} or {@code PUNC} for tokens without Arabic letters, and {@code UNK} for an
 *       Arabic word neither knows, which is often a foreign name.</li>
 * </ul>
 *
 * A word not found as written is looked up again without و/ف and then without ب/ل/ك ({@code للدولة} as
 * {@code الدولة}), since the treebank splits proclitics off. A model learns its weights for the classes it was
 * trained with and keeps them in its file ({@link CrfModel#save}): changed lists take effect when the model is
 * retrained. Immutable.
 */
final class WordClasses {
    static final String UNKNOWN = "UNK";
    /** Classes of words that are names rather than common words: proper nouns, listed names, unknown words. */
    private static final Set<String> NAME_CLASSES = Set.of("NNP", "NNPS", "DTNNP", "DTNNPS", "GPERS", "GLOC", "GORG",
            UNKNOWN);
    /** Treebank classes of common nouns. */
    private static final Set<String> COMMON_NOUN_CLASSES = Set.of("NN", "NNS", "DTNN", "DTNNS");
    /** Name lists and their classes, in the order they are applied: a later list wins a word they share. */
    private static final List<Map.Entry<String, String>> NAME_LISTS = List.of(
            Map.entry("anergazet/locations.txt", "GLOC"),
            Map.entry("anergazet/persons.txt", "GPERS"),
            Map.entry("places.tsv", "GLOC"),
            Map.entry("organizations.tsv", "GORG"));
    /** Built on first use: only training needs it, a model carries its own copy. */
    private static final class Shipped {
        static final WordClasses CLASSES = fromDataFiles(new ArabicNormalizer());
    }

    private final Map<String, String> classes;

    WordClasses(Map<String, String> classes) {
        this.classes = new HashMap<>(classes);
    }

    /** The classes the data files give now: a model is trained with these and keeps a copy. */
    static WordClasses shipped() {
        return Shipped.CLASSES;
    }

    /** The word → class table, which a model file keeps. */
    Map<String, String> table() {
        return Map.copyOf(classes);
    }

    private static WordClasses fromDataFiles(ArabicNormalizer normalizer) {
        Map<String, String> classes = DataFile.pairs(WordClasses.class, "word-classes.tsv");
        for (Map.Entry<String, String> list : NAME_LISTS) {
            for (NerData.Row row : NerData.rows(list.getKey())) {
                if (row.field(3).equals("*")) {
                    continue; // names that are words too (مالي, عسير), places only after a cue
                }
                // A list's canonical name and its other names (the second column of the .tsv lists).
                String names = list.getKey().endsWith(".tsv") ? row.field(0) + "|" + row.field(1) : row.field(0);
                for (String name : names.split("\\|")) {
                    String word = normalizer.normalizeWord(name.strip());
                    if (!word.isEmpty() && !word.contains(" ")) {
                        classes.put(word, list.getValue());
                    }
                }
            }
        }
        return new WordClasses(classes);
    }

    String classOf(String word) {
        String c = classes.get(word);
        if (c != null) {
            return c;
        }
        if (!hasArabicLetter(word)) {
            return shapeClass(word);
        }
        for (String form : CrfTokens.withoutProclitics(word)) {
            c = classes.get(form);
            if (c != null) {
                return c;
            }
        }
        return UNKNOWN;
    }

    /** True unless the treebank knows the word as a common word (الاتفاق "the agreement", العين "the eye"). */
    boolean isNameWord(String word) {
        return NAME_CLASSES.contains(classOf(word));
    }

    /** True when the treebank or a list knows the word as written, without taking proclitics off (وليد, not وبوريس). */
    boolean knowsAsWritten(String word) {
        return classes.containsKey(word);
    }

    /** True when the treebank knows the word as a common noun most often (الموافقة, الاجتماع). */
    boolean isCommonNoun(String word) {
        return COMMON_NOUN_CLASSES.contains(classOf(word));
    }

    private static boolean hasArabicLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.ARABIC
                    && Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String shapeClass(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isDigit(ch)) {
                return "NUM";
            }
            if (Character.isLetter(ch)) {
                return "LATIN";
            }
        }
        return "PUNC";
    }
}
