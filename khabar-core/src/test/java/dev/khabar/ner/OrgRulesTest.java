package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.Organization;
import dev.khabar.Stage;
import dev.khabar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organization chains' words, the chain, quoted names and the short names of companies, one mechanism a test. */
class OrgRulesTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final OrgWords WORDS = new OrgWords(NORMALIZER);

    private static List<String> orgs(String text) {
        return NER.extract(text).organizations().stream().map(Organization::text).toList();
    }

    @Test
    void chainWordsAreReadByKindAndNormalized() {
        assertTrue(WORDS.isPreposition(NORMALIZER.normalizeWord("على")), "على as normalized");
        assertTrue(WORDS.isPreposition(NORMALIZER.normalizeWord("إلى")));
        assertFalse(WORDS.isPreposition(NORMALIZER.normalizeWord("بن")), "a particle is no preposition");
        assertTrue(WORDS.isBrandTrigger(NORMALIZER.normalizeWord("شركة")));
        assertFalse(WORDS.isBrandTrigger(NORMALIZER.normalizeWord("مؤسسة")), "a foundation may honour a person");
        assertTrue(WORDS.isRoyalTitle(NORMALIZER.normalizeWord("الأمير")));
        assertFalse(WORDS.isRoyalTitle(NORMALIZER.normalizeWord("أمير")), "only with the article");
    }

    @Test
    void aRoyalTitleTakesThePersonWithParticlesAndCompoundNames() {
        assertEquals(List.of("مستشفى الملك سلطان بن عبدالعزيز"),
                orgs("افتتح مستشفى الملك سلطان بن عبدالعزيز الجديد"));
        assertTrue(orgs("زار الوفد مستشفى الملك عبد العزيز التخصصي").get(0).startsWith("مستشفى الملك عبد العزيز"),
                "عبد العزيز is one name");
    }

    @Test
    void aDefiniteNounThenAPrepositionAfterANisbaIsAClause() {
        List<String> found = orgs("أعلنت جمعية النحالين التعاونية المشتمل على مئات الأعضاء عن مهرجان");
        assertEquals(List.of("جمعية النحالين التعاونية"), found);
    }

    @Test
    void aQuotedNameAfterATriggerAndTheNextOfItsList() {
        List<String> found = orgs("وأطلقت جمعية «أصدقاء المريض» و«رواد المستقبل» حملة جديدة");
        assertTrue(found.contains("أصدقاء المريض") && found.contains("رواد المستقبل"), found.toString());
    }

    @Test
    void aCompanyNamedAfterAPersonGoesByTheFamilyNameLater() {
        List<String> found = orgs("أنهت شركة ارثر اندرسون للمحاسبة تعاملها مع العملاء أمس. "
                + "وقال المتحدث باسم اندرسون إن العلاقة انتهت.");
        assertTrue(found.contains("اندرسون"), "the firm's later mention: " + found);
    }

    @Test
    void aFoundationThatHonoursAPersonLeavesThePersonAlone() {
        List<String> found = orgs("أعلنت مؤسسة بيل جيتس الخيرية عن منحة جديدة. وقال جيتس إن المنحة ستذهب إلى أفريقيا.");
        assertFalse(found.contains("جيتس"), "جيتس is Bill Gates here: " + found);
    }

    @Test
    void aVerbalNounWithoutTheArticleHeadsACommandWhenItsGenitiveIsInConstruct() {
        assertTrue(orgs("وأعلنت قيادة حرس الحدود في بيان عن ضبط المهربين").contains("قيادة حرس الحدود"));
        assertTrue(orgs("وأعلنت قيادة عمليات بغداد في بيان عن مقتل المسلحين").contains("قيادة عمليات بغداد"));
        for (String verbal : List.of("وقررت الأسرة إدارة المطعم الصغير بنفسها", "ويجب علينا إدارة هذا الوضع بحكمة",
                "وفضلت إدارة الترجي الرياضي التونسي الصمت",
                "تحت ظل قيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز")) {
            assertFalse(orgs(verbal).stream().anyMatch(o -> o.startsWith("إدارة") || o.startsWith("قيادة")),
                    verbal + " -> " + orgs(verbal));
        }
    }

    @Test
    void aForeignWordRightAfterACompanysNounIsItsName() {
        assertTrue(orgs("وقالت شركة GOL للطيران إن رحلاتها مستمرة").stream().anyMatch(o -> o.startsWith("شركة GOL")));
        assertTrue(orgs("ونشرت مجلة Esquire قائمة جديدة").contains("مجلة Esquire"));
        assertFalse(orgs("وظهر الرجلان بهيئة مختلفة وهما ملتحيان").stream().anyMatch(o -> o.contains("هيئة")),
                "هيئة is no company's noun: an unknown word after it names nothing");
    }

    @Test
    void aGroupsNounNeedsTheArticleANisbaAndALPhrase() {
        assertTrue(orgs("وأكدت الجماعة السلفية للدعوة والقتال أنها ستواصل").contains("الجماعة السلفية للدعوة والقتال"));
        assertTrue(orgs("وهاجمت جماعة مسلحة القافلة").isEmpty(), "any armed group");
        assertTrue(orgs("وقالت الجماعة المسلحة إنها ستواصل").isEmpty(), "no ل-phrase");
    }
}
