package dev.khabar.ner;

import dev.khabar.data.DataFile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WordClassesTest {
    private final WordClasses classes = new WordClasses(Map.of("قال", "VBD", "الدولة", "DTNN", "والي", "NN"));

    @Test
    void aWordIsLookedUpAsWrittenThenWithoutItsProclitics() {
        assertEquals("VBD", classes.classOf("قال"));
        assertEquals("VBD", classes.classOf("وقال"));
        assertEquals("DTNN", classes.classOf("للدولة"));
        assertEquals("DTNN", classes.classOf("وبالدولة"));
        assertEquals("NN", classes.classOf("والي"), "a listed word that starts like a proclitic keeps its own class");
    }

    @Test
    void tokensWithoutArabicLettersHaveShapeClassesAndUnlistedWordsAreUnknown() {
        assertEquals("NUM", classes.classOf("2006"));
        assertEquals("LATIN", classes.classOf("Dell"));
        assertEquals("PUNC", classes.classOf("،"));
        assertEquals(WordClasses.UNKNOWN, classes.classOf("كافلنيكوف"));
        assertEquals(WordClasses.UNKNOWN, classes.classOf("وكافلنيكوف"));
    }

    @Test
    void wordsOfTheNameListsTakeTheirListsClass() {
        WordClasses shipped = WordClasses.shipped();
        assertEquals("GORG", shipped.classOf("الناتو"), "organizations.tsv");
        assertEquals("GORG", shipped.classOf("للناتو"), "with proclitics");
        assertEquals("GLOC", shipped.classOf("السعوديه"), "places.tsv, normalized");
        assertEquals("GPERS", shipped.classOf("محمد"), "ANERGazet persons");
        assertEquals("VBD", shipped.classOf("قال"), "a word of no list keeps its treebank class");
    }

    @Test
    void theShippedListGivesItsExamples() {
        var examples = DataFile.examples(WordClasses.class, "word-classes.tsv");
        assertFalse(examples.isEmpty());
        for (DataFile.Row example : examples) {
            assertEquals(example.get(1), WordClasses.shipped().classOf(example.word(0)), example.toString());
        }
    }
}
