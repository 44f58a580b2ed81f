package dev.khabar.tokenize;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Tests on the form of one Arabic word, shared by the stages so that each reads the article, a proclitic before it,
 * the nisba ending and the sound plurals the same way. Words are normalized token texts unless a method says it
 * takes original text. Proclitics come from {@link Clitics}.
 */
public final class WordForms {
    /** Nisba endings, longest first, in every agreement: فلسطينيين، فلسطينيون، فلسطينيات، فلسطينيه، فلسطينيا، فلسطيني. */
    private static final List<String> NISBA_ENDINGS = suffixes("nisba");
    /** The endings of the sound plurals: masculine (معتقلين، معتقلون) and feminine (ميداليات). */
    private static final List<String> SOUND_PLURAL_ENDINGS = suffixes("sound-plural");
    /** Possessive pronoun suffixes, longest first: هما، هم، هن، ها، كم، نا، ه. */
    private static final List<String> POSSESSIVE_SUFFIXES = suffixes("possessive");

    private WordForms() {
    }

    /** The suffixes of one kind of {@code suffixes.tsv}, normalized, in file order (longest first). */
    private static List<String> suffixes(String kind) {
        List<String> out = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows(WordForms.class, "suffixes.tsv", 2)) {
            if (!List.of("possessive", "nisba", "sound-plural").contains(row.get(1))) {
                throw row.error("KIND must be possessive, nisba or sound-plural");
            }
            if (row.get(1).equals(kind)) {
                out.add(row.word(0));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("suffixes.tsv: no " + kind + " suffix");
        }
        return List.copyOf(out);
    }

    /** The possessive pronoun suffixes (هما، هم، ها، ه…), longest first. */
    public static List<String> possessiveSuffixes() {
        return POSSESSIVE_SUFFIXES;
    }

    /** The original text without harakat, Quranic marks and tatweel (the marks the normalized view leaves out). */
    public static String withoutMarks(String original) {
        return without(original, false);
    }

    /**
     * The original text without the marks of {@link #withoutMarks} and without the invisible format chars the
     * normalized view leaves out too (bidi marks, ZWNJ, BOM): a name as it is shown, from the text as written.
     */
    public static String withoutMarksAndFormatChars(String original) {
        return without(original, true);
    }

    private static String without(String original, boolean formatChars) {
        StringBuilder b = new StringBuilder(original.length());
        for (int k = 0; k < original.length(); k++) {
            char c = original.charAt(k);
            if (!ArabicNormalizer.isRemovedMark(c) && !(formatChars && ArabicNormalizer.isFormatChar(c))) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the word starts with the definite article ({@code الشهداء}). */
    public static boolean isDefinite(String w) {
        return Clitics.hasArticle(w);
    }

    /** True for ل + ال written {@code لل} ({@code للحوثيين}). */
    public static boolean isLamArticle(String w) {
        return Clitics.hasLamArticle(w);
    }

    /**
     * True when a conjunction or preposition stands before the article ({@code والمفوضيه، بالمئه، للحوثيين}): the
     * word starts a new phrase rather than continuing the one before.
     */
    public static boolean hasCliticBeforeArticle(String w) {
        return (w.length() > 3 && Clitics.isProcliticLetter(w.charAt(0)) && Clitics.hasArticleAt(w, 1))
                || isLamArticle(w);
    }

    /**
     * True when م follows the article ({@code المملوكه}, {@code المعاقين}): the prefix of the participles of the derived
     * verbs and of nouns of place, words that read as common words rather than names.
     */
    public static boolean hasMimAfterArticle(String w) {
        return Clitics.hasArticle(w) && w.startsWith("م", Clitics.article().length());
    }

    /** True for a definite participle in مت or مست ({@code المتحالف}, {@code المستشار}): verbs of forms V, VI and X. */
    public static boolean isDefiniteParticipleInMutOrMust(String w) {
        int stem = Clitics.article().length();
        return Clitics.hasArticle(w) && (w.startsWith("مت", stem) || w.startsWith("مست", stem));
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

    /**
     * True when the ل of purpose stands before the prefix ي of an imperfect verb ({@code ليصل، ليحتكم}): a verb, never
     * a noun. Not ف: nouns start with في as often (فيلم).
     */
    public static boolean isVerbAfterParticle(Token t) {
        for (Clitics.Reading r : t.readings()) {
            if (r.prefixLength() > 0 && r.stem().length() >= 3 && r.stem().charAt(0) == 'ي'
                    && t.text().charAt(r.prefixLength() - 1) == Clitics.LAM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun of a possessed form without its pronoun suffix ({@code زملائه → زملاء}, {@code جنودها → جنود}), or
     * null. {@code original} is the word as written, so a taa marbuta (ة) is not read as the pronoun ه; a hamza
     * seated before the suffix (ئ ؤ) is given back its bare form.
     */
    public static String withoutPossessive(String normalized, String original) {
        String written = withoutMarks(original);
        for (String suffix : POSSESSIVE_SUFFIXES) {
            if (written.endsWith(suffix) && normalized.endsWith(suffix) && normalized.length() - suffix.length() >= 3) {
                String stem = normalized.substring(0, normalized.length() - suffix.length());
                char last = stem.charAt(stem.length() - 1);
                return last == 'ئ' || last == 'ؤ' ? stem.substring(0, stem.length() - 1) + 'ء' : stem;
            }
        }
        return null;
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
