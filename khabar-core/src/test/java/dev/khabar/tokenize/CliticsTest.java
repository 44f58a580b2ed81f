package dev.khabar.tokenize;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliticsTest {

    private static List<String> stems(String word) {
        return Clitics.readings(word).stream().map(Clitics.Reading::stem).toList();
    }

    @Test
    void theWordItselfComesFirst() {
        assertEquals("وزاره", stems("وزاره").get(0));
    }

    @Test
    void conjunctionsAndPrepositions() {
        assertTrue(stems("لحركه").contains("حركه"));
        assertTrue(stems("بجنيف").contains("جنيف"));
        assertTrue(stems("وبالمدينه").contains("المدينه"));
        assertTrue(stems("فكالعاده").contains("العاده"));
    }

    @Test
    void lamLamIsTheArticleAfterLam() {
        Clitics.Reading r = Clitics.readings("للاسري").stream().filter(x -> x.stem().equals("الاسري")).findFirst().orElseThrow();
        assertEquals(1, r.prefixLength());
    }

    @Test
    void stemsKeepTwoLetters() {
        assertEquals(List.of("وب"), stems("وب"));
        assertEquals("اسري", Clitics.withoutArticle("الاسري"));
        assertEquals("الي", Clitics.withoutArticle("الي"));
    }

    @Test
    void theInventorysExamplesAreReadSo() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<DataFile.Row> examples = DataFile.examples(Clitics.class, "clitics.tsv");
        assertTrue(examples.size() >= 4);
        for (DataFile.Row example : examples) {
            assertTrue(stems(normalizer.normalizeWord(example.get(0))).contains(normalizer.normalizeWord(example.get(1))),
                    example.line() + ": " + example.columns());
        }
    }

    @Test
    void prefixesAreAConjunctionThenAPreposition() {
        assertEquals(List.of("ب", "ل", "ك", "و", "وب", "ول", "وك", "ف", "فب", "فل", "فك"), Clitics.prefixes());
        assertEquals(List.of("سيعقد"), stems("سيعقد"), "the future prefix is no reading: it stays on its verb");
    }
}
