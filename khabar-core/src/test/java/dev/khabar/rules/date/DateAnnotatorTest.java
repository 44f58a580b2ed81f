package dev.khabar.rules.date;

import dev.khabar.CalendarSystem;
import dev.khabar.DateMention;
import dev.khabar.DateModifier;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per phenomenon of the date stage that the corpus format (one mention a line) cannot show. */
class DateAnnotatorTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.DATES)).build();
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 7);

    private static List<String> values(String text, LocalDate date) {
        return EXTRACTOR.extract(text, date).dates().stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void theComingSeasonInItsFirstMonthsIsTheOneAboutToStart() {
        LocalDate august = LocalDate.of(2015, 8, 1);
        assertEquals(List.of("الموسم المقبل=2015/2016"), values("سيلعب الفريق في الموسم المقبل بتشكيلة جديدة", august));
        assertEquals(List.of("الموسم الماضي=2014/2015"), values("خرج الفريق من الموسم الماضي بلا لقب", august));
        assertEquals(List.of("الموسم المقبل=2016/2017"),
                values("سيلعب الفريق في الموسم المقبل بتشكيلة جديدة", LocalDate.of(2015, 11, 1)));
    }

    @Test
    void yearsListedOrPairedAreEachAYear() {
        assertEquals(List.of("أعوام 1995=1995", "1998=1998", "2013=2013"),
                values("حقق النادي اللقب أعوام 1995 و1998 و2013", PUBLISHED));
        assertEquals(List.of("عام 1416 هـ=1995-05-31/1996-05-18", "1996=1996"),
                values("بدأ التعليم عام 1416 هـ/ 1996 في المنطقة", PUBLISHED));
        assertEquals(List.of(), values("نقل في كل سيارة ما بين 1500 و2000 حبة", PUBLISHED));
    }

    @Test
    void aLengthAfterSinceIsADateOnlyForDaysAndWeeks() {
        assertEquals(List.of("منذ يومين=2026-02-05"), values("وصل الوفد منذ يومين إلى العاصمة", PUBLISHED));
        assertEquals(List.of(), values("تعيش المدينة تحت الحصار منذ ثلاث سنوات", PUBLISHED));
    }

    @Test
    void theFeminineFirstAloneIsNoHour() {
        assertEquals(List.of("مساء أمس الأول=2026-02-05"),
                values("عقدت الجلسة الأولى مساء أمس الأول في القاعة", PUBLISHED));
    }

    @Test
    void pairedHijriDateTakesTheGregorianDayItIsPairedWith() {
        assertEquals(List.of("26 شوال 1436هـ=2015-08-09", "9 أغسطس 2015م=2015-08-09"),
                values("صدر الأمر 26 شوال 1436هـ الموافق 9 أغسطس 2015م بتعيين", PUBLISHED));
        assertEquals(List.of("26 شوال 1436هـ=2015-08-09", "9 أغسطس 2015م=2015-08-09"),
                values("صدر الأمر 26 شوال 1436هـ (9 أغسطس 2015م) بتعيين", PUBLISHED));
    }

    @Test
    void theSameUnitRefersBackToTheLastDateTheTextGave() {
        assertEquals(List.of("10 تشرين الأول=2026-10-10", "11 من الشهر نفسه=2026-10-11"),
                values("سيلتقي الوزيران في 10 تشرين الأول في برلين. ثم يزور الوفد ميونخ في 11 من الشهر نفسه.",
                        PUBLISHED));
        assertEquals(List.of("عام 1990=1990", "العام نفسه=1990"),
                values("تأسس الحزب عام 1990 وفي العام نفسه فاز بمقعدين", PUBLISHED));
        assertEquals(List.of("مايو 2025=2025-05", "الشهر ذاته من العام الماضي=2025-05"),
                values("ارتفعت الصادرات في مايو 2025 مقارنة بالشهر ذاته من العام الماضي", PUBLISHED));
        assertEquals(List.of("3 مارس 2024=2024-03-03", "اليوم نفسه=2024-03-03"),
                values("وصل الوفد في 3 مارس 2024 وبدأت المحادثات في اليوم نفسه", PUBLISHED));
    }

    @Test
    void theSameMonthWithNoDateBeforeItIsNoDate() {
        assertEquals(List.of(), values("وفي الشهر نفسه بدأت الحملة", PUBLISHED));
    }

    @Test
    void pairsFarApartKeepTheirOwnValues() {
        assertEquals(List.of("1 رمضان 1447هـ=2026-02-18", "9 أغسطس 2015م=2015-08-09"),
                values("صدر الأمر 1 رمضان 1447هـ الموافق 9 أغسطس 2015م", PUBLISHED));
    }

    @Test
    void withoutAPublicationDateRelativeDatesAreFoundWithoutValue() {
        Extraction e = EXTRACTOR.extract("وصل الوفد أمس وسيغادر الأسبوع المقبل بعد زيارة 8 أكتوبر 2023");
        assertEquals(3, e.dates().size());
        assertNull(e.dates().get(0).value());
        assertNull(e.dates().get(1).value());
        assertEquals("2023-10-08", e.dates().get(2).value());
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithHarakatTatweelAndIndicDigits() {
        String text = "وصلَ الوفدُ غــداً في ٨ أكتوبـــر/تشرين الأوّل ٢٠٢٣.";
        Extraction e = EXTRACTOR.extract(text, PUBLISHED);
        assertEquals(2, e.dates().size());
        for (DateMention d : e.dates()) {
            assertEquals(text.substring(d.start(), d.end()), d.text());
        }
        assertEquals("غــداً", e.dates().get(0).text());
        assertEquals("2026-02-08", e.dates().get(0).value());
        assertEquals("٨ أكتوبـــر/تشرين الأوّل ٢٠٢٣", e.dates().get(1).text());
        assertEquals("2023-10-08", e.dates().get(1).value());
    }

    @Test
    void aProcliticStaysOutsideTheMention() {
        Extraction e = EXTRACTOR.extract("وصل الوفد ومنذ عام 1967 وبعد غد", PUBLISHED);
        assertEquals(List.of("منذ عام 1967", "بعد غد"), e.dates().stream().map(DateMention::text).toList());
        assertEquals(DateModifier.SINCE, e.dates().get(0).modifier());
    }

    @Test
    void hijriYearsBeyondTheJavaTableUseIcu() {
        assertEquals(List.of("عام 857 للهجرة=1453-01-12/1453-12-31"), values("كتب المصحف عام 857 للهجرة", PUBLISHED));
    }

    @Test
    void persianSpellingIsNotAnArabicDate() {
        Extraction e = EXTRACTOR.extract("6 دقیقه", PUBLISHED);
        assertTrue(e.dates().isEmpty() && e.durations().isEmpty());
    }

    @Test
    void calendarFieldSaysWhichCalendarTheTextUsed() {
        Extraction e = EXTRACTOR.extract("في 1 رمضان 1447هـ و 18 فبراير 2026", PUBLISHED);
        assertEquals(CalendarSystem.HIJRI, e.dates().get(0).calendar());
        assertEquals(CalendarSystem.GREGORIAN, e.dates().get(1).calendar());
        assertEquals(e.dates().get(0).value(), e.dates().get(1).value());
    }

    @Test
    void todayAndTomorrowAreTwoDates() {
        assertEquals(List.of("اليوم=2026-02-07", "غدا=2026-02-08"), values("يتدرب الفريق اليوم وغدا في الملعب", PUBLISHED));
    }

    @Test
    void aPlainPrepositionStaysOutAndAnApproximationIsTheModifier() {
        Extraction e = EXTRACTOR.extract("وصل الوفد في 5 أغسطس وغادر حوالي الساعة الثالثة مساء", PUBLISHED);
        assertEquals(List.of("5 أغسطس", "حوالي الساعة الثالثة مساء"), e.dates().stream().map(DateMention::text).toList());
        assertNull(e.dates().get(0).modifier());
        assertEquals(DateModifier.APPROXIMATELY, e.dates().get(1).modifier());
    }

    private static List<String> durations(String text) {
        return EXTRACTOR.extract(text, PUBLISHED).durations().stream()
                .map(d -> d.text() + "=" + d.value() + (d.age() ? " age" : "")).toList();
    }

    @Test
    void aRelativeDateAfterAnotherDateInItsSentenceCountsFromThatDate() {
        assertEquals(List.of("عام 1990=1990", "بعد خمس سنوات=1995"),
                values("ولد في القرية عام 1990 وبعد خمس سنوات انتقل إلى المدينة", PUBLISHED));
        assertEquals(List.of("يوليو=2025-07", "الشهر الذي سبقه=2025-06"),
                values("انخفض المؤشر في يوليو بنسبة 7.2 في المئة عن الشهر الذي سبقه", PUBLISHED));
        assertEquals(List.of("3 مايو 2014=2014-05-03", "اليوم التالي=2014-05-04"),
                values("وصل الوفد في 3 مايو 2014 وفي اليوم التالي التقى الرئيس", PUBLISHED));
    }

    @Test
    void withoutADateBeforeItInItsSentenceARelativeDateCountsFromThePublicationDate() {
        assertEquals(List.of("عام 1990=1990", "بعد خمس سنوات=2031"),
                values("ولد في القرية عام 1990. وبعد خمس سنوات سيحتفل بعيد ميلاده", PUBLISHED));
        assertEquals(List.of("أمس=2026-02-06", "بعد يومين=2026-02-09"),
                values("وصل الوفد أمس وسيغادر بعد يومين", PUBLISHED));
    }

    @Test
    void bareYearsInRunningTextAreYearsAndCountsAreNot() {
        assertEquals(List.of("2009=2009", "2020=2020", "عامي 2014=2014", "2016=2016", "منذ 2011=2011"),
                values("تأسست الشركة في 2009 وتوسعت خلال 2020 وفازت عامي 2014 و2016 وتعمل منذ 2011", PUBLISHED));
        assertEquals(List.of(), values("باعت الشركة 2009 سيارات واشترت في 2000 سهما", PUBLISHED));
    }

    @Test
    void bothEndsOfARangeTakeOneYear() {
        assertEquals(List.of("بين 3 و7 مارس المقبل=2026-03-03/2026-03-07"),
                values("تنطلق البطولة بين 3 و7 مارس المقبل", PUBLISHED));
        assertEquals(List.of("من 28 ديسمبر إلى 3 يناير=2026-12-28/2027-01-03"),
                values("ستقام الدورة من 28 ديسمبر إلى 3 يناير في دبي", PUBLISHED));
    }

    @Test
    void agesAreDurationsThatSaySo() {
        assertEquals(List.of("45 عاما=P45Y age", "19 عاما=P19Y age", "سن الخامسة والثلاثين=P35Y age", "12 عاما=P12Y"),
                durations("قال محمد (45 عاما) إن ابنه البالغ من العمر 19 عاما توفي في سن الخامسة والثلاثين وعمل لمدة 12 عاما"));
    }

    @Test
    void aWeekOfAHijriMonthIsSevenDaysCountedFromItsFirst() {
        // Ramadan 1447 runs from 2026-02-18 to 2026-03-19: its weeks do not fall on calendar weeks
        assertEquals(List.of("الأسبوع الثالث من شهر رمضان=2026-03-04/2026-03-10"),
                values("يكثر المعتمرون في الأسبوع الثالث من شهر رمضان", PUBLISHED));
        assertEquals(List.of("الأسبوع الأخير من رمضان=2026-03-13/2026-03-19"),
                values("تزدحم المساجد في الأسبوع الأخير من رمضان", PUBLISHED));
        assertEquals(List.of("آخر جمعة من رمضان=2026-03-13"), values("تقام الصلاة في آخر جمعة من رمضان", PUBLISHED));
        // a Gregorian month keeps its calendar weeks
        assertEquals(List.of("الأسبوع الثاني من الشهر المقبل=2026-W11"),
                values("يبدأ التسجيل في الأسبوع الثاني من الشهر المقبل", PUBLISHED));
    }

    @Test
    void anAgePhraseMayBeFollowedByACommaBeforeTheYears() {
        assertEquals(List.of("19 عامًا=P19Y age"), durations("قالت الطالبة البالغة من العمر، 19 عامًا، إنها سعيدة"));
    }

    @Test
    void aDefiniteLengthAfterBeforeOrAfterIsALengthNotADate() {
        assertEquals(List.of(), values("ستحسم اللجنة موقفها بعد الثماني والأربعين ساعة الأولى", PUBLISHED));
        assertEquals(List.of("الثماني والأربعين ساعة=PT48H"),
                durations("ستحسم اللجنة موقفها بعد الثماني والأربعين ساعة الأولى"));
        assertEquals(List.of("بعد ثماني وأربعين ساعة=2026-02-07"),
                values("ستحسم اللجنة موقفها بعد ثماني وأربعين ساعة", PUBLISHED));
    }

    @Test
    void aLengthFromThatCountsFromTheDateTheSentenceGave() {
        assertEquals(List.of("عام 1990=1990", "بعد خمس سنوات من ذلك=1995"),
                values("تأسست الشركة عام 1990 وبعد خمس سنوات من ذلك افتتحت فرعها الأول", PUBLISHED));
        assertEquals(List.of("3 مارس 2015=2015-03-03", "قبل يومين من ذلك=2015-03-01"),
                values("وقع الاتفاق في 3 مارس 2015 وقبل يومين من ذلك انسحب الطرف الآخر", PUBLISHED));
        // with no date before it, or after another event, it is no date
        assertEquals(List.of(), values("عاد اللاجئون إلى قراهم بعد عامين من ذلك", PUBLISHED));
        assertEquals(List.of("عام 1990=1990"), values("تأسست الشركة عام 1990 وبعد خمس سنوات من تأسيسها توسعت", PUBLISHED));
    }
}
