package dev.khabar.ner;

import dev.khabar.Extractor;
import dev.khabar.Location;
import dev.khabar.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking a location the lists spell otherwise, a part of a country, and a story's unlisted places. */
class PlaceLinkingTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    private static Location location(String text, String name) {
        List<Location> found = EXTRACTOR.extract(text).locations();
        return found.stream().filter(l -> l.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + found));
    }

    @Test
    void skeletonsMeetAcrossSpellings() {
        assertEquals(PlaceSpellings.skeleton("هيوستن"), PlaceSpellings.skeleton("هيوستون"));
        assertEquals(PlaceSpellings.skeleton("فولفسبورغ"), PlaceSpellings.skeleton("وولفسبورج"));
        assertEquals(PlaceSpellings.skeleton("ادمونتون"), PlaceSpellings.skeleton("ادمنتون"));
        assertNotEquals(PlaceSpellings.skeleton("لندن"), PlaceSpellings.skeleton("لبنان"));
    }

    @Test
    void theWordsAfterAPlaceGiveItsCountry() {
        assertEquals("ES", location("وأقيمت البطولة في مدينة فالنسيا الإسبانية أمس.", "فالنسيا").country());
        List<Location> found = EXTRACTOR.extract("وقعت اشتباكات في طرابلس شمال لبنان، ثم هدأت طرابلس.").locations();
        assertEquals(List.of("LB", "LB", "LB"), found.stream().map(Location::country).toList(), found.toString());
        assertEquals("LY", location("وزار الوفد طرابلس الليبية أمس.", "طرابلس").country());
    }

    @Test
    void spellingSkeletonLinksAForeignCity() {
        Location l = location("ووصل الفريق إلى هيوستون مساء الجمعة.", "هيوستون");
        assertEquals("US", l.country());
    }

    @Test
    void shortSkeletonsDoNotLink() {
        PlaceSpellings s = new PlaceSpellings();
        s.add("ريو", new PlaceLinker.Place("city", "BR", 1L));
        assertNull(s.place("ريو"));
        s.add("هيوستن", new PlaceLinker.Place("city", "US", 2L));
        s.add("هيوستون", new PlaceLinker.Place("city", "GB", 3L)); // two countries: no link
        assertNull(s.place("هيستن"));
    }

    @Test
    void aPartOfACountryByItsCompassAdjectiveIsInThatCountry() {
        dev.khabar.normalize.ArabicNormalizer normalizer = new dev.khabar.normalize.ArabicNormalizer();
        PlaceLinker linker = new PlaceLinker(new NameGazetteer("places.tsv", "place-nouns.tsv", normalizer,
                new dev.khabar.tokenize.Tokenizer()), "places.tsv");
        PlaceLinker.Place east = linker.place(null, normalizer.normalizeWord("المانيا الشرقية"));
        assertEquals("DE", east.country());
        assertNull(east.geonamesId());
        assertEquals("IQ", linker.place(null, normalizer.normalizeWord("شمال العراق")).country());
        assertNull(linker.place(null, normalizer.normalizeWord("شمال أفريقيا")), "a region of several countries");
    }

    @Test
    void unlistedPlacesTakeTheStorysOneCountry() {
        List<Location> ls = new ArrayList<>(List.of(
                new Location("الرياض", 0, 6, "الرياض", Source.CRF, "SA", 108410L),
                new Location("جدة", 10, 13, "جدة", Source.CRF, "SA", 105343L),
                new Location("الفلانية", 20, 28, "الفلانية", Source.CRF)));
        StoryCountry.fill(ls, 0, List.of(2));
        assertEquals("SA", ls.get(2).country());
        assertNull(ls.get(2).geonamesId());

        List<Location> two = new ArrayList<>(List.of(
                new Location("الرياض", 0, 6, "الرياض", Source.CRF, "SA", 108410L),
                new Location("القاهرة", 10, 17, "القاهرة", Source.CRF, "EG", 360630L),
                new Location("الفلانية", 20, 28, "الفلانية", Source.CRF)));
        StoryCountry.fill(two, 0, List.of(2));
        assertNull(two.get(2).country(), "a story of two countries gives none");

        List<Location> one = new ArrayList<>(List.of(
                new Location("الرياض", 0, 6, "الرياض", Source.CRF, "SA", 108410L),
                new Location("الفلانية", 20, 28, "الفلانية", Source.CRF)));
        StoryCountry.fill(one, 0, List.of(1));
        assertNull(one.get(1).country(), "one linked place is not enough");
    }

    @Test
    void aRegionListedWithoutCountryStaysWithout() {
        Location l = location("وزار الوزير الرياض وجدة ثم توجه إلى الشرق الأوسط.", "الشرق الأوسط");
        assertNull(l.country());
        assertTrue(l.geonamesId() == null);
    }
}
