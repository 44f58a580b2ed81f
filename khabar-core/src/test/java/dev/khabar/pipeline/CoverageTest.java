package dev.khabar.pipeline;

import dev.khabar.CalendarSystem;
import dev.khabar.DateMention;
import dev.khabar.Grain;
import dev.khabar.Hashtag;
import dev.khabar.MentionType;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageTest {

    private static DateMention date(int start, int end) {
        return new DateMention("d", start, end, "2026", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t");
    }

    @Test
    void overlappingSpansMergeAndTouchingOnesStayApart() {
        Coverage c = Coverage.of(List.of(date(10, 20), date(15, 30), date(30, 35)));
        assertTrue(c.overlaps(29, 31));
        assertTrue(c.overlaps(0, 11));
        assertFalse(c.overlaps(0, 10));
        assertFalse(c.overlaps(35, 40));
        assertTrue(c.contains(12, 28)); // inside the merged [10, 30)
        assertFalse(c.contains(28, 32)); // across [10, 30) and [30, 35)
        assertFalse(c.contains(5, 12));
        assertTrue(Coverage.of(List.of()).isEmpty());
        assertFalse(Coverage.NONE.overlaps(0, 100));
    }

    @Test
    void theTokenViewMarksTheTokensASpanTouches() {
        String text = "جاء يوم 5 مارس الماضي";
        var normalized = new ArabicNormalizer().normalize(text);
        Document doc = new Document(normalized, new Tokenizer().tokenize(normalized.text()), null);
        int start = text.indexOf("5");
        Coverage c = Coverage.of(List.of(date(start, start + 6)));
        assertArrayEquals(new boolean[] {false, false, true, true, false}, c.tokens(doc));
    }

    @Test
    void aStageSeesOnlyTheTypesItReadsAndCannotChangeThem() {
        Mentions.Builder found = new Mentions.Builder();
        found.add(date(0, 4));
        found.add(new Hashtag("#x", 5, 7, "x"));
        Mentions view = found.build(Set.of(MentionType.DATE));
        assertEquals(1, view.dates.size());
        assertEquals(List.of(), view.hashtags);
        assertThrows(UnsupportedOperationException.class, () -> view.dates.add(date(8, 9)));
        found.add(date(8, 9));
        assertEquals(1, view.dates.size()); // a copy: later stages' additions do not show in it
        assertTrue(view.coverage(MentionType.DATE).overlaps(1, 2));
        assertFalse(view.coverage(MentionType.HASHTAG).overlaps(5, 7));
    }
}
