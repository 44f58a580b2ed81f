package dev.khabar.rules.number;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberReaderTest {
    static final NumberReader READER = new NumberReader();
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** The number read at the first token of {@code text}, or null. */
    static NumberMatch readAtStart(String text) {
        List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(text).text());
        return READER.read(tokens, 0);
    }

    /** The value when one number covers the whole text, else null. */
    static BigDecimal wholeValue(String text) {
        List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(text).text());
        NumberMatch m = READER.read(tokens, 0);
        return m != null && m.lastToken() == tokens.size() - 1 ? m.value() : null;
    }

    private static void assertValue(String expected, String text) {
        BigDecimal v = wholeValue(text);
        assertTrue(v != null && v.compareTo(new BigDecimal(expected)) == 0, text + ": expected " + expected + ", got "
                + (readAtStart(text)));
    }

    @Test
    void everyExampleInTheDataFileReads() {
        List<String> failures = new ArrayList<>();
        List<DataFile.Row> examples = DataFile.examples(NumberReader.class, "number-words.tsv");
        for (DataFile.Row e : examples) {
            BigDecimal v = wholeValue(e.get(0));
            if (v == null || v.compareTo(new BigDecimal(e.get(1))) != 0) {
                failures.add(e.get(0) + ": expected " + e.get(1) + ", got " + readAtStart(e.get(0)));
            }
        }
        failures.forEach(System.out::println);
        assertTrue(examples.size() >= 30, "the data file should hold examples");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyWordInTheDataFileReadsAlone() {
        List<String> failures = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows(NumberReader.class, "number-words.tsv", 3)) {
            String kind = row.get(2);
            boolean alone = !kind.equals("TEEN_HEAD") && !kind.equals("SCALE_PLURAL") && !kind.equals("POINT")
                    && !kind.equals("NEGATIVE");
            BigDecimal v = wholeValue(row.get(0));
            if (alone != (v != null)) {
                failures.add(row.get(0) + " (" + kind + "): read as " + v);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void digitsWithSeparators() {
        assertValue("9350", "9,350");
        assertValue("1000000", "1,000,000");
        assertValue("27.6", "27.6");
        assertValue("3.5", "٣٫٥");
        assertValue("0.77", "٫٧٧");
        assertValue("1234567.5", "۱٬۲۳۴٬۵۶۷٫۵");
        assertValue("-1200000", "-١٬٢٠٠٬٠٠٠");
    }

    @Test
    void pointsBetweenGroupsOfThreeAreThousandsSeparators() {
        assertValue("33939500", "33.939.500");
        assertValue("1014600", "1.014.600");
        assertValue("4159512313", "٤.١٥٩.٥١٢.٣١٣");
        assertValue("236.19", "236.190"); // one point: a decimal point, as most writers mean it
        assertNull(readAtStart("1.234.56"));
        assertNull(readAtStart("1.234.567,5"));
    }

    @Test
    void theLetterRaBetweenDigitsIsADecimalPointWithTheFractionFirst() {
        assertValue("10.3", "3ر10");
        assertValue("690.432", "432ر690");
        assertValue("10300000", "3ر10 ملايين");
    }

    @Test
    void separatorsNoNumberUsesAreNoNumbers() {
        assertNull(readAtStart("12.03.2023"));
        assertNull(readAtStart("1,2"));
        assertEquals(0, readAtStart("12/03/2023").lastToken(), "the reader reads 12 and leaves the date to its rule");
        assertEquals(0, readAtStart("10-20").lastToken());
    }

    @Test
    void multipliersAfterDigitsAndWords() {
        assertValue("3000", "3 آلاف");
        assertValue("1400000000", "1.4 مليار");
        assertValue("25000", "٢٥ ألفاً");
        assertValue("820000000", "820 مليون");
        assertValue("500000", "نصف مليون");
        assertValue("1500000", "مليون ونصف");
        assertValue("3500000", "3 ملايين و500 ألف");
        assertValue("2000000", "مليونين");
        assertValue("200000", "مئتا ألف");
    }

    @Test
    void compoundsInTheArabicOrder() {
        assertValue("7700", "سبعة آلاف وسبعمئة");
        assertValue("923411", "تسعمائة و ثلاثة و عشرون ألفاً و أربعمائة و أحد عشر");
        assertValue("1000000521", "مليار و خمسمائة و واحد و عشرون");
        assertValue("98985", "ثمانية وتسعين ألفاً وتسعمائة وخمس وثمانين");
    }

    @Test
    void aPartThatDoesNotFitEndsTheNumber() {
        assertEquals(0, readAtStart("عشرة وعشرين").lastToken(), "a range, not 30");
        assertEquals(1, readAtStart("ثلاثة آلاف وأربعة آلاف").lastToken(), "two numbers, not 3004");
        assertEquals(0, readAtStart("10 و20").lastToken());
        assertEquals(new BigDecimal("20"), readAtStart("عشرون وخمسة").value(), "units come before tens");
    }

    @Test
    void procliticOnTheFirstWordOnly() {
        NumberMatch m = readAtStart("وخمسين");
        assertEquals(1, m.start());
        assertEquals(new BigDecimal("50"), m.value());
        assertEquals(new BigDecimal("1000000"), readAtStart("بمليون").value());
        assertNull(readAtStart("لست"), "ل + ست is no number: a two-letter stem is too short to strip");
    }

    @Test
    void wordsThatAreNoNumberAlone() {
        assertNull(readAtStart("آلاف"));
        assertNull(readAtStart("أحد الأسرى"));
        assertNull(readAtStart("الأسرى"));
        assertNull(readAtStart("."));
        assertNull(readAtStart("-"));
    }

    @Test
    void neverThrowsOnAnyTokenOfRandomText() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789٫٬,.-/ وثلاثةعشرمئةألفمليوننصففاصلة";
        for (int n = 0; n < 5000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 30; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(s.toString()).text());
            for (int i = 0; i <= tokens.size(); i++) {
                NumberMatch m = READER.read(tokens, i);
                if (m != null) {
                    assertTrue(m.firstToken() == i && m.lastToken() >= i && m.start() < m.end(), s + " → " + m);
                }
            }
        }
    }

    @Test
    void prefilterPassesEveryStartWordAndStopsOtherWords() {
        for (String w : READER.startWords()) {
            assertTrue(READER.mayStartAt(w, 0) && READER.mayStart(w), w);
            assertTrue(READER.mayStartAt("وال" + w, 3), "وال" + w);
        }
        assertTrue(!READER.mayStartAt("ال", 2) && !READER.mayStartAt("ال" + "ب".repeat(40), 2), "no start word is that long");
    }
}
