package dev.khabar.ner;

import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.Organization;
import dev.khabar.Stage;
import dev.khabar.data.DataFile;
import dev.khabar.json.JsonCodec;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lists of {@code knowledge/}: places with their codes, clubs, nationality adjectives, person tokens. */
class KnowledgeTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();
    private static final List<String> LISTS = List.of("knowledge/places.tsv", "knowledge/clubs.tsv",
            "knowledge/demonyms.tsv", "knowledge/place-countries.tsv");

    private static Optional<Location> location(String text, String mention) {
        return NER.extract(text).locations().stream().filter(l -> l.text().equals(mention)).findFirst();
    }

    @Test
    void everyExampleOfTheListsHolds() {
        List<String> failures = new ArrayList<>();
        for (String file : LISTS) {
            for (DataFile.Row example : DataFile.examples(NerData.class, file)) {
                String[] parts = example.get(0).split("=>");
                if (parts.length != 2) {
                    continue; // a row example (قطاع غزة	PS), not a sentence
                }
                String sentence = parts[0].strip();
                String wanted = parts[1].strip();
                List<Mention> all = NER.extract(sentence).all();
                boolean ok = wanted.startsWith("!")
                        ? all.stream().noneMatch(m -> m.text().equals(wanted.substring(1).strip()))
                        : all.stream().anyMatch(m -> m.text().equals(wanted));
                if (!ok) {
                    failures.add(file + ":" + example.line() + ": " + example.get(0) + " -> " + all);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theKeysAreTheNamesNormalizedAsAtRunTime() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        List<String> wrong = new ArrayList<>();
        for (DataFile.Row row : DataFile.rows(NerData.class, PlaceLinker.RESOURCE)) {
            List<String> words = tokenizer.tokenize(normalizer.normalizeWord(row.get(1))).stream().map(Token::text)
                    .toList();
            if (!String.join(" ", words).equals(row.get(0))) {
                wrong.add(row.line() + ": " + row.get(0) + " / " + row.get(1));
            }
            if (!row.get(3).matches("[A-Z]{2}")) {
                wrong.add(row.line() + ": country " + row.get(3));
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " rows: " + wrong.subList(0, Math.min(20, wrong.size())));
    }

    @Test
    void aListedTownIsALocationWithItsCountryAndGeonamesId() {
        Location l = location("وأصيب ثلاثة أشخاص في حادث مروري بسيهات مساء أمس", "سيهات").orElseThrow();
        assertEquals("SA", l.country());
        assertEquals(102318L, l.geonamesId());
        Location state = location("وفاز المرشح في ولاية أوهايو بفارق كبير", "أوهايو").orElseThrow();
        assertEquals("US", state.country());
        assertNull(state.geonamesId(), "a state has no GeoNames id in the list");
    }

    @Test
    void aCountryOfTheStagesOwnListCarriesItsCode() {
        Location l = location("وصل الوفد إلى المملكة العربية السعودية أمس", "المملكة العربية السعودية").orElseThrow();
        assertEquals("السعودية", l.name());
        assertEquals("SA", l.country());
        assertEquals("PS", location("وقصفت الطائرات مواقع في قطاع غزة ليلا", "قطاع غزة").orElseThrow().country());
    }

    @Test
    void aPlaceThatIsAlsoACommonWordNeedsItsPlaceNoun() {
        // البيضاء is "the white" and a Yemeni governorate; سحر is "magic", a woman's name and a Yemeni town
        assertTrue(location("وارتدى الرجل العباءة البيضاء في الحفل", "البيضاء").isEmpty());
        assertEquals("YE", location("واندلعت اشتباكات في محافظة البيضاء وسط اليمن", "محافظة البيضاء").orElseThrow()
                .country(), "the governorate keeps its noun, which the policy accepts");
        assertEquals("YE", location("وقتل جنديان في محافظة إب جنوب صنعاء", "محافظة إب").orElseThrow().country());
        assertTrue(NER.extract("وقال إن الأب إب حضر").locations().stream().noneMatch(l -> l.text().equals("إب")),
                "a name of two letters only after its noun");
        assertTrue(NER.extract("وأن الوزير قال إن الاجتماع تأجل").locations().isEmpty(), "وأن is not Van");
    }

    @Test
    void aNationalityAdjectiveAfterANounIsNoPlace() {
        assertTrue(location("وقالت الحكومة السعودية في بيان إن الأسعار ستنخفض", "السعودية").isEmpty());
        assertTrue(location("ودخلت القوات الأراضي السعودية فجرا", "السعودية").isEmpty());
        assertTrue(location("وزار الوزير السعودية الأسبوع الماضي", "السعودية").isPresent(), "a verb's object");
        assertTrue(location("وتوجه الوفد إلى السعودية أمس", "السعودية").isPresent(), "إلى is الي normalized");
    }

    @Test
    void aNationalityAdjectiveGivesAnOrganizationItsCountry() {
        Extraction e = NER.extract("وقالت وزارة الخارجية المغربية في بيان إن الوفد سيصل غدا");
        Organization o = e.organizations().stream().filter(x -> x.text().startsWith("وزارة الخارجية")).findFirst()
                .orElseThrow(() -> new AssertionError(e.organizations().toString()));
        assertEquals("MA", o.country());
        Organization bare = NER.extract("وقالت وزارة الصحة إن الوباء انحسر").organizations().get(0);
        assertNull(bare.country());
    }

    @Test
    void jsonWritesTheCodesOnlyWhenKnown() {
        String known = JsonCodec.toJson("d", NER.extract("وأصيب ثلاثة أشخاص في حادث مروري بسيهات مساء أمس"));
        assertTrue(known.contains("\"country\":\"SA\",\"geonamesId\":102318"), known);
        String unknown = JsonCodec.toJson("d", NER.extract("وقالت وزارة الصحة إن الوباء انحسر"));
        assertFalse(unknown.contains("country"), unknown);
        assertFalse(unknown.contains("null"), unknown);
    }

    @Test
    void aListedClubIsAnOrganization() {
        List<String> orgs = NER.extract("وتعاقد نادي هايدنهايم مع المدافع لمدة عامين").organizations().stream()
                .map(Organization::text).toList();
        assertTrue(orgs.contains("نادي هايدنهايم"), orgs.toString());
    }

    @Test
    void personTokensAreNamesNotCommonWords() {
        ArabicNormalizer n = new ArabicNormalizer();
        assertTrue(NameLexicon.size() > 20_000, "tokens: " + NameLexicon.size());
        for (String name : List.of("موغيريني", "ميركل", "ماكرون")) {
            assertTrue(NameLexicon.isPersonToken(n.normalizeWord(name)), name);
        }
        for (String word : List.of("الحكومة", "كان", "الذي", "قال", "سلام", "وزير", "الرئيس")) {
            assertFalse(NameLexicon.isPersonToken(n.normalizeWord(word)), word);
        }
    }
}
