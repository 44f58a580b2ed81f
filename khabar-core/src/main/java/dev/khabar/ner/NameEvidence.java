package dev.khabar.ner;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence that a word is part of a person's name, from the treebank's word classes and {@link NameLexicon}: a listed
 * given name ({@code GPERS}) or proper noun, or a Wikidata name token that the treebank does not know as written
 * ({@code بهوي}, {@code لبيد}), so no common word in that form. Names that are also common words ({@code كريم},
 * {@code سعيد}) count only through the lists that already hold them as names.
 */
final class NameEvidence {
    private final CrfModel crf;
    /** {@code verbs-before-names.tsv}, normalized. */
    private final Set<String> verbs = new HashSet<>();
    /**
     * ANERGazet's one-word persons that the treebank knows most often as a word of another kind than a name or an
     * adjective: a verb (كان, يزيد), a noun (باب, قسم), a quantifier (جميع), a comparative (أكبر).
     */
    private final Set<String> givenNamesThatAreWords = new HashSet<>();

    NameEvidence(CrfModel crf, ArabicNormalizer normalizer) {
        this.crf = crf;
        for (DataFile.Row row : DataFile.rows(NameEvidence.class, "verbs-before-names.tsv")) {
            verbs.add(normalizer.normalizeWord(row.get(0)));
        }
        Map<String, String> treebank = DataFile.pairs(NameEvidence.class, "word-classes.tsv");
        for (NerData.Row row : NerData.rows("anergazet/persons.txt")) {
            String word = normalizer.normalizeWord(row.field(0));
            String wordClass = treebank.get(word);
            if (wordClass != null && !NAME_OR_ADJECTIVE.contains(wordClass)) {
                givenNamesThatAreWords.add(word);
            }
        }
    }

    /** Treebank classes that a given name can have as a word: proper nouns, adjectives (سعيد, كريم). */
    private static final Set<String> NAME_OR_ADJECTIVE = Set.of("NNP", "NNPS", "JJ");

    /**
     * A listed given name that is no verb or common noun of the treebank as written ({@code بدر}, {@code خالد}; not
     * {@code كان}, {@code باب}), so one that begins a name by itself, without a title before it.
     */
    boolean isPlainGivenName(String word) {
        return crf.knowsAsWritten(word) && crf.wordClass(word).equals("GPERS") && !verbs.contains(word)
                && !givenNamesThatAreWords.contains(word);
    }

    /** The given name and the preposition once normalized (علي, على): only the original spelling tells them apart. */
    private static final String ALI = "علي";
    private static final char YA = '\u064A'; // compared with the original text
    private static final char ALEF_MAKSURA = '\u0649'; // compared with the original text

    /**
     * The tokens that are the given name علي by their spelling: written with ya in a text that writes the preposition
     * على with alef maksura elsewhere, so one that tells the two apart. In a text that writes both with ya nothing is
     * marked.
     */
    static boolean[] givenNamesBySpelling(Document doc) {
        List<Token> tokens = doc.tokens();
        boolean[] out = new boolean[tokens.size()];
        String original = doc.original();
        boolean tellsApart = original.indexOf(ALEF_MAKSURA) >= 0;
        for (int i = 0; tellsApart && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals(ALI)) {
                String written = NerAnnotator.withoutMarks(doc.span(t.start(), t.end()).text());
                out[i] = !written.isEmpty() && written.charAt(written.length() - 1) == YA;
            }
        }
        return out;
    }

    /** A Wikidata name token that is no word of the treebank as written. */
    boolean isUnseenName(String word) {
        return word.length() >= 3 && !crf.knowsAsWritten(word) && NameLexicon.isPersonToken(word);
    }

    /**
     * A word right before a person that begins its name: a name ({@link #isName}) that is not a verb whose subject
     * the person is ({@code كان}, {@code قال}).
     */
    boolean isFirstNameBefore(String word) {
        return !verbs.contains(word) && isName(word);
    }

    /**
     * A name ({@link #isName}) that is neither a verb before names nor one of ANERGazet's given names that the
     * treebank knows as another kind of word ({@code صاحب}, {@code داخل}).
     */
    boolean isNameNotWord(String word) {
        return isName(word) && !verbs.contains(word) && !givenNamesThatAreWords.contains(word);
    }

    /** A listed given name, a proper noun, or an unseen name token ({@link #isUnseenName}). */
    boolean isName(String word) {
        String wordClass = crf.wordClass(word);
        return wordClass.equals("GPERS") || wordClass.equals("NNP") || isUnseenName(word);
    }
}
