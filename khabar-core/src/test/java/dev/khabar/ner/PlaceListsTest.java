package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unlisted places in lists of places, datelines, regions named by compass adjectives, and places the model reads as
 * another kind of name.
 */
class PlaceListsTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    private static List<String> locations(String text) {
        return EXTRACTOR.extract(text).locations().stream().map(Location::text).toList();
    }

    @Test
    void anUnknownNameInAListOfPlacesIsAPlace() {
        List<String> found = locations("وينشط التنظيم في مصر وليبيا وكورفلان والسودان.");
        assertTrue(found.contains("كورفلان"), found.toString());
    }

    @Test
    void oneKnownPlaceMakesNoList() {
        assertFalse(locations("وزار الوفد مصر وكورفلان أمس.").contains("كورفلان"));
    }

    @Test
    void aListWithAnotherKindOfNameIsNoListOfPlaces() {
        List<String> found = locations("وشارك في اللقاء مصر والسعودية ومنظمة الصحة العالمية وكورفلان.");
        assertFalse(found.contains("كورفلان"), found.toString());
    }

    @Test
    void aDatelinePlaceThatIsAlsoAWordIsAPlace() {
        List<Location> found = EXTRACTOR.extract("المفرق - أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد.")
                .locations();
        assertEquals("المفرق", found.get(0).text());
        assertEquals("JO", found.get(0).country());
        assertFalse(locations("وتوقفت السيارة عند المفرق - وهو الطريق الرئيسي.").contains("المفرق"));
    }

    @Test
    void aRegionNounTakesTwoCompassAdjectives() {
        assertTrue(locations("وسيزور الوفد البادية الشمالية الشرقية الشهر المقبل.")
                .contains("البادية الشمالية الشرقية"));
    }

    @Test
    void aClubNamedWithItsNounIsNoPlaceByItsNameAlone() {
        var found = EXTRACTOR.extract("عاد الفريق الأول لكرة القدم بنادي الخليج من معسكره. وقال مسؤول في الخليج إن"
                + " الفريق سيواصل تدريباته.");
        assertEquals(List.of(), found.locations(), found.toString());
        assertEquals(2, found.organizations().size(), found.toString());
    }

    @Test
    void aListedCityOfSeveralWordsIsNoPerson() {
        var found = EXTRACTOR.extract("وتتجه الطائرة إلى ريو دي جانيرو مساء اليوم.");
        assertEquals(List.of("ريو دي جانيرو"), found.locations().stream().map(Location::text).toList());
        assertEquals(List.of(), found.persons());
    }

    @Test
    void aGulfIsNamedWithItsNoun() {
        assertTrue(locations("وتتجه العاصفة نحو خليج المكسيك.").contains("خليج المكسيك"));
    }
}
