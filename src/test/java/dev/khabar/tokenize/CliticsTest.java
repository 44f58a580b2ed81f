package dev.khabar.tokenize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliticsTest {

    private static List<String> stems(String word) {
        return Clitics.readings(word).stream().map(Clitics.Reading::stem).toList();
    }

    @Test
    void theWordItselfComesFirst() {
        assertEquals("وزاره", stems("وزاره").get(0));
    }

    @Test
    void conjunctionsAndPrepositions() {
        assertTrue(stems("لحركه").contains("حركه"));
        assertTrue(stems("بجنيف").contains("جنيف"));
        assertTrue(stems("وبالمدينه").contains("المدينه"));
        assertTrue(stems("فكالعاده").contains("العاده"));
    }

    @Test
    void lamLamIsTheArticleAfterLam() {
        Clitics.Reading r = Clitics.readings("للاسري").stream().filter(x -> x.stem().equals("الاسري")).findFirst().orElseThrow();
        assertEquals(1, r.prefixLength());
    }

    @Test
    void stemsKeepTwoLetters() {
        assertEquals(List.of("وب"), stems("وب"));
        assertEquals("اسري", Clitics.withoutArticle("الاسري"));
        assertEquals("الي", Clitics.withoutArticle("الي"));
    }
}
