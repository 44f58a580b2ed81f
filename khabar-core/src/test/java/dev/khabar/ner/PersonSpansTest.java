package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Persons' spans repaired over one document ({@link PersonSpans}, and the document pass): one mechanism a test. */
class PersonSpansTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();

    private static List<String> persons(String text) {
        return NER.extract(text).persons().stream().map(Person::text).toList();
    }

    @Test
    void aCommonNounInsideAPersonEndsTheNameAndTheNameAfterItIsAnotherPerson() {
        assertEquals(List.of("توماس غرين", "ديفيد"), persons("وقال توماس غرين صديق ديفيد إن الحفل كان رائعا."));
    }

    @Test
    void aForeignSurnameInWaAlefKeepsItsFirstLetter() {
        assertEquals(List.of("ماري وايلدنبرغ"), persons("وقالت الممثلة ماري وايلدنبرغ إن الفيلم سيعرض في الصيف."));
        assertEquals(List.of("سارة وايتمور"), persons("وأكدت المغنية سارة وايتمور أن الحفل تأجل."));
    }

    @Test
    void aCompoundNameInAllahAfterAGivenNameJoinsThePerson() {
        assertEquals(List.of("نادر خير الله"), persons("وأكد المخرج نادر خير الله أن الفيلم جاهز."));
    }

    @Test
    void aLetterThatLooksLikeAProcliticBelongsToANameOfTheDocument() {
        assertEquals(List.of("روبرت بلين", "بلين"),
                persons("وقد ولد الكاتب روبرت بلين في باريس، ثم سافر بلين إلى روما."));
    }

    @Test
    void aCompanyNamedAfterAWholePersonNameIsTheCompanyWhereItsSurnameRecurs() {
        var found = NER.extract("وعملت شركة كارل هيوز للمحاسبة مع البنك، ثم انسحبت هيوز من العقد.");
        List<String> organizations = found.organizations().stream().map(Organization::text).toList();
        assertTrue(organizations.contains("هيوز"), organizations.toString());
        assertFalse(found.persons().stream().anyMatch(p -> p.text().equals("هيوز")), found.persons().toString());
    }

    @Test
    void aGivenNameWithAProcliticBeforeBinBeginsThePersonAndAWordBeforeBinDoesNot() {
        assertEquals(List.of("كعب بن زهير"), persons("وأنشد القصيدة لكعب بن زهير في المجلس."));
        assertEquals(List.of("بن علي"), persons("وجاء فوز بن علي في الانتخابات."));
    }

    @Test
    void aGivenNameThatIsACommonWordBeginsThePersonOnlyBeforeAbdOrBin() {
        assertEquals(List.of("منى عبد الرحيم"), persons("وفازت اللاعبة منى عبد الرحيم بالمركز الأول."));
        assertEquals(List.of(), persons("وقال إن أمل الشعب كبير في الحكومة."));
    }

    @Test
    void aSurnameAloneStandsForAPersonNamedMoreAndLessFully() {
        // عادل بن أحمد الجاسر and عادل الجاسر share the first and last words: one person, so الجاسر alone is him
        List<String> found = persons("وقال الوزير عادل بن أحمد الجاسر إن الخطة جاهزة. وأضاف عادل الجاسر أن التنفيذ"
                + " سيبدأ قريبا. وختم الجاسر حديثه بالشكر.");
        assertTrue(found.contains("الجاسر"), found.toString());
    }
}
