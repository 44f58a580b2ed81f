package dev.khabar.ner;

import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Organization;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spans, proclitics, canonical names and acronyms of the NER stage, one phenomenon a test. */
class NerAnnotatorTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();

    private static List<Organization> orgs(String text) {
        Extraction e = NER.extract(text);
        for (Organization o : e.organizations()) {
            assertEquals(text.substring(o.start(), o.end()), o.text());
        }
        return e.organizations();
    }

    private static List<String> texts(List<Organization> orgs) {
        return orgs.stream().map(Organization::text).toList();
    }

    @Test
    void proclitcsStayOutsideTheSpanAndRepeatedMentionsShareTheName() {
        List<Organization> o = orgs("وأوضح المكتب، التابع لحركة حماس، أن القصف مستمر. وقالت حماس إن الوفد سيصل.");
        assertEquals(List.of("حركة حماس", "حماس"), texts(o));
        assertEquals("حركة حماس", o.get(0).name());
        assertEquals("حركة حماس", o.get(1).name());
    }

    @Test
    void aListedPlaceIsFoundWhereNothingElseIsAndNamesItsMentions() {
        Extraction e = NER.extract("قدم الدعم للسعودية، ثم زار الوفد المملكة العربية السعودية وأم درمان.");
        List<String> found = e.locations().stream().map(l -> l.text() + " = " + l.name()).toList();
        assertEquals(List.of("للسعودية = السعودية", "المملكة العربية السعودية = السعودية", "أم درمان = أم درمان"),
                found, "ل merged with the article: the span is the whole word, the name has the article back");
        assertTrue(NER.extract("وتعهد الصندوق بتقديم دعم مالي للمشروع").locations().isEmpty(),
                "مالي (\"financial\") is left out of the list");
    }

    @Test
    void anAdjectiveOfAPlaceIsNoPlaceButANeighbourhoodIs() {
        List<String> adjective = NER.extract("وسلمت السلطات الأمنية التونسية 8 مطلوبين لدى العدالة").locations()
                .stream().map(l -> l.text()).toList();
        assertFalse(adjective.contains("التونسية"), "the model reads التونسية as a place here: " + adjective);
        List<String> neighbourhood = NER.extract("فتم نقلها إلى حي العزيزية، وبحكم ارتباطها التاريخي").locations()
                .stream().map(l -> l.text()).toList();
        assertEquals(List.of("العزيزية"), neighbourhood);
    }

    @Test
    void kafBeforeTheArticleAndAKnownNameIsAProclitic() {
        List<String> found = NER.extract("أما في دول مجلس التعاون الخليجي الأخرى كالإمارات وسلطنة عمان").locations()
                .stream().map(l -> l.text()).toList();
        assertTrue(found.contains("الإمارات"), found.toString());
    }

    @Test
    void aBodyNamedByItsPlaceIsOneOrganizationWithThePlaceInside() {
        assertEquals(List.of("شرطة محافظة الطائف", "أمانة جدة"),
                texts(orgs("وتقدم المواطن ببلاغ لشرطة محافظة الطائف، فيما أعلنت أمانة جدة إغلاق المحل")));
        assertEquals(List.of("إمارة منطقة تبوك"), texts(orgs("وأصدرت إمارة منطقة تبوك بيانا صباح اليوم")));
        assertTrue(orgs("وتقع إمارة الشارقة على ساحل الخليج").isEmpty(),
                "an emirate before a bare place is the place itself");
    }

    @Test
    void aGroupNamedByItsMembersIsFoundInTheObliqueCase() {
        List<Organization> o = orgs("وقصفت المقاتلات مخازن أسلحة تابعة للحوثيين قرب الحدود");
        assertEquals(List.of("للحوثيين"), texts(o), "ل merged with the article: the whole word is the span");
        assertEquals("جماعة الحوثي", o.get(0).name());
    }

    @Test
    void theLongestListedNameWinsOverTheAgencyInsideIt() {
        assertEquals(List.of("تومسون رويترز"), texts(orgs("وأظهرت بيانات جمعتها تومسون رويترز تراجع الأسعار")));
    }

    @Test
    void aPlaceListedAfterItsNounEndsThePersonRunItBegins() {
        Extraction e = NER.extract("وشهد التدشين حضور وكيل إمارة منطقة عسير سليمان بن محمد الجريش وأمين المنطقة");
        assertEquals(List.of("إمارة منطقة عسير"), texts(e.organizations()), "the place is inside the body's name");
        assertEquals(List.of("سليمان بن محمد الجريش"), e.persons().stream().map(p -> p.text()).toList());
    }

    @Test
    void anInstitutionNamedAfterARoyalTakesThePersonsName() {
        assertEquals(List.of("مستشفى الملك فهد الجامعي"), texts(orgs("نقل إلى مستشفى الملك فهد الجامعي أمس.")));
        assertEquals(List.of("جامعة الأمير سطام بن عبدالعزيز"),
                texts(orgs("وأعلنت جامعة الأمير سطام بن عبدالعزيز بالخرج نتائج القبول.")));
        assertEquals(List.of("مستشفى الملك"), texts(orgs("وأكد مدير مستشفى الملك أن الحالة مستقرة.")));
        assertEquals(List.of("مستشفى مدينة الملك عبدالعزيز الطبية"),
                texts(orgs("وهو منوم في مستشفى مدينة الملك عبدالعزيز الطبية")));
        assertEquals(List.of("مجلس الوزراء"),
                texts(orgs("واستقبل نائب رئيس مجلس الوزراء الأمير محمد بن نايف الوفد.")));
    }

    @Test
    void anOfficeOrAPlaceAfterAnOrganizationEndsItsName() {
        assertEquals(List.of("مجلس الوزراء"),
                texts(orgs("وقال النائب الثاني لرئيس مجلس الوزراء وزير الدفاع إن المملكة ماضية.")));
        assertEquals(List.of("مكتب رئيس الوزراء البريطاني"), texts(orgs("وزار مكتب رئيس الوزراء البريطاني.")));
        assertEquals(List.of("شركة ريد بالون سيكورتي"),
                texts(orgs("وقالت شركة ريد بالون سيكورتي إن الثغرة خطيرة.")));
        assertEquals(List.of("الجيش اللبناني", "الأمم المتحدة"),
                texts(orgs("وانتشر الجيش اللبناني وجنود الأمم المتحدة في الجنوب.")));
    }

    @Test
    void aPersonRightAfterANounOfPlacesIsAPlace() {
        Extraction e = NER.extract("وهطلت أمطار غزيرة خاصة على منطقتي عسير وجازان");
        assertTrue(e.locations().stream().anyMatch(l -> l.text().equals("عسير")), e.toString());
        assertTrue(e.persons().stream().noneMatch(p -> p.text().equals("عسير")), e.toString());
        Extraction ohio = NER.extract("وقال حاكم ولاية أوهايو جون كاسيش إن الحزب سيفوز");
        assertTrue(ohio.locations().stream().anyMatch(l -> l.text().equals("أوهايو")), ohio.toString());
        assertTrue(ohio.persons().stream().noneMatch(p -> p.text().startsWith("أوهايو")), ohio.toString());
    }

    @Test
    void anAcronymInParenthesesIsItsOwnMentionWithTheNamesCanonicalForm() {
        List<Organization> o = orgs("أعلنت الهيئة الوطنية لمكافحة الفساد (نزاهة) عن نتائج التحقيق.");
        assertEquals(List.of("الهيئة الوطنية لمكافحة الفساد", "نزاهة"), texts(o));
        assertEquals("الهيئة الوطنية لمكافحة الفساد", o.get(1).name());
    }

    @Test
    void aNoteInParenthesesIsNoAcronym() {
        assertEquals(List.of("نادي الهلال"), texts(orgs("وفاز نادي الهلال (بطل الدوري) على ضيفه.")));
        assertEquals(List.of("منظمة الصحة العالمية", "WHO"), texts(orgs("وحذرت منظمة الصحة العالمية (WHO) من الوباء.")));
    }

    @Test
    void knownAcronymsResolveToTheCanonicalName() {
        List<Organization> o = orgs("وقال متحدث باسم الفيفا إن القرار نهائي.");
        assertEquals(List.of("الفيفا"), texts(o));
        assertEquals("الاتحاد الدولي لكرة القدم", o.get(0).name());
    }

    @Test
    void aNameThatBeginsWithKafKeepsItsFirstLetter() {
        // وفي is a word of its own here and لاوس a listed place; ك is no proclitic of كوفي or كلاوس.
        Extraction e = NER.extract("وفي نيويورك قال كوفي أنان إن الوضع خطير. وقال كلاوس ايبرمان إن الاتفاق قريب.");
        List<String> persons = e.persons().stream().map(dev.khabar.Person::text).toList();
        assertTrue(persons.contains("كوفي أنان"), persons.toString());
        assertTrue(persons.contains("كلاوس ايبرمان"), persons.toString());
    }

    @Test
    void harakatAreLeftOutOfTheName() {
        List<Organization> o = orgs("قَالَ مَكْتَبُ إِعْلَامِ الأَسْرَى إن الأوضاع تتدهور.");
        assertEquals(1, o.size());
        assertEquals("مكتب إعلام الأسرى", o.get(0).name());
    }

    @Test
    void commonNounsThatCanHeadANameDoNotMakeOneByThemselves() {
        assertTrue(orgs("شنت القوات حملة الاعتقالات في المدينة.").isEmpty());
        assertTrue(orgs("وأوضح المكتب، التابع للوزارة، أن العمل مستمر.").isEmpty());
        assertTrue(orgs("نتيجة ما وصفه بسياسات «الموت البطيء» في السجون.").isEmpty());
    }

    @Test
    void aLocationTakesItsHeadNoun() {
        Extraction e = NER.extract("اندلعت الحرب في قطاع غزة قبل عامين.");
        assertEquals(List.of("قطاع غزة"), e.locations().stream().map(l -> l.text()).toList());
    }

    private static List<String> persons(String text) {
        return NER.extract(text).persons().stream().map(p -> p.text()).toList();
    }

    @Test
    void aPersonRunsOverTheNamesOtherParts() {
        assertEquals(List.of("عبد الملك الحوثي"), persons("ودعا زعيم الجماعة عبد الملك الحوثي إلى الحوار"));
        List<String> found = persons("وكتب الشاعر كعب بن زهير قصيدته الشهيرة");
        assertTrue(found.contains("كعب بن زهير"), "back to the name before بن: " + found);
    }

    @Test
    void aConjunctionAndANationalityAdjectiveStayOutsideAPerson() {
        List<String> found = persons("وانضم الأوروجوياني رودريجو مورا إلى النادي وبوريس جونسون يراقب");
        assertTrue(found.contains("رودريجو مورا"), found.toString());
        assertTrue(found.contains("بوريس جونسون"), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.startsWith("و") || p.startsWith("ال")), found.toString());
    }

    @Test
    void aPersonAfterATitleIsFoundAndACommonWordAfterOneIsNot() {
        assertEquals(List.of("بدر السحيباني"), persons("وأوضح المتحدث الإعلامي الرائد بدر السحيباني أن الحادث وقع"));
        assertTrue(persons("أكد البيت الأبيض أن الرئيس سيزور السعودية الشهر المقبل").isEmpty());
    }

    @Test
    void aLamMergedWithTheArticleIsInsideTheSpan() {
        List<Organization> o = orgs("وتوجه الوفد للأمم المتحدة بطلب جديد");
        assertEquals(List.of("للأمم المتحدة"), texts(o));
        assertEquals("الأمم المتحدة", o.get(0).name());
    }

    @Test
    void aCompassNounJoinsARegionButNotACity() {
        List<String> found = NER.extract("وتنتشر الظاهرة في شمال أفريقيا وفي قرى جنوب صنعاء").locations().stream()
                .map(l -> l.text()).toList();
        assertTrue(found.contains("شمال أفريقيا"), found.toString());
        assertTrue(found.contains("صنعاء"), found.toString());
    }

    @Test
    void aCompanysShortNameLaterInTheDocumentIsTheCompany() {
        String text = "وقعت شركة زيلانكو الهولندية عقدا جديدا. وقال رئيس زيلانكو إن العقد كبير. "
                + "وأضاف أن زيلانكو ستفتتح فرعا في دبي.";
        List<Organization> o = orgs(text);
        assertEquals(3, o.stream().filter(org -> org.text().contains("زيلانكو")).count(), texts(o).toString());
        assertTrue(NER.extract(text).persons().stream().noneMatch(p -> p.text().contains("زيلانكو")));
    }

    @Test
    void aPlaceInsideAnOrganizationsNameStaysAPlaceElsewhere() {
        Extraction e = NER.extract("ألقى محاضرة في جامعة القاهرة أمس. ثم غادر القاهرة متوجها إلى عمان.");
        assertEquals(List.of("جامعة القاهرة"), texts(e.organizations()));
        assertTrue(e.locations().stream().anyMatch(l -> l.text().equals("القاهرة")), e.locations().toString());
    }

    @Test
    void aChainEndsAtAPersonAPlaceAfterBaOrAParticiplesClause() {
        assertEquals(List.of("جامعة جورج تاون"), texts(orgs("ألقى كلمة في جامعة جورج تاون بواشنطن أمس")));
        assertEquals(List.of("جمعية المزارعين التعاونية"),
                texts(orgs("زار الوفد جناح جمعية المزارعين التعاونية المشتمل على منتجات محلية")));
        assertEquals(List.of("رابطة اللاعبين المحترفين"),
                texts(orgs("وأصدرت رابطة اللاعبين المحترفين بيانا")));
        assertEquals(List.of("بنك إنجلترا المركزي"), texts(orgs("وقال محافظ بنك إنجلترا المركزي مارك كارني إن")));
        assertTrue(texts(orgs("وحكمت محكمة بولاية تكساس على المتهم")).stream().noneMatch(t -> t.contains("تكساس")));
    }

    @Test
    void aPaperIsNamedByItsQuotedNameAfterAVerbOfTheNews() {
        assertEquals(List.of("الميثاق"), texts(orgs("وعلمت «الميثاق» أن الاجتماع تأجل إلى الأسبوع المقبل")));
        assertEquals(List.of("الأيام"), texts(orgs("وقال مدير المستشفى لـ\"الأيام\" إن الحالات مستقرة")));
        assertTrue(orgs("وذكرت \"سلمى\" أنها سعيدة").isEmpty());
    }

    @Test
    void aVerbalNounHeadsANameOnlyWithTheArticleAndALamPhrase() {
        assertEquals(List.of("الإدارة العامة للمرور"), texts(orgs("وأعلنت الإدارة العامة للمرور إغلاق الطريق")));
        assertTrue(orgs("وعقد الاجتماع برئاسة الوزير في الرياض").isEmpty());
        assertTrue(orgs("وتحدث عن قيادة السيارات في المدن").isEmpty());
    }

    @Test
    void aClubNamedAfterAPlaceGoesByThePlacesNameInASportsReport() {
        String text = "وتعاقد نادي الخليج مع مدرب جديد للمباراة المقبلة. وفاز الخليج على منافسه في الدوري وسجل لاعب "
                + "الخليج هدفين.";
        Extraction e = NER.extract(text);
        assertEquals(3, e.organizations().stream().filter(o -> o.text().contains("الخليج")).count(),
                texts(e.organizations()).toString());
        assertTrue(e.locations().isEmpty(), e.locations().toString());
    }
}
