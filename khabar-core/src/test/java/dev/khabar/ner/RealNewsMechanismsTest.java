package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.Location;
import dev.khabar.Organization;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places and organizations as real news writes them, one mechanism a test: nationality adjectives and adjectives
 * that are also countries' names, chains that must stop or go on, unlisted places after a noun of places, channels,
 * clubs, coalitions named once in full, and words in tanween.
 */
class RealNewsMechanismsTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();
    /** With the date stage, whose dates the names may not enter. */
    private static final Extractor ALL = Extractor.builder().build();

    private static List<String> orgs(String text) {
        return NER.extract(text).organizations().stream().map(Organization::text).toList();
    }

    private static List<String> places(String text) {
        return NER.extract(text).locations().stream().map(Location::text).toList();
    }

    @Test
    void saudiAfterABrokenPluralOrAnAdjectiveIsTheAdjective() {
        assertFalse(places("أغلق مؤشر سوق الأسهم السعودية على تراجع.").contains("السعودية"));
        assertFalse(places("وتواصل الحملة الوطنية السعودية عملها في الأردن.").contains("السعودية"));
        assertFalse(places("وأكد أن العمل جار في المحاكم السعودية لمعاقبة المتحرش.").contains("السعودية"));
    }

    @Test
    void saudiAfterASubjectThatAVerbPrecedesIsTheCountry() {
        assertTrue(places("وزار الوزير السعودية الأسبوع الماضي.").contains("السعودية"));
        assertTrue(places("وبدأت الاتفاقات بين السعودية والأردن منذ وقت مبكر.").contains("السعودية"));
    }

    @Test
    void maliIsThePlaceOnlyWhereAPlaceStands() {
        assertEquals(List.of(), places("وقال مصدر عسكري مالي إن الهجوم انتهى، وحصل المتهم على مبلغ مالي كبير."));
        assertTrue(places("وقتل جنديان في كمين في شمال مالي أمس.").contains("مالي"));
        assertTrue(places("وقال إن الجزائر قدمت دعمها لمالي وشعبها.").contains("مالي"));
        assertTrue(places("وتنتشر الجماعات المسلحة في النيجر ومالي.").contains("مالي"));
    }

    @Test
    void waAndATriggerNounBeginTheNextBodyOfAList() {
        List<String> found = orgs("وتحدث لصحيفة الحياة وإذاعة الرياض أمس.");
        assertTrue(found.contains("صحيفة الحياة"), found.toString());
        assertFalse(found.stream().anyMatch(o -> o.contains("وإذاعة")), found.toString());
        found = orgs("وتقدمت وزارة الصحة ووزارة التعليم بالمشروع.");
        assertTrue(found.containsAll(List.of("وزارة الصحة", "وزارة التعليم")), found.toString());
    }

    @Test
    void afterADefiniteHeadWaOrAPluralNounIsNoPartOfTheName() {
        assertFalse(orgs("ودعا المجلس الحكومات والبرلمانات العربية إلى التحرك.").stream()
                .anyMatch(o -> o.contains("الحكومات")));
        assertFalse(orgs("وستمثل نقطة تواصل بين الهيئة والقطاعات الأخرى.").stream()
                .anyMatch(o -> o.contains("والقطاعات")));
    }

    @Test
    void aNounWithItsPronounIsNoNameAfterATrigger() {
        assertEquals(List.of(), orgs("هذا التحديد سيسهل لكل إدارة نادي عملها."));
    }

    @Test
    void aNamesFieldAfterTheNameIsPartOfIt() {
        assertEquals(List.of("شركة بنده للتجزئة"), orgs("ثمنت شركة بنده للتجزئة تكريم الملك."));
        assertEquals(List.of("شركة هيونداي للصناعات الثقيلة"), orgs("وأعلنت شركة هيونداي للصناعات الثقيلة أرباحها."));
        assertEquals(List.of("شركة سوما"), orgs("واتفقت شركة سوما للتعاقد مع اللاعب."));
    }

    @Test
    void waAndAVerbEndTheChain() {
        assertEquals(List.of("النقابة العامة للمحامين"),
                orgs("وأعلنت النقابة العامة للمحامين ويستمر التسجيل حتى نهاية الشهر."));
        assertEquals(List.of("مجلس التعاون"), orgs("وعقد مجلس التعاون وبحث الملف النووي اجتماعا أمس."));
    }

    @Test
    void aChannelNamedByANisbaAdjective() {
        assertTrue(orgs("وقال في مداخلة مع قناة الإخبارية إن المصاب مصاب الجميع.").contains("قناة الإخبارية"));
        assertEquals(List.of(), orgs("ومن المقرر أن يتم إذاعة الأغنية اليوم."));
        assertFalse(orgs("وعبرت السفن قناة السويس الجديدة.").contains("قناة السويس"));
    }

    @Test
    void aDirectorateOfANameIsADistrict() {
        List<String> found = places("واشتبك المسلحون مع المقاومة في مديرية أرحب شمال صنعاء.");
        assertTrue(found.contains("أرحب"), found.toString());
        assertFalse(orgs("واشتبك المسلحون مع المقاومة في مديرية أرحب شمال صنعاء.").stream()
                .anyMatch(o -> o.contains("أرحب")));
        assertTrue(orgs("وأعلنت مديرية الصحة عن حملة.").contains("مديرية الصحة"));
    }

    @Test
    void aCommonWordAfterAPlaceNounIsAPlaceWhenASequelPlacesIt() {
        assertTrue(places("وقد سيطرت القوات على منطقة عتمة التابعة لمحافظة ذمار.").contains("عتمة"));
        assertTrue(places("وسيطر المسلحون على منطقة حرض التابعة لمحافظة حجة.").contains("حرض"), "a past verb's form");
        assertFalse(places("وتقع القرية في منطقة جبلية شمال البلاد.").contains("جبلية"));
        assertFalse(places("وهاجموا قرى بشمال شرق سوريا.").contains("بشمال"));
    }

    @Test
    void aBareCoalitionAfterItsFullName() {
        List<String> found = orgs("أطلق التحالف العربي عملياته، وانتشر جنود من الدول الأعضاء في التحالف حول المدينة.");
        assertEquals(2, found.stream().filter(o -> o.startsWith("التحالف")).count(), found.toString());
        assertEquals(List.of(), orgs("يسعى الحزب إلى التحالف مع قوى أخرى في الانتخابات."));
    }

    @Test
    void aTownAndSporIsAClub() {
        assertTrue(orgs("بعد خسارته في لقائه الأول أمام كونيا سبور التركي برباعية.").contains("كونيا سبور"));
        assertFalse(places("بعد خسارته في لقائه الأول أمام كونيا سبور التركي برباعية.").contains("كونيا"));
    }

    @Test
    void aWordInTanweenNamesNoPlaceNorBody() {
        assertEquals(List.of(), places("وقدم رئيس المجلس درعاً تذكارياً للضيوف، وعاد إلى البيت باكراً."));
        assertEquals(List.of("وزارة النقل"), orgs("وتتم صيانته من قبل وزارة النقل وجارٍ الانتهاء من الأعمال."));
    }

    @Test
    void anAcronymInParenthesesIsNoMonthsOtherName() {
        assertEquals(List.of(), ALL.extract("مقارنة بـ2.55 تريليون ريال بنهاية أيار (مايو)، ومقارنة بالعام الماضي.")
                .organizations());
    }
}
