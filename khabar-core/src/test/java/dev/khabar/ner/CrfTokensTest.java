package dev.khabar.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CoNLL tokens become run-time tokens and their tags come back. */
class CrfTokensTest {
    private final CrfTokens tokens = new CrfTokens();

    @Test
    void punctuationGluedToATokenIsSplitOffAndTaggedO() {
        CrfTokens.Split split = tokens.split(List.of("(د", "أ)", "اتحادُ", "صناعة"));
        assertEquals(List.of("(", "د", "ا", ")", "اتحاد", "صناعه"), split.words());
        List<String> tags = CrfTokens.splitTags(split, List.of("B-ORG", "I-ORG", "O", "O"));
        assertEquals(List.of("O", "B-ORG", "I-ORG", "O", "O", "O"), tags);
        assertEquals(List.of("B-ORG", "I-ORG", "O", "O"), CrfTokens.joinTags(split, tags, 4));
    }
}
