package dev.khabar.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * The class of a run-time token for the model's TAG features ({@code word-classes.tsv}: a word's usual part of
 * speech in the Arabic Treebank). A word not found as written is looked up again without و/ف and then without
 * ب/ل/ك ({@code للدولة} as {@code الدولة}), since the treebank splits proclitics off. Tokens without Arabic letters
 * are {@code NUM}, {@code LATIN} or {@code PUNC}; an Arabic word the list does not hold is {@code UNK}. Immutable.
 */
final class WordClasses {
    static final String UNKNOWN = "UNK";
    private static final WordClasses SHIPPED = new WordClasses(NerData.readMap("word-classes.tsv"));

    private final Map<String, String> classes;

    WordClasses(Map<String, String> classes) {
        this.classes = new HashMap<>(classes);
    }

    static WordClasses shipped() {
        return SHIPPED;
    }

    String classOf(String word) {
        String c = classes.get(word);
        if (c != null) {
            return c;
        }
        if (!hasArabicLetter(word)) {
            return shapeClass(word);
        }
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            c = classes.get(w);
            if (c != null) {
                return c;
            }
        }
        if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            w = w.charAt(0) == 'ل' && w.charAt(1) == 'ل' ? "ا" + w.substring(1) : w.substring(1);
            c = classes.get(w);
            if (c != null) {
                return c;
            }
        }
        return UNKNOWN;
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
