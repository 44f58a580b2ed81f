package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped organization gazetteer: names, spelling variants, and short names that need a cue word. */
class NameGazetteerTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final NameGazetteer GAZETTEER = new NameGazetteer("organizations.tsv", NORMALIZER, TOKENIZER);

    /** The canonical name of the longest name at the first token of {@code name} inside {@code text}, or null. */
    private static String match(String text, String name) {
        List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(text).text());
        String first = TOKENIZER.tokenize(NORMALIZER.normalizeWord(name)).get(0).text();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().endsWith(first)) {
                NameGazetteer.Match m = GAZETTEER.longestAt(tokens, i);
                return m == null ? null : m.canonical();
            }
        }
        throw new AssertionError(name + " not in " + text);
    }

    @Test
    void transliterationVariantsShareTheCanonicalName() {
        assertEquals("فولكسفاغن", match("باعت فولكس واجن مليون سيارة", "فولكس"));
        assertEquals("فولكسفاغن", match("أعلنت فولكسفاجن", "فولكسفاجن"));
        assertEquals("نادي فنربخشة", match("انتقل إلى فنربخشه التركي", "فنربخشه"));
    }

    @Test
    void aShortNameThatIsAlsoAWordNeedsACueWordBeforeIt() {
        assertEquals("نادي الهلال", match("سجل لاعب الهلال هدفا", "الهلال"));
        assertEquals("نادي النصر", match("وخسر فريق النصر", "النصر"));
        assertEquals("نادي الترسانة", match("وفاز فريق الترسانة", "الترسانة"));
        assertNull(match("ظهر الهلال في السماء", "الهلال"));
        assertNull(match("حقق الجيش النصر", "النصر"));
        assertNull(match("توسيع الترسانة النووية", "الترسانة"));
    }

    @Test
    void aShortNameListedWithWawAfterACuedOneIsAlsoAName() {
        assertEquals("نادي النصر", match("رفع الإيقاف عن لاعبي الهلال والنصر", "والنصر"));
        assertEquals("نادي الاتحاد", match("جماهير الهلال والنصر والاتحاد", "والاتحاد"));
        assertNull(match("رمز الهلال والنصر", "والنصر"));
    }

    @Test
    void aLongerNameBeatsTheShortNameAfterACue() {
        assertEquals("الاتحاد الأوروبي", match("زار فريق الاتحاد الأوروبي غزة", "الاتحاد"));
        assertEquals("نادي الهلال السوداني", match("وتعادل فريق الهلال السوداني", "الهلال"));
    }

    @Test
    void wordsThatAreAlsoNamesAreNotAliases() {
        assertNull(match("لم يكن الدعم كاف", "كاف"));
        assertNull(match("الانفجار أودى بحياة عشرة", "أودى"));
        assertNull(match("نسبه إلى عمرو بن شأس الأسدي", "شأس"));
        assertNull(match("تراجع الحزب في انتخابات ليون", "ليون"));
    }

    @Test
    void aShortNameThatIsAlsoAnUnconditionalNameIsRefusedAtLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NameGazetteer("short-name-conflict.tsv", NORMALIZER, TOKENIZER));
        assertTrue(e.getMessage().contains("الهلال"), e.getMessage());
    }
}
