package dev.khabar.tokenize;

import dev.khabar.data.DataFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Readings of a normalized Arabic word with its proclitics taken off: {@code لحركة} → {@code حركه},
 * {@code وبالمدينة} → {@code المدينه}, {@code للامم} → {@code الامم} (the ل of the article was merged by {@code لل}).
 * The proclitics and how they combine are the inventory of {@code clitics.tsv}, the one every stage uses.
 *
 * <p>The word itself always comes first, then readings with longer prefixes; a stem keeps at least two letters.
 * Which reading is right is the caller's decision, made by looking the stems up in its own vocabulary.
 */
public final class Clitics {

    /** One reading: the stem to look up, and how many chars of the token the proclitics take. */
    public record Reading(int prefixLength, String stem) {
    }

    /** The conjunction و ("and"): it joins list items, the parts of a number (خمسة وعشرون) and range ends (بين 3 و5). */
    public static final char AND = 'و';
    /** The preposition ل ("for, to"), which merges with the article as لل and opens a range's end (عشرة لعشرين). */
    public static final char LAM = 'ل';
    /** The preposition ب ("in, by, with"). */
    public static final char BA = 'ب';
    /** The preposition ك ("like, as"): rare before a name in news, while many names begin with ك (كوفي، كريم). */
    public static final char KAF = 'ك';

    private static final int MIN_STEM = 2;
    private static final Inventory INVENTORY = Inventory.load();

    /** The inventory of clitics.tsv, with every conjunction + preposition prefix built once. */
    private record Inventory(String conjunctions, String prepositions, String article, String future,
                             List<String> prefixes, String letters) {
        static Inventory load() {
            StringBuilder conj = new StringBuilder();
            StringBuilder prep = new StringBuilder();
            String article = null;
            String future = null;
            for (DataFile.Row row : DataFile.rows(Clitics.class, "clitics.tsv", 2)) {
                String clitic = row.word(0);
                switch (row.get(1)) {
                    case "conjunction" -> conj.append(letter(row, clitic));
                    case "preposition" -> prep.append(letter(row, clitic));
                    case "article" -> article = clitic;
                    case "future" -> future = String.valueOf(letter(row, clitic));
                    default -> throw row.error("unknown slot " + row.get(1));
                }
            }
            if (article == null || future == null || conj.isEmpty() || prep.isEmpty()) {
                throw new IllegalStateException("clitics.tsv: every slot needs an entry");
            }
            if (conj.indexOf(String.valueOf(AND)) < 0 || prep.indexOf(String.valueOf(LAM)) < 0
                    || prep.indexOf(String.valueOf(BA)) < 0 || prep.indexOf(String.valueOf(KAF)) < 0) {
                throw new IllegalStateException("clitics.tsv: the code names و, ل, ب and ك; they must be listed");
            }
            List<String> prefixes = new ArrayList<>();
            for (String c : ("_" + conj).split("")) {
                for (String p : ("_" + prep).split("")) {
                    String prefix = (c + p).replace("_", "");
                    if (!prefix.isEmpty()) {
                        prefixes.add(prefix);
                    }
                }
            }
            return new Inventory(conj.toString(), prep.toString(), article, future, List.copyOf(prefixes),
                    conj.toString() + prep);
        }

        private static char letter(DataFile.Row row, String clitic) {
            if (clitic.length() != 1) {
                throw row.error("a conjunction, preposition or future prefix is one letter: " + clitic);
            }
            return clitic.charAt(0);
        }
    }

    private Clitics() {
    }

    /** The readings of {@code word}; a token has its own in {@link Token#readings}. */
    public static List<Reading> readings(String word) {
        Reading asWritten = new Reading(0, word);
        if (word.isEmpty() || INVENTORY.letters().indexOf(word.charAt(0)) < 0) {
            return List.of(asWritten); // most words: no proclitic letter in front
        }
        List<Reading> out = new ArrayList<>(4);
        out.add(asWritten);
        for (String prefix : INVENTORY.prefixes()) {
            if (!word.startsWith(prefix)) {
                continue;
            }
            String rest = word.substring(prefix.length());
            if (isLam(prefix.charAt(prefix.length() - 1)) && rest.startsWith("ل") && rest.length() - 1 >= MIN_STEM) {
                // ل + ال is written لل: للأسرى = ل + الأسرى.
                out.add(new Reading(prefix.length(), INVENTORY.article().charAt(0) + rest));
            }
            if (rest.length() >= MIN_STEM) {
                out.add(new Reading(prefix.length(), rest));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean isLam(char c) {
        return c == LAM;
    }

    /** Every conjunction + preposition prefix ({@code و، ب، وب، فل…}), the prefixes {@link #readings} takes off. */
    public static List<String> prefixes() {
        return INVENTORY.prefixes();
    }

    /** True for a letter that may be a conjunction or a preposition written on the word after it. */
    public static boolean isProcliticLetter(char c) {
        return INVENTORY.letters().indexOf(c) >= 0;
    }

    /** True for a letter that may be a conjunction (و، ف). */
    public static boolean isConjunction(char c) {
        return INVENTORY.conjunctions().indexOf(c) >= 0;
    }

    /** True for a letter that may be a preposition (ب، ل، ك). */
    public static boolean isPreposition(char c) {
        return INVENTORY.prepositions().indexOf(c) >= 0;
    }

    /** The definite article ({@code ال}). */
    public static String article() {
        return INVENTORY.article();
    }

    /** The future prefix of a verb ({@code س}). */
    public static char futurePrefix() {
        return INVENTORY.future().charAt(0);
    }

    /** True when the word starts with the definite article ({@code الشهداء}). */
    public static boolean hasArticle(String w) {
        return w.startsWith(article());
    }

    /** True when the article stands at {@code from} in the word ({@code وال} at 1 in {@code والمفوضيه}). */
    public static boolean hasArticleAt(String w, int from) {
        return w.startsWith(article(), from);
    }

    /** ل + ال as written, {@code لل}: the article's alef drops after ل. */
    public static String lamArticle() {
        return LAM + article().substring(1);
    }

    /** True for ل + ال written {@code لل} ({@code للحوثيين}). */
    public static boolean hasLamArticle(String w) {
        return w.startsWith(lamArticle());
    }

    /**
     * The word with {@code لل} read as the article ({@code للامم → الامم}): the alef given back. The caller has checked
     * {@link #hasLamArticle}; the word may be original text without its marks.
     */
    public static String lamArticleAsArticle(String w) {
        return article() + w.substring(lamArticle().length());
    }

    /**
     * The definite form of {@code word} after a proclitic {@code prefix} as it is written: {@code و + عشرين →
     * والعشرين}, {@code ل + اول → للاول} (the article's alef drops after ل); the empty prefix gives {@code الاول}.
     */
    public static String definite(String prefix, String word) {
        boolean lam = !prefix.isEmpty() && isLam(prefix.charAt(prefix.length() - 1));
        return prefix + (lam ? article().substring(1) : article()) + word;
    }

    /** True when the word starts with the one-letter clitic {@code clitic} ({@link #AND}, {@link #LAM}, {@link #BA}). */
    public static boolean startsWith(String w, char clitic) {
        return !w.isEmpty() && w.charAt(0) == clitic;
    }

    /** True when the word starts with the conjunction و ({@link #AND}). */
    public static boolean startsWithAnd(String w) {
        return !w.isEmpty() && w.charAt(0) == AND;
    }

    /** True when the word starts with a preposition (ب، ل، ك). */
    public static boolean startsWithPreposition(String w) {
        return !w.isEmpty() && isPreposition(w.charAt(0));
    }

    /**
     * True when the article stands right after the one-letter clitic that starts the word: {@code وال} of
     * {@code والتنميه}, {@code بال} of {@code بالخرج}.
     */
    public static boolean hasArticleAfter(String w, char clitic) {
        return startsWith(w, clitic) && hasArticleAt(w, 1);
    }

    /**
     * The word after the one-letter proclitic (و، ف، ب، ل، ك) that starts it: {@code وجده → جده}. The caller has
     * checked the letter ({@link #startsWithAnd}, {@link #startsWith}); the rest may be one letter.
     */
    public static String afterProclitic(String w) {
        return w.substring(1);
    }

    /** True when the word starts with a conjunction (و، ف). */
    public static boolean startsWithConjunction(String w) {
        return !w.isEmpty() && isConjunction(w.charAt(0));
    }

    /** The word without a leading conjunction (و، ف), or the word itself; the stem may be one letter. */
    public static String withoutConjunction(String w) {
        return startsWithConjunction(w) ? w.substring(1) : w;
    }

    /** The word after its article; the caller has checked {@link #hasArticle}. */
    public static String afterArticle(String w) {
        return w.substring(article().length());
    }

    /** The word without a leading definite article {@code ال}, or the word itself. */
    public static String withoutArticle(String stem) {
        String al = article();
        return stem.startsWith(al) && stem.length() - al.length() >= MIN_STEM ? stem.substring(al.length()) : stem;
    }
}
