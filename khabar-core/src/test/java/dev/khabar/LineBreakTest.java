package dev.khabar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No mention of any type crosses a line break: batch input joins a title, its caption and the paragraphs of a story
 * with newlines, and nothing runs from one into the next.
 */
class LineBreakTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);
    private static final String[] BREAKS = {"\n", "\r\n", "\n\n", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C"};

    private static boolean crosses(Mention m) {
        return m.text().chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'
                || c == '\u0085' || c == '\u000B' || c == '\u000C');
    }

    /** Titles ending in a number or a name, then a story starting with a noun, a month or a name. */
    @Test
    void titlesAndParagraphsAreSeparate() {
        String[][] pairs = {
                {"الميزانية تسجل عجزا بقيمة 3.9 مليار", "أعلنت وزارة المالية أن العجز تراجع"},
                {"المنتخب يفوز على ضيفه بثلاثة", "أهداف في المباراة الودية أمس"},
                {"عدد الزوار يتجاوز 100 ألف", "زائر في اليوم الأول للمهرجان"},
                {"انطلاق المهرجان في 15", "مارس المقبل بمشاركة عربية واسعة"},
                {"وزير الخارجية يلتقي محمد", "عبدالله في العاصمة الرياض"},
                {"وصول وفد وزارة الصحة", "الفلسطينية إلى القاهرة"},
        };
        List<String> crossing = new ArrayList<>();
        int mentions = 0;
        for (String[] pair : pairs) {
            for (String br : BREAKS) {
                String text = pair[0] + br + pair[1];
                for (Mention m : EXTRACTOR.extract(text, DATE).all()) {
                    mentions++;
                    if (crosses(m)) {
                        crossing.add(m.toString());
                    }
                }
            }
        }
        assertTrue(crossing.isEmpty(), "mentions across a line break: " + crossing);
        assertTrue(mentions > 20, "the texts should give mentions on each side, got " + mentions);
    }

    /** The count of a line is still read when the next line starts right after it. */
    @Test
    void aCountAtTheEndOfALineKeepsItsOwnLine() {
        String text = "قتل 12 شخصًا\nفي الهجوم";
        List<Count> counts = EXTRACTOR.extract(text, DATE).counts();
        assertTrue(counts.size() == 1 && counts.get(0).text().equals("12 شخصًا"), counts.toString());
    }

    @Test
    void randomTextsWithLineBreaks() {
        Random random = new Random(2028);
        int mentions = 0;
        for (int i = 0; i < 3_000; i++) {
            String text = RandomText.next(random, 40) + BREAKS[i % BREAKS.length] + RandomText.next(random, 40);
            for (Mention m : EXTRACTOR.extract(text, DATE).all()) {
                mentions++;
                assertFalse(crosses(m), () -> "crosses a line break: " + m);
            }
        }
        assertTrue(mentions > 300, "the random texts should produce mentions, got " + mentions);
    }
}
