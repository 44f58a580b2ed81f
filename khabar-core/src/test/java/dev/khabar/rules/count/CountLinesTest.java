package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The count stage itself reads within lines: what it adds never needs the pipeline's line-break filter. */
class CountLinesTest {
    private static final CountAnnotator COUNTS = new CountAnnotator();

    private static List<String> counts(String text) {
        var normalized = new ArabicNormalizer().normalize(text);
        Mentions.Builder out = new Mentions.Builder();
        COUNTS.annotate(new Document(normalized, new Tokenizer().tokenize(normalized.text()), null), Mentions.NONE, out);
        return out.build().counts.stream().map(Count::text).toList();
    }

    @Test
    void aNumberEndingALineCountsNothingOnTheNext() {
        assertEquals(List.of("3.9 مليار"), counts("عجز بقيمة 3.9 مليار\nأعلنت الوزارة"));
        assertEquals(List.of("100 ألف"), counts("بلغ عدد الزوار 100 ألف\nأكد المدير"));
        assertEquals(List.of("12 شخصًا"), counts("قتل 12 شخصًا\r\nفي الهجوم"));
    }

    @Test
    void aNumberIsNotJoinedAcrossLines() {
        assertEquals(List.of("خمسون أسيرًا"), counts("أفرج عن مئة\nوخمسون أسيرًا"));
        assertEquals(List.of("20 قتيلًا"), counts("بين 10\u2029و20 قتيلًا"));
    }
}
