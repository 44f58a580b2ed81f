package dev.khabar.rules.count;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counted nouns of {@code units.tsv} in all their forms, the open class of nouns written with the accusative
 * tanween after a number, and the agreeing adjectives that may follow a counted noun. Read-only after construction.
 */
final class Units {
    /**
     * A counted noun at tokens [first, last]; {@code unit} is the base form, or null for a noun outside the
     * vocabulary ({@code open}), whose base form the caller takes from the original text.
     */
    record Unit(int first, int last, String unit, boolean open, boolean dual, boolean singular) {
    }

    /** A form of a counted noun; {@code dual} for the dual (طفلين، سيدتان), which counts two by itself. */
    private record Form(String unit, boolean dual, boolean singular) {
    }

    private final PhraseIndex<Form> forms;
    private final Set<String> notUnits = new HashSet<>();
    /** Words ending in ي that are no adjectives (not-adjectives.tsv): particles, pronouns, directions. */
    private final Set<String> notAdjectives = new HashSet<>();

    Units() {
        PhraseIndex.Builder<Form> builder = PhraseIndex.builder();
        for (DataFile.Row row : DataFile.rows(Units.class, "units.tsv", 1)) {
            String unit = row.get(0);
            Set<String> listed = new HashSet<>();
            addForm(builder, unit, new Form(unit, false, true));
            for (String form : row.get(1).split(",")) {
                if (!form.isBlank()) {
                    String[] w = PhraseIndex.words(form.strip());
                    listed.add(String.join(" ", w));
                    addForm(builder, form.strip(), new Form(unit, false, false));
                }
            }
            String[] singular = PhraseIndex.words(unit);
            if (singular.length == 1) {
                // the dual counts two: طفلين، سيدتان — unless the same letters are the plural (معتقلين)
                for (String dual : duals(singular[0])) {
                    if (!listed.contains(dual)) {
                        addForm(builder, dual, new Form(unit, true, false));
                    }
                }
            }
        }
        this.forms = builder.build();
        for (DataFile.Row row : DataFile.rows(Units.class, "not-adjectives.tsv", 1)) {
            notAdjectives.add(row.word(0));
        }
        for (DataFile.Row row : DataFile.rows(Units.class, "not-units.tsv", 1)) {
            String[] w = PhraseIndex.words(row.get(0));
            notUnits.add(w[0]);
            notUnits.add(w[0] + "ا");
        }
    }

    /** The dual forms of a normalized singular: طفل → طفلان، طفلين; سيده → سيدتان، سيدتين. */
    static List<String> duals(String singular) {
        String stem = singular.endsWith("ه") ? singular.substring(0, singular.length() - 1) + "ت" : singular;
        return List.of(stem + "ان", stem + "ين");
    }

    private static void addForm(PhraseIndex.Builder<Form> forms, String form, Form unit) {
        String[] words = PhraseIndex.words(form);
        forms.add(words, unit);
        // the accusative of tanween: أسيرًا → أسيرا; on the last word of a compound too (كيلو مترًا)
        for (int k : words.length == 1 ? new int[] {0} : new int[] {0, words.length - 1}) {
            if (!words[k].endsWith("ا") && !words[k].endsWith("ه")) {
                String[] accusative = words.clone();
                accusative[k] = words[k] + "ا";
                forms.add(accusative, unit);
            }
        }
    }

    /**
     * The counted noun at token j, or null. {@code definite}: after a vague quantity the noun is a definite plural
     * (عشرات الشهداء), and only the vocabulary counts there.
     */
    Unit at(List<Token> tokens, int j, boolean definite) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return null;
        }
        PhraseIndex.Match<Form> m = forms.longestAt(tokens, j);
        if (m == null && definite) {
            m = forms.longestWithoutArticle(tokens, j);
        }
        if (m != null) {
            return notUnits.contains(tokens.get(j).text()) ? null
                    : new Unit(j, m.last(), m.value().unit(), false, m.value().dual(), m.value().singular());
        }
        return !definite && isTanweenNoun(tokens.get(j).text()) ? new Unit(j, j, null, true, false, true) : null;
    }

    /** The first tokens of every form of the counted nouns. */
    Set<String> firstWords() {
        return forms.firstWords();
    }

    /** The counted noun of the vocabulary (indefinite) at token j, or null. */
    Unit known(List<Token> tokens, int j) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return null;
        }
        PhraseIndex.Match<Form> m = forms.longestAt(tokens, j);
        return m == null || notUnits.contains(tokens.get(j).text()) ? null
                : new Unit(j, m.last(), m.value().unit(), false, m.value().dual(), m.value().singular());
    }

    /** The unit of a plural of the vocabulary written as one word ({@code زملاء → زميل}), or null. */
    String pluralUnit(String normalizedWord) {
        Form f = forms.get(normalizedWord);
        return f == null || f.dual() || f.singular() || notUnits.contains(normalizedWord) ? null : f.unit();
    }

    /**
     * A noun outside the vocabulary written as the accusative of a counted noun: it ends in the alef of tanween
     * (طفلًا → طفلا) after a letter that is no long vowel (so no nisba adjective فلسطينيًا, no verb قتلوا), and is no
     * noun of time, adverb or particle.
     */
    private boolean isTanweenNoun(String w) {
        int n = w.length();
        if (n < 4 || !w.endsWith("ا") || WordForms.isDefinite(w) || notUnits.contains(w) || CountedNoun.hasProclitic(w)) {
            return false;
        }
        char before = w.charAt(n - 2);
        if (before == 'ا' || before == 'ي' || before == 'و' || before == 'ء' || before == 'ه') {
            return false;
        }
        return WordForms.isArabicLetters(w);
    }

    boolean isNotUnit(String normalizedWord) {
        return notUnits.contains(normalizedWord);
    }

    boolean isNotAdjective(String normalizedWord) {
        return notAdjectives.contains(normalizedWord);
    }

    /** The last token of the agreeing nisba adjectives after token {@code last} (فلسطينيًا، إداريًا), or last. */
    int adjectivesAfter(List<Token> tokens, int last, boolean definite) {
        int k = last + 1;
        while (k < tokens.size() && isNisba(tokens.get(k), definite)) {
            k++;
        }
        return k - 1;
    }

    /** True for a nisba adjective in any agreement: فلسطيني، فلسطينيًا، فلسطينية، فلسطينيين، (ال)فلسطينيون. */
    boolean isNisba(Token t, boolean definite) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.text();
        if (notAdjectives.contains(w) || WordForms.hasCliticBeforeArticle(w)) {
            return false; // 34 دولة والمفوضية، 4 مركبات للحوثيين: a new phrase, not an adjective
        }
        if (WordForms.isDefinite(w)) {
            if (!definite) {
                return false;
            }
            w = Clitics.withoutArticle(w);
        }
        String base = WordForms.nisbaBase(w);
        return base != null && base.length() >= 4;
    }

}
