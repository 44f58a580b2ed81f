package dev.khabar.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabicNormalizerTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    private String norm(String s) {
        return normalizer.normalize(s).text();
    }

    @Test
    void foldsAlefVariantsMaksuraAndTaaMarbuta() {
        assertEquals("الاسري", norm("الأسرى"));
        assertEquals("اسلاميه", norm("إسلامية"));
        assertEquals("ال", norm("آل"));
        assertEquals("كرسي", norm("کرسی")); // Persian keheh and yeh
    }

    @Test
    void removesHarakatTatweelAndFormatMarks() {
        assertEquals("شهرا", norm("شهرًا"));
        assertEquals("سلام", norm("ســـلام"));
        assertEquals("لندن - دبي", norm("لندن ـ دبي")); // a tatweel that stretches no letter is a dash
        assertEquals("غزه", norm("\u200Fغزة\u200E"));
        assertEquals("ابي", norm("أ\u200Cبي"));
    }

    @Test
    void presentationFormsThroughNfkc() {
        assertEquals("لا", norm("\uFEFB")); // ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
        assertEquals("#hashtag123", norm("＃ｈａｓｈｔａｇ１２３"));
    }

    @Test
    void digitsAndSeparators() {
        assertEquals("1436/10/25", norm("١٤٣٦/١٠/٢٥"));
        assertEquals("3.5", norm("٣٫٥"));
        assertEquals("9,350", norm("٩٬٣٥٠"));
        assertEquals("345", norm("۳۴۵"));
        assertEquals("12.8%", norm("12.8٪"));
    }

    @Test
    void offsetsPointBackIntoTheOriginal() {
        String original = "\u200Fقال مكتبُ الإعلامِ";
        NormalizedText n = normalizer.normalize(original);
        assertEquals("قال مكتب الاعلام", n.text());
        int s = n.text().indexOf("مكتب");
        int from = n.originalStart(s);
        int to = n.originalEnd(s + "مكتب".length());
        assertEquals("مكتبُ", original.substring(from, to)); // the trailing damma belongs to the word
        int a = n.text().indexOf("الاعلام");
        assertEquals("الإعلامِ", original.substring(n.originalStart(a), n.originalEnd(a + 7)));
    }

    @Test
    void expansionsMapToTheWholeSourceChar() {
        String original = "x\uFEFBy";
        NormalizedText n = normalizer.normalize(original);
        assertEquals("xلاy", n.text());
        assertEquals("\uFEFB", original.substring(n.originalStart(1), n.originalEnd(2)));
        assertEquals("\uFEFB", original.substring(n.originalStart(2), n.originalEnd(3)));
    }

    @Test
    void loneSurrogatesBecomeReplacementChars() {
        assertEquals("a\uFFFDb", norm("a\uD800b"));
        assertEquals("\uD83D\uDE00", norm("\uD83D\uDE00"));
    }

    @Test
    void emptyText() {
        NormalizedText n = normalizer.normalize("");
        assertEquals("", n.text());
        assertEquals(0, n.originalStart(0));
        assertEquals(0, n.originalEnd(0));
    }

    @Test
    void longRunsOfMarksAreCutIntoSegmentsAndStillRemoved() {
        // Beyond 32 code points a run of combining marks is normalized piece by piece (linear time, not squared).
        String marks = "\u064E\u0651\u0650".repeat(1000);
        NormalizedText n = normalizer.normalize("ب" + marks + "ت");
        assertEquals("بت", n.text());
        assertEquals(0, n.originalStart(0));
        assertEquals(1 + marks.length(), n.originalEnd(1), "the marks belong to the letter before them");
        assertEquals("", norm(marks));
    }
}
