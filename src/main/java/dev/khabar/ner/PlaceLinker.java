package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which place a location names: its country (ISO 3166-1 alpha-2) and, for a city, its GeoNames id, from
 * {@code knowledge/places.tsv} (CLDR countries and subdivisions, GeoNames cities). The names of {@code places.tsv}
 * are linked through the first of their names the list holds, a country only to a country, a region only to a
 * subdivision ({@code عسير}), a city to a city or subdivision. Built once with the NER stage; immutable.
 */
final class PlaceLinker {
    static final String RESOURCE = "knowledge/places.tsv";
    /** The countries of places.tsv's places that the open lists lack (قطاع غزة, أم درمان), written by hand. */
    static final String HAND_COUNTRIES = "knowledge/place-countries.tsv";

    /** A place: its kind ({@code country}, {@code subdivision}, {@code city}), country and GeoNames id (or null). */
    record Place(String kind, String country, Long geonamesId) {
    }

    /** Keyed by the normalized name (tokens joined by one space) and by the canonical name as written. */
    private final Map<String, Place> places = new HashMap<>();

    /**
     * Reads the list, adds its names to {@code gazetteer} (which keeps the names it already has) and links the names
     * of {@code handList} ({@code places.tsv}).
     */
    PlaceLinker(NameGazetteer gazetteer, String handList, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        for (NerData.Row row : NerData.rows(RESOURCE)) {
            String key = row.field(0);
            String id = row.field(4);
            Place place = new Place(row.field(2), row.field(3), id.isEmpty() ? null : Long.valueOf(id));
            places.put(key, place);
            places.putIfAbsent(row.field(1), place);
            if (!row.field(5).equals("-")) { // "-": a club's name too (نجران), for links only
                gazetteer.addKeyed(key, row.field(1), row.field(5).equals("*"));
            }
        }
        Map<String, String> handCountries = new HashMap<>();
        for (NerData.Row row : NerData.rows(HAND_COUNTRIES)) {
            handCountries.put(row.field(0), row.field(1));
        }
        for (NerData.Row row : NerData.rows(handList)) {
            String kind = row.field(2);
            String cc = handCountries.get(row.field(0));
            if ("-".equals(cc)) { // البحر الأحمر the sea, not the Egyptian governorate of that name
                places.remove(row.field(0));
                places.remove(key(row.field(0), normalizer, tokenizer));
                continue;
            }
            Place link = cc == null ? null : new Place(kind, cc, null);
            for (String name : (row.field(0) + "|" + row.field(1)).split("\\|")) {
                Place p = name.isBlank() ? null : places.get(key(name, normalizer, tokenizer));
                if (link == null && p != null && fits(kind, p.kind())) {
                    link = p;
                }
            }
            if (link != null) {
                places.put(row.field(0), link);
                places.put(key(row.field(0), normalizer, tokenizer), link);
            } else {
                // A hand-listed region the list does not know (الشرق الأوسط) must not take a same-named city's link.
                places.remove(row.field(0));
                places.remove(key(row.field(0), normalizer, tokenizer));
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

    private static String key(String name, ArabicNormalizer normalizer, Tokenizer tokenizer) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokenizer.tokenize(normalizer.normalizeWord(name.strip()))) {
            b.append(b.length() == 0 ? "" : " ").append(t.text());
        }
        return b.toString();
    }

    /** The place a location names: by its canonical name, else by its normalized tokens; null when not listed. */
    Place place(String canonical, String key) {
        Place p = canonical == null ? null : places.get(canonical);
        return p != null ? p : places.get(key);
    }
}
