package dev.khabar.ner;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link CrfNGrams} and {@link CrfWordPairs} answer exactly what the feature index answers for the names they skip building. */
class CrfFeatureTablesTest {
    private static Index<String> index(String... features) {
        Index<String> index = new HashIndex<>();
        index.addAll(List.of(features));
        return index;
    }

    @Test
    void nGramsFoundOnACharRangeAsInTheIndex() {
        Index<String> index = index("###|C", "قال-WORD|C", "#<ق#|C", "#قا#|C", "#ال>#|C", "#ا#|C", "##ق#|C");
        CrfNGrams nGrams = new CrfNGrams(index);
        char[] marked = "<قال>".toCharArray();
        for (int i = 0; i < marked.length; i++) {
            for (int j = i + 1; j <= marked.length; j++) {
                String gram = new String(marked, i, j - i);
                assertEquals(index.indexOf("#" + gram + "#|C"),
                        nGrams.idOf(marked, i, j, CrfNGrams.hash(gram, 0, gram.length())), gram);
            }
        }
        char[] hashtag = "#ق".toCharArray();
        assertEquals(index.indexOf("##ق#|C"), nGrams.idOf(hashtag, 0, 2, CrfNGrams.hash("#ق", 0, 2)));
    }

    @Test
    void wordPairsFoundAsInTheIndexWhateverTheDashes() {
        Index<String> index = index("قال-الرئيس-PSEQW2|CpC", "-قال-PSEQW2|CpC", "أ-ب-ج-PSEQW2|CpC", "قال-NW|C");
        CrfWordPairs pairs = new CrfWordPairs(index);
        List<String> words = List.of("", "قال", "الرئيس", "أ", "ب", "ج", "أ-ب", "ب-ج", "NW|C");
        for (String first : words) {
            for (String second : words) {
                assertEquals(index.indexOf(first + "-" + second + "-PSEQW2|CpC"), pairs.idOf(first, second),
                        first + " / " + second);
            }
        }
    }
}
