package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Foreign names found by their context ({@link CuedPersons}), read with every token tagged O so that the rule, not
 * the model, is what each case tests: one cue a test, and the near misses that must stay unread.
 */
class CuedPersonsTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final CuedPersons CUED = build();

    private static CuedPersons build() {
        CrfModel crf = CrfModel.loadDefault();
        NameGazetteer places = new NameGazetteer("places.tsv", "place-nouns.tsv", NORMALIZER, TOKENIZER);
        NerWordLists lists = new NerWordLists(NORMALIZER, TOKENIZER, places);
        OrgRules orgRules = new OrgRules(NORMALIZER, crf::isCommonNoun, crf::wordClass,
                w -> lists.placeNames.contains(w) || lists.placeNouns.contains(w), lists.placeNouns::contains);
        return new CuedPersons(crf, orgRules, new CountryAdjectives(places, lists, new Demonyms()), lists);
    }

    /** The names the rule finds in the text, as normalized words, with a proclitic outside. */
    private static List<String> cued(String text) {
        NormalizedText normalized = NORMALIZER.normalize(text);
        List<Token> tokens = TOKENIZER.tokenize(normalized.text());
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        return CUED.find(tokens, tags, new boolean[tokens.size()]).stream()
                .map(c -> NameWords.words(tokens, c).substring(c.prefixLength()))
                .toList();
    }

    private static String normalized(String words) {
        return NORMALIZER.normalize(words).text();
    }

    @Test
    void aTitleWithANationalityAdjectiveBeforeTwoUnknownWordsMakesThemAPerson() {
        assertEquals(List.of(normalized("ماتياس كرونباخ")), cued("وأوضح المؤرخ الهولندي ماتياس كرونباخ أن الوثائق نادرة."));
    }

    @Test
    void aRoleAfterTheNameThatGovernsTheNextWordMakesItAPerson() {
        assertEquals(List.of(normalized("كارلس بيول")), cued("وسجل كارلس بيول لاعب برشلونة الهدف الثاني."));
    }

    @Test
    void theSurnameStandingAloneLaterInTheArticleMakesThePairAPerson() {
        assertEquals(List.of(normalized("لينيتا شوذري")), cued(
                "وقالت الصحيفة إن الموظفة هي لينيتا شوذري وتبلغ من العمر 19 عاما. وأضافت أن شوذري طلبت مكانا."));
    }

    @Test
    void aNameWhoseWordsAreListedPlacesIsAPersonAfterAPluralNationality() {
        // باري is Bari and مارشال the Marshall Islands; the oblique plural الأستراليين is the cue
        assertEquals(List.of(normalized("باري مارشال")), cued("وفاز الطبيبان الأستراليين باري مارشال بالجائزة."));
    }

    @Test
    void aSecondNameJoinedByWaToACuedOneIsAPersonWithTheWaOutside() {
        assertEquals(List.of(normalized("ماتياس كرونباخ"), normalized("كارلس بيول")),
                cued("وقال المؤرخ الهولندي ماتياس كرونباخ وكارلس بيول إن الوثائق نادرة."));
    }

    @Test
    void aSecondNameJoinedByWaMayBeSpelledAsAPlaceWhenItIsANameToken() {
        // وارن is a town too; it is a Wikidata name token, as the cued pair before it is spelled as places
        assertEquals(List.of(normalized("باري مارشال"), normalized("روبين وارن")),
                cued("وتقاسم الطبيبان الأستراليين باري مارشال وروبين وارن الجائزة."));
    }

    @Test
    void twoUnknownWordsWithoutACueAreNobody() {
        assertEquals(List.of(), cued("وزار ماتياس كرونباخ المدينة أمس."));
    }

    @Test
    void listedPlacesWithoutACueAreNobody() {
        assertEquals(List.of(), cued("وسافر الوفد من باري مارشال إلى روما."));
    }

    @Test
    void aShortWordThatReadsAsAProcliticAndAWordIsNoName() {
        assertEquals(List.of(), cued("كل شيء في لبنان لا يطمئن، بلد بلا رئيس لأكثر من عام."));
    }

    @Test
    void aVerbAfterATitleIsNoName() {
        assertEquals(List.of(), cued("وقال اللاعب سيزور المدينة غدا مع الفريق."));
    }
}
