package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ModelPersons} on labels set by hand, as the model might give them: where a person run of the model begins
 * and ends once its neighbours are read.
 */
class ModelPersonsTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final CrfModel CRF = CrfModel.loadDefault();
    private static final ModelPersons PERSONS = build();

    private static ModelPersons build() {
        NameGazetteer places = new NameGazetteer("places.tsv", "place-nouns.tsv", NORMALIZER, TOKENIZER);
        NameGazetteer organizations = new NameGazetteer("organizations.tsv", NORMALIZER, TOKENIZER);
        NerWordLists lists = new NerWordLists(NORMALIZER, TOKENIZER, places);
        OrgRules orgRules = new OrgRules(NORMALIZER, CRF::isCommonNoun, CRF::wordClass,
                w -> lists.placeNames.contains(w) || lists.placeNouns.contains(w), lists.placeNouns::contains);
        NameEvidence names = new NameEvidence(CRF, NORMALIZER);
        Demonyms demonyms = new Demonyms();
        CountryAdjectives adjectives = new CountryAdjectives(places, lists, demonyms);
        PersonNameParts parts = new PersonNameParts(CRF, orgRules, names, lists, adjectives);
        return new ModelPersons(CRF, orgRules, names, places, organizations, lists, demonyms, adjectives,
                new NameWords(lists), parts);
    }

    /** The person read from the model's run over tokens {@code [first, last]} of {@code text}, as its words. */
    private static String person(String text, int first, int last) {
        List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(text).text());
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        for (int k = first; k <= last; k++) {
            tags[k] = "I-PERS";
        }
        boolean[] none = new boolean[tokens.size()];
        ModelPersons.Run run = PERSONS.person(tokens, tags, none, Set.of(), none, first, last, 0);
        NameCandidate f = run.found();
        StringBuilder out = new StringBuilder(tokens.get(f.first()).text().substring(f.prefixLength()));
        for (int k = f.first() + 1; k <= f.last(); k++) {
            out.append(' ').append(tokens.get(k).text());
        }
        return out.toString();
    }

    @Test
    void aGivenNameWithWaBeforeTheModelsPersonBeginsIt() {
        // ومن أبطاله أشرف عبد الباقي وغادة عادل: the model tagged عادل only
        assertEquals("غاده عادل", person("ومن أبطاله أشرف عبد الباقي وغادة عادل", 6, 6));
        // و + a verb is no name: وأكد عادل
        assertEquals("عادل", person("وأكد عادل أن الفريق جاهز", 1, 1));
    }

    @Test
    void aGivenNameThatIsAlsoACommonWordDoesNotRunOnAPerson() {
        // صاحب (a listed given name, in the treebank a noun) after سعيد أحمد is "owner of", not his surname
        assertEquals("سعيد احمد", person("يرافقه الاداري سعيد أحمد صاحب الخبرة", 2, 3));
        assertEquals("روبرتو كارلوس", person("تسديدة قوية من روبرتو كارلوس داخل المنطقة", 3, 4));
    }
}
