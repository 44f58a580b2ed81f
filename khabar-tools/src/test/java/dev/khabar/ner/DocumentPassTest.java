package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Person;
import dev.khabar.Stage;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.ConllScorer;
import dev.khabar.tools.ner.NerTraining;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document pass on its own: the sentence-level mentions are given, so each test shows one rule whatever the
 * model finds. The last test runs the whole stage.
 */
class DocumentPassTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final DocumentPass PASS = new DocumentPass(NORMALIZER, word -> true);

    /** A document: its tokens, the model's tags (all O unless set) and nothing blocked. */
    private static final class Doc {
        final List<Token> tokens;
        final String[] tags;
        final boolean[] blocked;
        final List<NameCandidate> found = new ArrayList<>();

        Doc(String text) {
            tokens = new Tokenizer().tokenize(NORMALIZER.normalize(text).text());
            tags = new String[tokens.size()];
            Arrays.fill(tags, "O");
            blocked = new boolean[tokens.size()];
        }

        /** The index of the {@code nth} token (0-based) that reads {@code word} once normalized. */
        int at(String word, int nth) {
            String w = NORMALIZER.normalizeWord(word);
            for (Token t : tokens) {
                if (t.text().equals(w) && nth-- == 0) {
                    return t.index();
                }
            }
            throw new AssertionError("no token " + word);
        }

        /** A sentence-level mention of {@code words} tokens from token {@code first}, tagged so by the model. */
        NameCandidate mention(EntityType type, int first, int words) {
            NameCandidate f = new NameCandidate(type, first, first + words - 1, 0, Source.CRF, null, null);
            found.add(f);
            for (int k = first; k < first + words; k++) {
                tags[k] = (k == first ? "B-" : "I-") + type;
            }
            return f;
        }

        List<NameCandidate> apply(DocumentPass pass) {
            return pass.apply(tokens, found, tags, blocked);
        }

        List<NameCandidate> added(DocumentPass pass) {
            return apply(pass).stream().filter(f -> f.source() == Source.DOCUMENT).toList();
        }

        /** The normalized words of a mention, proclitics left out, joined by spaces. */
        String text(NameCandidate f) {
            StringBuilder b = new StringBuilder(tokens.get(f.first()).text().substring(f.prefixLength()));
            for (int k = f.first() + 1; k <= f.last(); k++) {
                b.append(' ').append(tokens.get(k).text());
            }
            return b.toString();
        }
    }

    @Test
    void anEntityFoundOnceMarksItsOtherOccurrencesWithProcliticsOutside() {
        Doc d = new Doc("أعلنت فولكسفاغن خفض إنتاجها. وقالت متحدثة باسم فولكسفاغن إن المصانع الألمانية لفولكسفاغن "
                + "ستعمل بدوام جزئي، وإن وفولكسفاغن ستعوض العمال.");
        d.mention(EntityType.ORG, d.at("فولكسفاغن", 0), 1);
        List<NameCandidate> added = d.added(PASS);
        assertEquals(3, added.size(), added.toString());
        for (NameCandidate f : added) {
            assertEquals(EntityType.ORG, f.type());
            assertEquals("فولكسفاغن", d.text(f));
        }
        assertEquals(List.of(0, 1, 1), added.stream().map(NameCandidate::prefixLength).toList());
    }

    @Test
    void aNameOfSeveralWordsRepeatsOnlyWhole() {
        Doc d = new Doc("اقتحمت القوات مخيم جنين في الضفة الغربية. وتشهد مدن والضفة الغربية إضرابا، "
                + "فيما قالت وزارة الصحة إن الضفة تعاني.");
        d.mention(EntityType.LOC, d.at("جنين", 0), 1);
        d.mention(EntityType.LOC, d.at("الضفة", 0), 2);
        List<NameCandidate> added = d.added(PASS);
        assertEquals(1, added.size(), added.toString());
        assertEquals("الضفه الغربيه", d.text(added.get(0)));
        assertEquals(1, added.get(0).prefixLength());
    }

    @Test
    void kafIsNoProcliticOfAName() {
        Doc d = new Doc("زار الوزير لاوس الأسبوع الماضي، والتقى السفير كلاوس شميت في فيينا.");
        d.mention(EntityType.LOC, d.at("لاوس", 0), 1);
        assertTrue(d.added(PASS).isEmpty());
    }

    @Test
    void coveredTokensAreNotMarkedAgain() {
        Doc d = new Doc("فاز برشلونة على ريال مدريد. ويحتفل جمهور برشلونة اليوم، ويصدر كتاب برشلونة قريبا.");
        d.mention(EntityType.ORG, d.at("برشلونة", 0), 1);
        d.tags[d.at("برشلونة", 2)] = "B-MISC"; // the model took it for the title of a book
        d.blocked[d.at("برشلونة", 1)] = true;  // an earlier stage (a hashtag, a date) holds it
        assertTrue(d.added(PASS).isEmpty());
    }

    @Test
    void ordinaryWordsDoNotSpread() {
        Doc shortWord = new Doc("قال نا إن الوفد وصل. وأضاف نا أن المحادثات مستمرة.");
        shortWord.mention(EntityType.PERS, shortWord.at("نا", 0), 1);
        assertTrue(shortWord.added(PASS).isEmpty(), "a word of two letters");

        Doc stop = new Doc("وقال أبو إن الوفد وصل. وأضاف أبو أن المحادثات مستمرة.");
        stop.mention(EntityType.PERS, stop.at("أبو", 0), 1);
        assertTrue(stop.added(PASS).isEmpty(), "a word of document-stops.tsv");

        Doc ordinary = new Doc("صدر كتاب بعنوان الذاكرة. وعرض فيلم بعنوان الطريق.");
        ordinary.mention(EntityType.PERS, ordinary.at("بعنوان", 0), 1);
        DocumentPass modelSaysO = new DocumentPass(NORMALIZER, word -> !word.equals("بعنوان"));
        assertTrue(ordinary.added(modelSaysO).isEmpty(), "a word the model tags O when it reads it alone");
    }

    @Test
    void aWordFoundWithTwoTypesSpreadsNeither() {
        Doc d = new Doc("زار الوفد الأردن أمس. وفاز الأردن على العراق. ويستضيف الأردن البطولة المقبلة.");
        d.mention(EntityType.LOC, d.at("الأردن", 0), 1);
        d.mention(EntityType.ORG, d.at("الأردن", 1), 1); // the national team
        assertTrue(d.added(PASS).isEmpty());
    }

    @Test
    void aPersonsLastOrFirstWordLaterIsTheSamePerson() {
        Doc d = new Doc("يلتقي طالباني غدا. واستقبل الرئيس العراقي جلال طالباني وفدا من الكونغرس. "
                + "وقال طالباني إن العلاقات متينة، فيما رحب جلال بالضيوف.");
        NameCandidate full = d.mention(EntityType.PERS, d.at("جلال", 0), 2);
        List<NameCandidate> added = d.added(PASS);
        assertEquals(List.of(d.at("طالباني", 2), d.at("جلال", 1)),
                added.stream().map(NameCandidate::first).toList(), "later only, not before the full name");
        for (NameCandidate f : added) {
            assertEquals(EntityType.PERS, f.type());
            assertSame(full, f.sameAs());
        }
    }

    @Test
    void aOneWordMentionOfThePersonTakesTheFullName() {
        Doc d = new Doc("استقبل الرئيس جلال طالباني الوفد. وقال طالباني إن المحادثات مثمرة.");
        NameCandidate full = d.mention(EntityType.PERS, d.at("جلال", 0), 2);
        d.mention(EntityType.PERS, d.at("طالباني", 1), 1);
        List<NameCandidate> all = d.apply(PASS);
        assertEquals(2, all.size());
        assertSame(full, all.get(1).sameAs());
        assertEquals(Source.CRF, all.get(1).source());
    }

    @Test
    void aWordTwoPersonsShareOrThatNamesAPlaceStandsForNobody() {
        Doc d = new Doc("التقى محمد عباس مع محمد دحلان في رام الله. وقال محمد إن اللقاء مثمر، ووصل دحلان "
                + "إلى القاهرة. ويزور عباس عمان.");
        d.mention(EntityType.PERS, d.at("محمد", 0), 2);
        d.mention(EntityType.PERS, d.at("محمد", 1), 2);
        List<NameCandidate> added = d.added(PASS);
        assertEquals(List.of("دحلان", "عباس"), added.stream().map(d::text).toList());

        Doc place = new Doc("قال حسن طرابلس إن الوضع هادئ. وتشهد طرابلس اشتباكات، وشهدت طرابلس أمس مظاهرة.");
        place.mention(EntityType.PERS, place.at("حسن", 0), 2);
        place.mention(EntityType.LOC, place.at("طرابلس", 1), 1);
        List<NameCandidate> placeAdded = place.added(PASS);
        assertEquals(1, placeAdded.size(), placeAdded.toString());
        assertEquals(EntityType.LOC, placeAdded.get(0).type());
    }

    @Test
    void theWholeStageGivesAShortFormTheFullNameAndExactOffsets() {
        Extractor ner = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();
        String text = "أعلن الرئيس الفرنسي إيمانويل ماكرون عن خطة جديدة. وقال ماكرون إن الخطة ستطبق العام المقبل، "
                + "وأكد أن ماكرون لن يتراجع.";
        Extraction e = ner.extract(text);
        List<Person> macron = e.persons().stream().filter(p -> p.text().contains("ماكرون")).toList();
        assertEquals(3, macron.size(), e.persons().toString());
        for (Person p : macron) {
            assertEquals(text.substring(p.start(), p.end()), p.text());
            assertEquals("إيمانويل ماكرون", p.name());
        }
        assertEquals(Set.of("إيمانويل ماكرون", "ماكرون"), Set.copyOf(macron.stream().map(Person::text).toList()));
    }

    @Test
    void evalNerJoinsSentencesIntoOneTextAndScoresEachOnItsOwn() {
        List<ConllCorpus.Sentence> sentences = List.of(
                sentence("أعلن/O الرئيس/O الفرنسي/O إيمانويل/B-PERS ماكرون/I-PERS عن/O خطة/O جديدة/O ./O"),
                sentence("وأكد/O أن/O ماكرون/B-PERS لن/O يتراجع/O عن/O الخطة/O ./O"));
        ConllScorer joined = new NerTraining().scoreStage(new NerAnnotator(), sentences, 2);
        ConllScorer.Counts persons = joined.byType().get("PERS");
        assertEquals(2, persons.truePositives);
        assertEquals(0, persons.falsePositives + persons.falseNegatives);
    }

    private static ConllCorpus.Sentence sentence(String tagged) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String pair : tagged.split(" ")) {
            int cut = pair.lastIndexOf('/');
            words.add(pair.substring(0, cut));
            tags.add(pair.substring(cut + 1));
        }
        return new ConllCorpus.Sentence(words, tags);
    }
}
