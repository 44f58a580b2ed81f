package dev.khabar.tokenize;

import dev.khabar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The phrase index on a small fixture of its own, independent of the shipped data. */
class PhraseIndexTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static final PhraseIndex<String> INDEX = fixture();

    private static PhraseIndex<String> fixture() {
        PhraseIndex.Builder<String> b = PhraseIndex.builder();
        b.add("الأمم", "nations");
        b.add("الأمم المتحدة", "UN");
        b.add("منظمة الصحة العالمية", "WHO");
        b.add("أكثر من", "more");
        b.add("نحو", "about");
        b.add("نحو", "second value is ignored");
        return b.build();
    }

    private static List<Token> tokens(String text) {
        return TOKENIZER.tokenize(NORMALIZER.normalizeWord(text));
    }

    @Test
    void longestPhraseWinsOverWholeTokens() {
        PhraseIndex.Match<String> m = INDEX.longestAt(tokens("الأمم المتحدة اليوم"), 0);
        assertEquals(new PhraseIndex.Match<>(0, 1, 0, "UN"), m);
        assertEquals("nations", INDEX.longestAt(tokens("الأمم المتحد"), 0).value());
        assertNull(INDEX.longestAt(tokens("منظمة الصحة"), 0), "a phrase matches whole, never a part of it");
        assertNull(INDEX.longestAt(tokens("الأمم"), 1), "past the end of the text");
    }

    @Test
    void theFirstTokenMayCarryProclitics() {
        List<Token> t = tokens("وللأمم المتحدة");
        assertNull(INDEX.longestAt(t, 0), "as written, the word is not in the index");
        PhraseIndex.Match<String> m = INDEX.longestWithProclitics(t, 0);
        assertEquals("UN", m.value());
        assertEquals(2, m.prefixLength(), "و + ل, the ل of the article merged into لل");
        assertEquals(1, m.last());
        assertEquals("nations", INDEX.longestWithProclitics(tokens("الأمم والمتحدة"), 0).value(),
                "only the first token is read without proclitics");
    }

    @Test
    void everyPhraseAtAReadingShortestFirst() {
        List<Token> t = tokens("الأمم المتحدة");
        List<String> values = new ArrayList<>();
        INDEX.allAt(t, 0, 0, t.get(0).text()).forEach(m -> values.add(m.value()));
        assertEquals(List.of("nations", "UN"), values);
        assertTrue(INDEX.allAt(t, 1, 0, t.get(1).text()).isEmpty());
    }

    @Test
    void longestEndingAtAToken() {
        List<Token> t = tokens("قتل أكثر من 20");
        assertEquals(new PhraseIndex.Match<>(1, 2, 0, "more"), INDEX.longestEndingAt(t, 2));
        assertNull(INDEX.longestEndingAt(t, 1));
        assertEquals(new PhraseIndex.Match<>(0, 0, 1, "about"), INDEX.longestEndingAt(tokens("بنحو 20"), 0));
    }

    @Test
    void aPhraseAddedTwiceKeepsItsFirstValue() {
        assertEquals("about", INDEX.get("نحو"));
        assertEquals("WHO", INDEX.get(PhraseIndex.words("منظمة الصحة العالمية")));
        assertNull(INDEX.get("منظمه", "الصحه"));
        assertTrue(INDEX.startsPhrase("منظمه"));
        assertFalse(INDEX.startsPhrase("الصحه"));
    }

    @Test
    void aGapIsPassedOver() {
        PhraseIndex<String> acronyms = PhraseIndex.<String>builder()
                .skipping((tokens, k) -> tokens.get(k).is(".")).build();
        assertNull(acronyms.longestAt(tokens("بي.بي"), 0));
        PhraseIndex.Builder<String> b = PhraseIndex.<String>builder().skipping((tokens, k) -> tokens.get(k).is("."));
        b.add("بي بي سي", "BBC");
        assertEquals(new PhraseIndex.Match<>(0, 4, 0, "BBC"), b.build().longestAt(tokens("بي.بي.سي"), 0));
    }

    @Test
    void anEmptyPhraseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PhraseIndex.<String>builder().add("", "x"));
    }

    @Test
    void mergeJoinsTheValuesOfOnePhrase() {
        PhraseIndex.Builder<String> b = PhraseIndex.builder();
        b.merge(new String[] {"عام"}, "year", (x, y) -> x + "+" + y);
        b.merge(new String[] {"عام"}, "general", (x, y) -> x + "+" + y);
        assertEquals("year+general", b.build().get("عام"));
    }
}
