package dev.khabar.tokenize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void wordsNumbersAndPunctuation() {
        assertEquals(List.of("قال", "المكتب", "،", "اليوم", "."), texts("قال المكتب، اليوم."));
        assertEquals(List.of("و", "350", "طفلا"), texts("و350 طفلا"));
        assertEquals(List.of("9", ",", "350"), texts("9,350"));
    }

    @Test
    void touchingTokensAreMarked() {
        List<Token> t = tokenizer.tokenize("12/03/2023 و 5");
        assertTrue(t.get(0).touches(t.get(1)) && t.get(3).touches(t.get(4)));
        assertEquals(Token.Kind.NUMBER, t.get(0).kind());
        assertEquals(Token.Kind.PUNCT, t.get(1).kind());
        assertTrue(!t.get(4).touches(t.get(5)));
    }

    @Test
    void offsetsAndIndexes() {
        List<Token> t = tokenizer.tokenize("  ab \uD83D\uDE00c");
        assertEquals(3, t.size());
        assertEquals(2, t.get(0).start());
        assertEquals(4, t.get(0).end());
        assertEquals("\uD83D\uDE00", t.get(1).text());
        assertEquals(2, t.get(2).index());
    }
}
