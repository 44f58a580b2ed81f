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
    void namedCliticsAndTheirTests() {
        assertTrue(Clitics.startsWithAnd("وزاره") && !Clitics.startsWithAnd("فرنسا") && !Clitics.startsWithAnd(""));
        assertTrue(Clitics.startsWithConjunction("فقال") && !Clitics.startsWithConjunction("بغداد"));
        assertEquals("قال", Clitics.withoutConjunction("فقال"));
        assertEquals("بغداد", Clitics.withoutConjunction("بغداد"));
        assertTrue(Clitics.startsWith("لعشرين", Clitics.LAM) && Clitics.startsWith("بشهر", Clitics.BA));
        assertTrue(Clitics.startsWith("كرئيس", Clitics.KAF) && Clitics.isPreposition(Clitics.KAF));
        assertTrue(Clitics.hasArticleAt("والمفوضيه", 1) && !Clitics.hasArticleAt("المفوضيه", 1));
        assertTrue(Clitics.hasLamArticle("للاسري"));
        assertEquals("الاسري", Clitics.lamArticleAsArticle("للاسري"));
    }

    @Test
    void theStemAfterOneLetter() {
        assertEquals("جده", Clitics.afterProclitic("وجده"));
        assertEquals("واشنطن", Clitics.afterProclitic("بواشنطن"));
        assertTrue(Clitics.startsWithPreposition("كرئيس") && Clitics.startsWithPreposition("لحقوق"));
        assertTrue(!Clitics.startsWithPreposition("وزير") && !Clitics.startsWithPreposition(""));
    }

    @Test
    void theArticleAfterOneClitic() {
        assertTrue(Clitics.hasArticleAfter("والتنميه", Clitics.AND));
        assertTrue(Clitics.hasArticleAfter("بالخرج", Clitics.BA));
        assertTrue(!Clitics.hasArticleAfter("بالخرج", Clitics.AND), "another clitic");
        assertTrue(!Clitics.hasArticleAfter("التنميه", Clitics.AND), "the article alone");
        assertTrue(!Clitics.hasArticleAfter("وزاره", Clitics.AND), "و without the article");
        assertTrue(!Clitics.hasArticleAfter("", Clitics.AND));
    }

    @Test
    void lamArticleGivesTheArticleBackAlsoOnOriginalText() {
        assertEquals("الامم", Clitics.lamArticleAsArticle("للامم"));
        assertEquals("السعودية", Clitics.lamArticleAsArticle("للسعودية"), "ة kept: original text without marks");
    }

    @Test
    void theDefiniteFormAfterAPrefix() {
        assertEquals("الاول", Clitics.definite("", "اول"));
        assertEquals("والعشرين", Clitics.definite("و", "عشرين"));
        assertEquals("للاول", Clitics.definite("ل", "اول"));
        assertEquals("وللاول", Clitics.definite("ول", "اول"));
        assertEquals("اول", Clitics.afterArticle("الاول"));
    }

    @Test
    void prefixesAreAConjunctionThenAPreposition() {
        assertEquals(List.of("ب", "ل", "ك", "و", "وب", "ول", "وك", "ف", "فب", "فل", "فك"), Clitics.prefixes());
        assertEquals(List.of("سيعقد"), stems("سيعقد"), "the future prefix is no reading: it stays on its verb");
    }
}
