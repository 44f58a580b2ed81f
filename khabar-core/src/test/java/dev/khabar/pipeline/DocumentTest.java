package dev.khabar.pipeline;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentTest {
    private static Document doc(String text) {
        var normalized = new ArabicNormalizer().normalize(text);
        return new Document(normalized, new Tokenizer().tokenize(normalized.text()), null);
    }

    private static List<List<String>> lines(String text) {
        return doc(text).lines().stream().map(l -> l.stream().map(Token::text).toList()).toList();
    }

    @Test
    void linesAreCutAtEveryKindOfBreak() {
        assertEquals(List.of(List.of("قتل", "12"), List.of("شخصا")), lines("قتل 12\nشخصًا"));
        assertEquals(List.of(List.of("ا", "ب"), List.of("ج"), List.of("د"), List.of("ه")),
                lines("ا ب\r\n\r\nج\u2028د\u0085ه"));
        assertEquals(List.of(List.of("10", "%"), List.of("و")), lines("\n\n10%\u2029و\n"));
    }

    @Test
    void aTextWithoutBreaksIsOneLineAndAnEmptyTextNone() {
        assertEquals(List.of(List.of("3", ".", "9", "مليار")), lines("3.9 مليار"));
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(), lines("\n \n"));
    }
}
