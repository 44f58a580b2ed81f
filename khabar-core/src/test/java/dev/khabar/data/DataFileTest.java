package dev.khabar.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataFileTest {
    @Test
    void rowsSkipCommentsAndBlankLinesAndKeepTheirLineNumbers() {
        List<DataFile.Row> rows = DataFile.rows(DataFileTest.class, "words.tsv", 2);
        assertEquals(2, rows.size());
        DataFile.Row first = rows.get(0);
        assertEquals(5, first.line());
        assertEquals(List.of("أُسْرة", "1", ""), first.columns());
        assertEquals("", first.get(7));
        assertEquals("اسره", first.word(0));
        assertEquals("words.tsv:6: bad", rows.get(1).error("bad").getMessage());
    }

    @Test
    void examplesAreSplitOnTabs() {
        List<DataFile.Row> examples = DataFile.examples(DataFileTest.class, "words.tsv");
        assertEquals(1, examples.size());
        assertEquals(3, examples.get(0).line());
        assertEquals(List.of("مَدرسة كبيرة", "2"), examples.get(0).columns());
    }

    @Test
    void pairsMapTheFirstColumnToTheSecond() {
        assertEquals(java.util.Map.of("أُسْرة", "1", "كلمة", "2"), DataFile.pairs(DataFileTest.class, "words.tsv"));
        String shortRow = assertThrows(IllegalStateException.class,
                () -> DataFile.pairs(DataFileTest.class, "short-row.tsv")).getMessage();
        assertTrue(shortRow.startsWith("short-row.tsv:2: "), shortRow);
    }

    @Test
    void aBrokenFileFailsNamingFileAndLine() {
        String missing = assertThrows(IllegalStateException.class,
                () -> DataFile.rows(DataFileTest.class, "absent.tsv")).getMessage();
        assertEquals("missing resource dev/khabar/data/absent.tsv", missing);
        String noFormat = assertThrows(IllegalStateException.class,
                () -> DataFile.rows(DataFileTest.class, "no-format.tsv")).getMessage();
        assertTrue(noFormat.contains("no-format.tsv") && noFormat.contains("# FORMAT:"), noFormat);
        String shortRow = assertThrows(IllegalStateException.class,
                () -> DataFile.rows(DataFileTest.class, "short-row.tsv", 2)).getMessage();
        assertTrue(shortRow.startsWith("short-row.tsv:2: "), shortRow);
    }

    @Test
    void aRowWhoseKeyRepeatsAnotherOnceNormalizedIsAnError() {
        String repeated = assertThrows(IllegalStateException.class,
                () -> DataFile.rows(DataFileTest.class, "repeated-key.tsv")).getMessage();
        assertTrue(repeated.startsWith("repeated-key.tsv:4: repeats the key of line 2 once normalized"), repeated);
    }

    @Test
    void aKeyLineMakesSeveralColumnsTheKey() {
        String repeated = assertThrows(IllegalStateException.class,
                () -> DataFile.rows(DataFileTest.class, "repeated-role.tsv")).getMessage();
        // أبريل month and ابريل name differ in their role; أَبريل month repeats the first row
        assertTrue(repeated.startsWith("repeated-role.tsv:5: repeats the key of line 3 once normalized"), repeated);
    }
}
