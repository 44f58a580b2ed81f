package dev.khabar.ner;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;

import java.util.HashSet;
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

    NameEvidence(CrfModel crf, ArabicNormalizer normalizer) {
        this.crf = crf;
        for (DataFile.Row row : DataFile.rows(NameEvidence.class, "verbs-before-names.tsv")) {
            verbs.add(normalizer.normalizeWord(row.get(0)));
        }
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

    /** A listed given name, a proper noun, or an unseen name token ({@link #isUnseenName}). */
    boolean isName(String word) {
        String wordClass = crf.wordClass(word);
        return wordClass.equals("GPERS") || wordClass.equals("NNP") || isUnseenName(word);
    }
}
