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

/** {@link ClubPlaces}: a city that the words after it show to be its sports club. */
class ClubPlacesTest {
    private static final Extractor NER = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();

    private static List<String> organizations(String text) {
        return NER.extract(text).organizations().stream().map(Organization::text).toList();
    }

    private static List<String> locations(String text) {
        return NER.extract(text).locations().stream().map(Location::text).toList();
    }

    @Test
    void aCityWithAMasculineNationalityAdjectiveIsItsClub() {
        assertEquals(List.of("شنغهاي"), organizations("وتعاقد اللاعب مع شنغهاي الصيني لمدة موسمين."));
        assertEquals(List.of("شنغهاي"), locations("ووصل الوفد إلى شنغهاي الصينية أمس."));
    }

    @Test
    void theAdjectiveOfANounInConstructOrOfAPlaceWithTheArticleMakesNoClub() {
        assertTrue(organizations("وهبطت الطائرة في مطار هيثرو البريطاني.").isEmpty());
        assertFalse(organizations("واحتلت إسرائيل الجولان السوري عام 1967.").stream()
                .anyMatch(o -> o.contains("الجولان")));
    }

    @Test
    void aResultsLineReadsTheCitiesAsClubsAndTheCountriesAsPlaces() {
        String line = "سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر .";
        assertTrue(organizations(line).contains("كوبنهاغن"), organizations(line).toString());
        assertTrue(locations(line).contains("الدنمارك"), locations(line).toString());
    }

    @Test
    void aDatelineCityWithItsCountryStaysAPlaceInASportsText() {
        String text = "تبليسي (جورجيا) 26 شوال - فاز المنتخب 2 - 1 على ضيفه في المباراة.";
        assertFalse(organizations(text).contains("تبليسي"), organizations(text).toString());
    }
}
