package dev.khabar.ner;

import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Location;
import dev.khabar.Person;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Persons' spans made whole from name evidence ({@link NameEvidence}): one mechanism a test. */
class PersonNamesTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();

    private static List<String> persons(String text) {
        return NER.extract(text).persons().stream().map(Person::text).toList();
    }

    @Test
    void aNameTokenNoCommonWordSpellsContinuesTheName() {
        // بهوي reads as ب + a verb, but it is a listed name token that no word of the treebank spells
        assertEquals(List.of("سامي بهوي", "بهوي"),
                persons("وأكد الباحث سامي بهوي أن النتائج أولية، وأضاف بهوي أن الفريق سيواصل العمل."));
        assertEquals(List.of("أمل تركستاني"), persons("وقالت السيدة أمل تركستاني إن التجربة ناجحة."));
    }

    @Test
    void aGivenNameBeforeThePersonBeginsIt() {
        assertEquals(List.of("فهد حمد"), persons("وانضم إلى القائمة لاعب الارتكاز فهد حمد."));
    }

    @Test
    void theComplementOfANounBeforeANameIsNotItsFirstName() {
        List<String> found = persons("وأوضح المشرف على الفنون الشعبية بسوق عكاظ خالد الحارثي، أن الفرق جاهزة.");
        assertTrue(found.contains("خالد الحارثي"), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.contains("عكاظ")), found.toString());
    }

    @Test
    void anUnseenNameBeforeBinBeginsTheNameAndSpreadsAlone() {
        assertEquals(List.of("لبيد بن ربيعة", "لبيد"),
                persons("ويعد لبيد بن ربيعة من شعراء المعلقات، وقد عاش لبيد طويلا."));
    }

    @Test
    void aFormOfAddressAloneIsNobody() {
        assertEquals(List.of(), persons("وأكد سماحة رئيس المجلس أن الحوار مستمر."));
    }

    @Test
    void aRoleBeforeTheNameStaysOutside() {
        assertEquals(List.of("نبيل بلحاج"), persons("وأشار الخبير نبيل بلحاج إلى أن السوق تتعافى."));
    }

    @Test
    void aPlainGivenNameAndAFamilyNameWithTheArticleAreAPerson() {
        assertEquals(List.of("فهد العتيبان"), persons("وحضر الحفل فهد العتيبان وعدد من المسؤولين."));
    }

    @Test
    void aVerbOrANounListedAsANameBeginsNoPerson() {
        List<String> found = persons("ووقف الزوار أمام باب الملك عبدالعزيز طويلا، حيث كان البغدادي معتقلا.");
        assertFalse(found.stream().anyMatch(p -> p.startsWith("باب") || p.startsWith("كان")), found.toString());
    }

    @Test
    void aliWrittenWithYaIsTheGivenNameWhereTheTextWritesTheParticleWithAlefMaksura() {
        assertEquals(List.of("علي الشمراني"), persons("وتحدث علي الشمراني عن التجربة، ثم عاد إلى منزله."));
        List<String> particle = persons("ورد المدرب على الشمراني بعد المباراة، ثم عاد إلى منزله.");
        assertFalse(particle.stream().anyMatch(p -> p.contains("على")), particle.toString());
    }

    @Test
    void aNationalityAdjectiveAfterATitleStaysOutsideThoughItIsAFamilyNameToo() {
        assertEquals(List.of("أشرف غني"), persons("وأعلن الرئيس الأفغاني أشرف غني أن الحكومة ستواصل الحوار."));
    }

    @Test
    void aListedPlaceOfSeveralWordsIsNoPerson() {
        Extraction e = NER.extract("وتتجه الرحلة إلى بوينس آيرس بعد التوقف.");
        assertEquals(List.of(), e.persons().stream().map(Person::text).toList());
        assertEquals(List.of("بوينس آيرس"), e.locations().stream().map(Location::text).toList());
    }

    @Test
    void theNameAfterACompanyTriggerAloneLaterIsTheCompany() {
        Extraction e = NER.extract("أعلنت شركة كورتيلا الأمريكية أرباحها. وقال رئيس كورتيلا إن الأرباح زادت.");
        assertEquals(List.of(), e.persons().stream().map(Person::text).toList());
        assertTrue(e.organizations().stream().anyMatch(o -> o.text().equals("كورتيلا")), e.organizations().toString());
    }
    @Test
    void aChainOfFathersNamesWithTheArticleRunsOnToTheFamilyName() {
        assertEquals(List.of("ناصر المحمد الأحمد الصباح"),
                persons("واستقبل الشيخ ناصر المحمد الأحمد الصباح رئيس الوزراء الوفد."));
        // one father's name only: the word after it is no family name (الجميع, "everyone")
        assertEquals(List.of("عبدالرحمن الغنام"), persons("وأوصى الشيخ عبدالرحمن الغنام الجميع بالصبر."));
    }

    @Test
    void aSovereignsOrdinalJoinsTheNameWhenItAgreesWithTheTitle() {
        assertEquals(List.of("مارغريت الثانية"), persons("وزارت الملكة مارغريت الثانية المعرض أمس."));
        List<String> found = persons("وكانت رسالة الملك سلمان الثالثة إنشاء المركز.");
        assertFalse(found.stream().anyMatch(p -> p.contains("الثالثة")), found.toString());
    }

    @Test
    void aGivenNameTakesTheNextWordWhenAnOfficeFollowsIt() {
        assertEquals(List.of("سمير نصر"), persons("وقال سمير نصر رئيس مجلس الإدارة إن العمل مستمر."));
        List<String> found = persons("وأكد الدكتور الشمري اهتمام أمير المنطقة بالمشروع.");
        assertFalse(found.stream().anyMatch(p -> p.contains("اهتمام")), found.toString());
    }

    @Test
    void aPrepositionWithAPronounAfterAVerbIsNobody() {
        assertEquals(List.of(), persons("وأكد لنا أن الاقتراح مختلف، وقال لي إنه سيعود."));
    }

    @Test
    void aRoleAfterAnUnknownWordThatGovernsTheNextShowsAPerson() {
        assertEquals(List.of("غويكوتشيا"), persons("وسجل غويكوتشيا لاعب إشبيلية الهدف الأول."));
    }

    @Test
    void aGivenNameThatTheGazetteerListsAsAPlaceTooBeginsAPersonBeforeAFamilyName() {
        // عمر is in ANERGazet's places list as well as its persons
        assertTrue(persons("وأعلن مدير الفرع عمر الحماسر افتتاح المعرض.").contains("عمر الحماسر"));
    }
}
