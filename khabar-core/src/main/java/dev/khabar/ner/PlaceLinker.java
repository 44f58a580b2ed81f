package dev.khabar.ner;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which place a location names: its country (ISO 3166-1 alpha-2) and, for a city, its GeoNames id, from
 * {@code knowledge/places.tsv} (CLDR countries and subdivisions, GeoNames cities). The names of {@code places.tsv}
 * are linked through {@code knowledge/place-countries.tsv} (written by hand) or else the first of their names the
 * list holds, a country only to a country, a region only to a subdivision ({@code عسير}), a city to a city or
 * subdivision. Built once with the NER stage (about 7,000 rows, read without normalizing: the list holds its keys);
 * immutable.
 */
final class PlaceLinker {
    static final String RESOURCE = "knowledge/places.tsv";
    /** The countries of places.tsv's places that the open lists lack (قطاع غزة, أم درمان), written by hand. */
    static final String HAND_COUNTRIES = "knowledge/place-countries.tsv";

    /** A place: its kind ({@code country}, {@code subdivision}, {@code city}), country and GeoNames id (or null). */
    record Place(String kind, String country, Long geonamesId) {
    }

    /** Keyed by the normalized name (tokens joined by one space) and by the canonical name as written. */
    private final Map<String, Place> places = new HashMap<>(16_384);
    /** The open lists' places by spelling skeleton, for a location spelled otherwise (هيوستون for هيوستن). */
    private final PlaceSpellings spellings = new PlaceSpellings();
    /** Names of places.tsv that have no country on purpose (الشرق الأوسط): no other spelling links them. */
    private final java.util.Set<String> unlinked = new java.util.HashSet<>();
    /** compass-words.tsv's nouns and adjectives, normalized: شمال العراق and ألمانيا الشرقية are in that country. */
    private final java.util.Set<String> compassWords = new java.util.HashSet<>();
    /** compass-words.tsv's region nouns with the article (المنطقه): المنطقة الشرقية lies in one country. */
    private final java.util.Set<String> regionNouns = new java.util.HashSet<>();

    /**
     * Reads the list, adds its names to {@code gazetteer} (which keeps the names it already has: those of
     * {@code handList}) and links the names of {@code handList}.
     */
    PlaceLinker(NameGazetteer gazetteer, String handList) {
        List<NerData.Row> hand = NerData.rows(handList);
        for (String[] row : DataFile.table(NerData.class, RESOURCE, 6)) {
            String id = row[4];
            Place place = new Place(row[2], row[3], id.isEmpty() ? null : Long.valueOf(id));
            places.put(row[0], place);
            places.putIfAbsent(row[1], place);
            spellings.add(row[0], place);
            if (!row[5].equals("-")) { // "-": a club's name too (نجران), for links only
                gazetteer.addKeyed(row[0], row[1], row[5].equals("*"));
            }
        }
        dev.khabar.normalize.ArabicNormalizer normalizer = new dev.khabar.normalize.ArabicNormalizer();
        for (NerData.Row row : NerData.rows("compass-words.tsv")) {
            if (!row.field(1).equals("region")) {
                compassWords.add(normalizer.normalizeWord(row.field(0)));
            } else {
                regionNouns.add("ال" + normalizer.normalizeWord(row.field(0)));
            }
        }
        Map<String, String> handCountries = new HashMap<>();
        for (NerData.Row row : NerData.rows(HAND_COUNTRIES)) {
            handCountries.put(row.field(0), row.field(1));
        }
        for (NerData.Row row : hand) {
            String canonical = row.field(0);
            String kind = row.field(2);
            List<String> keys = gazetteer.keysOf(canonical);
            String cc = handCountries.get(canonical);
            Place link = cc == null || cc.equals("-") ? null : new Place(kind, cc, null);
            for (String key : keys) {
                Place p = places.get(key);
                if (link == null && cc == null && p != null && fits(kind, p.kind())) {
                    link = p;
                }
            }
            // A hand-listed place without a link (الشرق الأوسط; البحر الأحمر, -) must not take a same-named one's.
            for (String name : keys.isEmpty() ? List.of(canonical) : List.of(canonical, keys.get(0))) {
                if (link != null) {
                    places.put(name, link);
                } else {
                    places.remove(name);
                    unlinked.add(name);
                }
            }
        }
    }

    private static boolean fits(String handKind, String listKind) {
        return switch (handKind) {
            case "country" -> listKind.equals("country");
            case "region" -> listKind.equals("subdivision");
            default -> !listKind.equals("country");
        };
    }

    /**
     * The place a location names: by its canonical name, else by its normalized tokens, else by their spelling
     * skeleton; null when not listed (or listed without a country).
     */
    Place place(String canonical, String key) {
        Place p = canonical == null ? null : places.get(canonical);
        if (p == null) {
            p = places.get(key);
        }
        if (p != null || withoutCountry(canonical, key)) {
            return p;
        }
        p = spellings.place(key);
        if (p == null && key.indexOf(' ') > 0) {
            // a direction of a place, or its part named by a compass adjective: the place's country, not its id
            String head = null;
            if (compassWords.contains(key.substring(key.lastIndexOf(' ') + 1))) {
                head = key.substring(0, key.lastIndexOf(' '));
            } else if (compassWords.contains(key.substring(0, key.indexOf(' ')))) {
                head = key.substring(key.indexOf(' ') + 1);
            }
            Place whole = head == null || withoutCountry(null, head) ? null : place(null, head);
            p = whole == null ? null : new Place("subdivision", whole.country(), null);
        }
        return p;
    }

    /**
     * Whether an unlisted place may take its story's country (StoryCountry): not a direction or a part named by a
     * compass word (جنوب شرقي آسيا), which may span countries, unless a region noun heads it (المنطقة الشرقية).
     */
    boolean mayTakeStoryCountry(String key) {
        if (regionNouns.contains(key.split(" ")[0])) {
            return true; // البادية الشمالية الشرقية: a country's region, named by a compass adjective
        }
        for (String word : key.split(" ")) {
            if (compassWords.contains(word) || compassWords.contains(Clitics.withoutArticle(word))) {
                return false;
            }
        }
        return true;
    }

    /** Whether places.tsv lists the name without a country on purpose (الشرق الأوسط, البحر الأحمر). */
    boolean withoutCountry(String canonical, String key) {
        return unlinked.contains(key) || canonical != null && unlinked.contains(canonical);
    }
}
