package dev.khabar.ner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extractor;
import dev.khabar.Location;
import dev.khabar.data.DataFile;
import dev.khabar.json.JsonCodec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The locations found in the shipped gold texts (the seed article and the news sentences) carry the country and
 * GeoNames id of the place they name: {@code testdata/ner/place-codes.tsv} gives the expected codes of every gold
 * location, written by hand. At least 95% of the found gold locations must carry the right code (and a region of
 * several countries none).
 */
class PlaceCodesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    @Test
    void foundGoldLocationsCarryTheirCountry() throws IOException {
        Map<String, String[]> expected = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("testdata/ner/place-codes.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                expected.put(f[0], f);
            }
        }
        int found = 0;
        List<String> wrong = new ArrayList<>();
        for (String file : List.of("testdata/seed.gold.jsonl", "testdata/ner/news-sentences.gold.jsonl")) {
            for (String line : Files.readAllLines(Path.of(file))) {
                JsonNode doc = JsonCodec.mapper().readTree(line);
                String text = doc.has("text") ? doc.get("text").asText()
                        : Files.readString(Path.of("testdata/seed.txt"));
                JsonNode gold = doc.has("gold") ? doc.get("gold") : doc;
                List<Location> locations = EXTRACTOR.extract(text).locations();
                for (JsonNode g : gold.get("locations")) {
                    String name = g.get("text").asText();
                    String[] codes = expected.get(name);
                    assertTrue(codes != null, "place-codes.tsv has no line for the gold location " + name);
                    for (Location l : locations) {
                        if (l.start() == g.get("start").asInt() && l.end() == g.get("end").asInt()) {
                            found++;
                            String country = codes[1].equals("-") ? null : codes[1];
                            Long id = codes.length > 2 && !codes[2].isEmpty() ? Long.valueOf(codes[2]) : null;
                            boolean right = java.util.Objects.equals(country, l.country())
                                    && (id == null || id.equals(l.geonamesId()));
                            if (!right) {
                                wrong.add(name + ": " + l.country() + " " + l.geonamesId() + ", expected "
                                        + String.join(" ", codes));
                            }
                        }
                    }
                }
            }
        }
        wrong.forEach(System.out::println);
        System.out.println((found - wrong.size()) + " of " + found + " found gold locations carry the right code");
        assertTrue(found >= 40, "found gold locations: " + found);
        assertTrue(found - wrong.size() >= 0.95 * found, wrong.size() + " of " + found + " wrong: " + wrong);
    }

    /**
     * The real-news gold of {@code testdata/news}: of the gold locations found at their spans, at least 95% carry the
     * country that {@code anercorp30.place-codes.tsv} gives (a region of several countries none). Another gold file
     * with its own codes file can be scored the same way with {@code -Dplaces.gold=FILE -Dplaces.codes=FILE}.
     */
    @Test
    void realNewsLocationsCarryTheirCountry() throws IOException {
        String goldFile = System.getProperty("places.gold", "testdata/news/anercorp30.gold.jsonl");
        String codesFile = System.getProperty("places.codes", "testdata/news/anercorp30.place-codes.tsv");
        Map<String, String> expected = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(codesFile))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                expected.put(f[0], f[1].equals("-") ? null : f[1]);
            }
        }
        int found = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(goldFile))) {
            JsonNode doc = JsonCodec.mapper().readTree(line);
            List<Location> locations = EXTRACTOR.extract(doc.get("text").asText()).locations();
            for (JsonNode g : doc.get("gold").get("locations")) {
                String name = g.get("text").asText();
                assertTrue(expected.containsKey(name), codesFile + " has no line for the gold location " + name);
                for (Location l : locations) {
                    if (l.start() == g.get("start").asInt() && l.end() == g.get("end").asInt()) {
                        found++;
                        if (!java.util.Objects.equals(expected.get(name), l.country())) {
                            wrong.add(name + ": " + l.country() + ", expected " + expected.get(name));
                        }
                    }
                }
            }
        }
        wrong.forEach(System.out::println);
        System.out.println((found - wrong.size()) + " of " + found + " found gold locations of " + goldFile
                + " carry the right country");
        assertTrue(found >= 100 || !codesFile.startsWith("testdata/"), "found gold locations: " + found);
        assertTrue(found - wrong.size() >= 0.95 * found, wrong.size() + " of " + found + " wrong: " + wrong);
    }

    /** The expected GeoNames ids of the fixture agree with the shipped list (a stale list would fail here). */
    @Test
    void fixtureIdsAreTheListsIds() {
        Map<String, String> ids = new HashMap<>();
        for (DataFile.Row row : DataFile.rows(NerData.class, PlaceLinker.RESOURCE)) {
            ids.put(row.get(1), row.get(4));
        }
        assertTrue(ids.size() > 3000, "places: " + ids.size());
        assertTrue("108410".equals(ids.get("الرياض")), "Riyadh: " + ids.get("الرياض"));
        assertTrue("360630".equals(ids.get("القاهرة")), "Cairo: " + ids.get("القاهرة"));
    }
}
