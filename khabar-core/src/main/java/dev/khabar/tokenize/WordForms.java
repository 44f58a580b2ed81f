package dev.khabar.tokenize;

import dev.khabar.normalize.ArabicNormalizer;

/**
 * Tests on the form of one Arabic word, shared by the stages so that each reads the article, a proclitic before it,
 * the nisba ending and the sound plurals the same way. Words are normalized token texts unless a method says it
 * takes original text. Proclitics come from {@link Clitics}.
 */
public final class WordForms {
    /** Nisba endings, longest first, in every agreement: فلسطينيين، فلسطينيون، فلسطينيات، فلسطينيه، فلسطينيا، فلسطيني. */
    private static final String[] NISBA_ENDINGS = {"يين", "يون", "يات", "يه", "يا", "ي"};
    /** The endings of the sound plurals: masculine (معتقلين، معتقلون) and feminine (ميداليات). */
    private static final String[] SOUND_PLURAL_ENDINGS = {"ين", "ون", "ات"};

    private WordForms() {
    }

    /** The original text without harakat, Quranic marks and tatweel (the marks the normalized view leaves out). */
    public static String withoutMarks(String original) {
        StringBuilder b = new StringBuilder(original.length());
        for (int k = 0; k < original.length(); k++) {
            char c = original.charAt(k);
            if (!ArabicNormalizer.isRemovedMark(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the word starts with the definite article ({@code الشهداء}). */
    public static boolean isDefinite(String w) {
        return w.startsWith(Clitics.article());
    }

    /** True for ل + ال written {@code لل} ({@code للحوثيين}). */
    public static boolean isLamArticle(String w) {
        return w.startsWith("لل");
    }

    /**
     * True when a conjunction or preposition stands before the article ({@code والمفوضيه، بالمئه، للحوثيين}): the
     * word starts a new phrase rather than continuing the one before.
     */
    public static boolean hasCliticBeforeArticle(String w) {
        return (w.length() > 3 && Clitics.isProcliticLetter(w.charAt(0)) && w.startsWith(Clitics.article(), 1))
                || isLamArticle(w);
    }

    /** The masculine singular of a nisba form (مصريه → مصري, قطريين → قطري), or null when it is none. */
    public static String nisbaBase(String w) {
        for (String e : NISBA_ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 2) {
                return w.substring(0, w.length() - e.length()) + "ي";
            }
        }
        return null;
    }

    /** True when the word ends like a sound plural (ين، ون، ات); the caller checks what else it needs. */
    public static boolean hasSoundPluralEnding(String w) {
        for (String e : SOUND_PLURAL_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** True when every char of the word is an Arabic letter (ء to ي, no marks, digits or Latin). */
    public static boolean isArabicLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }
}
