package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unlisted places after a noun of places, lists of them after a plural noun, and what stays out. */
class PlaceNounNamesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    private static List<String> locations(String text) {
        return EXTRACTOR.extract(text).locations().stream().map(Location::text).toList();
    }

    @Test
    void aNameAfterAPlaceNounIsAPlace() {
        assertTrue(locations("وافتتح المحافظ مدرسة جديدة في حي الزهيرات صباح أمس.").contains("الزهيرات"));
    }

    @Test
    void namesListedAfterAPluralNounArePlaces() {
        List<String> found = locations("وانقطعت الكهرباء عن أحياء الزهيرات والقرينية والمشيرفة مساء أمس.");
        assertTrue(found.containsAll(List.of("الزهيرات", "القرينية", "المشيرفة")), found.toString());
    }

    @Test
    void aNounOfTheNameJoinsIt() {
        assertTrue(locations("وصعد المتسلقون جبل طويقان قبل الفجر.").contains("جبل طويقان"));
    }

    @Test
    void districtsNamedByCommonWordsInAListArePlaces() {
        List<String> found = locations("وانقطعت الكهرباء عن أحياء الزهيرات والبلد والمطار والسويدي مساء أمس.");
        assertTrue(found.containsAll(List.of("الزهيرات", "البلد", "المطار", "السويدي")), found.toString());
    }

    @Test
    void aPhraseEndsTheList() {
        List<String> found = locations("وزار المحافظ قرى الزهيرات والمدن المجاورة لها، ومتنزه الغابة.");
        assertEquals(List.of("الزهيرات"), found);
    }

    @Test
    void aNameMayBeginWithFa() {
        assertTrue(locations("ووصل المتسلقون إلى جبال فرسان أمس.").contains("جبال فرسان"));
    }

    @Test
    void aNameInConstructWithItsNounTakesNoProcliticNorTheCountrysAdjective() {
        assertEquals(List.of("بالتيمور"), locations("وسافر الوفد إلى مدينة بالتيمور الأمريكية أمس."));
    }

    @Test
    void kafBeforeAListedPlaceWithoutTheArticleIsPartOfTheWord() {
        assertEquals(List.of(), locations("ووقع الجنود في كمين نصبه مسلحون."));
    }

    @Test
    void commonWordsAdjectivesAndPronounsStayOut() {
        assertEquals(List.of(), locations("وقالت إن المدينة الجديدة ستقام قرب الحدود."));
        assertEquals(List.of(), locations("وعادت الأسر النازحة إلى مناطق سكنها بعد الهدنة."));
        assertEquals(List.of(), locations("ويعمل المصنع في قطاع البتروكيماويات منذ سنوات."));
    }
}
