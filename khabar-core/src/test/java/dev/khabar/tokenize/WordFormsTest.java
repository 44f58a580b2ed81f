package dev.khabar.tokenize;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordFormsTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    @Test
    void theSuffixExamplesAreReadSo() {
        List<DataFile.Row> examples = DataFile.examples(WordForms.class, "suffixes.tsv");
        assertTrue(examples.size() >= 6);
        List<String> failures = new ArrayList<>();
        for (DataFile.Row e : examples) {
            String word = NORMALIZER.normalizeWord(e.get(1));
            String got = switch (e.get(0)) {
                case "possessive" -> WordForms.withoutPossessive(word, e.get(1));
                case "nisba" -> WordForms.nisbaBase(word);
                case "sound-plural" -> WordForms.hasSoundPluralEnding(word) ? "yes" : "no";
                default -> "unknown kind " + e.get(0);
            };
            if (!NORMALIZER.normalizeWord(e.get(2)).equals(got)) {
                failures.add(e.line() + ": " + e.columns() + " gave " + got);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void marksAndFormatCharsLeaveTheOriginalText() {
        assertEquals("محمد", WordForms.withoutMarksAndFormatChars("مُحَمَّد\u200F"), "harakat and an RLM");
        assertEquals("الرحمن", WordForms.withoutMarksAndFormatChars("الرحمـٰن\u06DA"), "tatweel, dagger alef, a Quranic mark");
        assertEquals("ة", WordForms.withoutMarksAndFormatChars("\uFEFFة"), "a BOM; letters stay as written");
        assertEquals("محمد\u200F", WordForms.withoutMarks("مُحَمَّد\u200F"), "withoutMarks keeps format chars");
    }

    @Test
    void participlesAfterTheArticle() {
        assertTrue(WordForms.hasMimAfterArticle("المملوكه") && WordForms.hasMimAfterArticle("المعاقين"));
        assertFalse(WordForms.hasMimAfterArticle("مملوكه"), "no article");
        assertFalse(WordForms.hasMimAfterArticle("الاطفال"));
        assertTrue(WordForms.isDefiniteParticipleInMutOrMust("المتحالف"));
        assertTrue(WordForms.isDefiniteParticipleInMutOrMust("المستشار"));
        assertFalse(WordForms.isDefiniteParticipleInMutOrMust("المسند"), "مس without ت");
        assertFalse(WordForms.isDefiniteParticipleInMutOrMust("متحالف"), "no article");
    }

    @Test
    void aTaaMarbutaIsNoPronoun() {
        assertNull(WordForms.withoutPossessive(NORMALIZER.normalizeWord("مدرسة"), "مدرسة"));
        assertEquals("مدرس", WordForms.withoutPossessive("مدرسه", "مدرسه"));
    }

    @Test
    void theArticleAndLamLam() {
        assertTrue(WordForms.isDefinite("الشهداء"));
        assertTrue(WordForms.isLamArticle("للحوثيين"));
        assertTrue(WordForms.hasCliticBeforeArticle("والمفوضيه"));
        assertTrue(WordForms.hasCliticBeforeArticle("للحوثيين"));
        assertFalse(WordForms.hasCliticBeforeArticle("المفوضيه"));
    }
}
