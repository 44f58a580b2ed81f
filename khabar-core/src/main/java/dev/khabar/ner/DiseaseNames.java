package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Diseases and germs ({@code diseases.tsv}): the model takes a foreign disease name or an acronym for a name
 * (كورونا a place or a person, الإيدز an organization). A mention whose words are all diseases or nouns that head
 * one (فيروس كورونا), one disease at least, names no entity. Immutable.
 */
final class DiseaseNames {
    private final Set<String> diseases = new HashSet<>();
    private final Set<String> heads = new HashSet<>();

    DiseaseNames(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("diseases.tsv")) {
            String word = Clitics.withoutArticle(normalizer.normalizeWord(row.field(0)));
            switch (row.field(1)) {
                case "name" -> diseases.add(word);
                case "noun" -> heads.add(word);
                default -> throw row.error("KIND must be name or noun");
            }
        }
    }

    /** Whether mention {@code f} is made only of disease words, one disease name at least. */
    boolean isDisease(List<Token> tokens, NameCandidate f) {
        boolean named = false;
        for (int k = f.first(); k <= f.last(); k++) {
            if (has(tokens.get(k), diseases)) {
                named = true;
            } else if (!has(tokens.get(k), heads)) {
                return false;
            }
        }
        return named;
    }

    /** Whether a reading of the word, proclitics and the article off, is in {@code words} (بكورونا, الإيدز). */
    private static boolean has(Token t, Set<String> words) {
        for (Clitics.Reading r : t.readings()) {
            if (words.contains(Clitics.withoutArticle(r.stem()))) {
                return true;
            }
        }
        return false;
    }
}
