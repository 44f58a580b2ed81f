package dev.khabar.tools.ner;

import com.ibm.icu.util.ULocale;
import dev.khabar.ner.NerAnnotator;
import dev.khabar.ner.NerData;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.khabar.tools.ner.KnowledgeFilters.arabicOnly;

/**
 * {@code places.tsv}: countries (CLDR territories), subdivisions (CLDR) and cities (GeoNames), each name once, with
 * the cue that says whether it is a place by itself, only after a place noun ({@code *}) or only for links
 * ({@code -}). The rules are in {@link KnowledgeBuilder}'s comment.
 */
final class PlaceList {
    /** Countries whose subdivisions are listed: the Arab League, its neighbours, and countries much in the news. */
    static final Set<String> SUBDIVISION_COUNTRIES = Set.of(
            "SA", "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SD",
            "SO", "SY", "TN", "YE", "IR", "TR", "AF", "PK", "IL", "ET", "ER", "SS", "TD", "ML", "NE", "NG", "US",
            "CA", "GB", "RU", "UA", "CN", "IN");
    /** Countries whose cities are all listed, however small, and whose names need not avoid persons' names. */
    static final Set<String> NEAR_COUNTRIES = Set.of(
            "SA", "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SD",
            "SO", "SY", "TN", "YE", "IR", "TR", "AF", "PK", "IL", "ET", "ER", "SS", "TD", "ML", "NE", "EH");
    private static final int MIN_FOREIGN_POPULATION = 100_000;

    record Place(String key, String name, String country, Long geonamesId, String kind, String cue, long population) {
    }

    private final KnowledgeFilters filters;
    /** The places by key, in the order offered: the first offer of a name wins (but a more populous city). */
    private final Map<String, Place> byKey = new LinkedHashMap<>();

    PlaceList(KnowledgeFilters filters) {
        this.filters = filters;
    }

    /** Normalized country names (CLDR Arabic, all variants; English display names) → ISO alpha-2 code. */
    Map<String, String> countryNames(Path cldr) throws IOException {
        Map<String, String> out = new HashMap<>();
        String xml = Files.readString(cldr.resolve("main/ar.xml"));
        Matcher m = Pattern.compile("<territory type=\"([A-Z]{2})\"[^>]*>([^<]+)</territory>").matcher(xml);
        while (m.find()) {
            if (!m.group(1).equals("ZZ") && !m.group(1).equals("EU") && !m.group(1).equals("UN")) {
                out.putIfAbsent(filters.key(m.group(2)), m.group(1));
            }
        }
        for (String cc : ULocale.getISOCountries()) {
            out.putIfAbsent(new ULocale("", cc).getDisplayCountry(ULocale.ENGLISH).toLowerCase(), cc);
        }
        addHandListNames(out);
        return out;
    }

    /** The hand list's other names of a country (الإمارات, دولة الإمارات) share its code. */
    private void addHandListNames(Map<String, String> codeByName) {
        for (NerData.Row row : NerData.rows("places.tsv")) {
            if (!row.field(2).equals("country")) {
                continue;
            }
            String code = null;
            List<String> names = new ArrayList<>(List.of(row.field(0)));
            names.addAll(List.of(row.field(1).split("\\|")));
            for (String n : names) {
                if (!n.isBlank() && code == null) {
                    code = codeByName.get(filters.key(n));
                }
            }
            if (code != null) {
                for (String n : names) {
                    if (!n.isBlank()) {
                        codeByName.putIfAbsent(filters.key(n), code);
                    }
                }
            }
        }
    }

    /** Reads the places: countries, then cities, then subdivisions (the order in which a name is claimed). */
    List<Place> places(Path cldr, Path mo, Path lib) throws IOException {
        addCountries(cldr);
        addCities(mo, lib);
        addSubdivisions(cldr);
        return new ArrayList<>(byKey.values());
    }

    /** Countries: CLDR's Arabic territory names, the standard and short forms. */
    private void addCountries(Path cldr) throws IOException {
        String xml = Files.readString(cldr.resolve("main/ar.xml"));
        Matcher m = Pattern.compile("<territory type=\"([A-Z]{2})\"( alt=\"(short|variant)\")?>([^<]+)</territory>")
                .matcher(xml);
        while (m.find()) {
            String cc = m.group(1);
            if (cc.equals("ZZ") || cc.equals("EU") || cc.equals("UN") || cc.equals("EZ") || cc.equals("QO")) {
                continue;
            }
            offer(m.group(4), cc, null, "country", 0, true, false);
        }
    }

    /** Cities: GeoNames' Arabic names, with the country and population of libgeonames' city database. */
    private void addCities(Path mo, Path lib) throws IOException {
        Map<String, String> arabic = GeoNamesCities.readMo(mo);
        for (GeoNamesCities.City c : GeoNamesCities.cities(lib)) {
            String name = arabic.get(Long.toString(c.id()));
            if (name != null) {
                // a town far away (Aspen Hill) is seldom in Arab news, and its name is often a word or a person's
                if (NEAR_COUNTRIES.contains(c.country()) || c.population() >= MIN_FOREIGN_POPULATION) {
                    offer(name, c.country(), c.id(), "city", c.population(), true, false);
                }
            }
        }
    }

    /** Subdivisions: CLDR's, without the trigger noun that stays outside a mention. */
    private void addSubdivisions(Path cldr) throws IOException {
        String sub = Files.readString(cldr.resolve("subdivisions/ar.xml"));
        Matcher m = Pattern.compile("<subdivision type=\"([a-z]{2})([a-z0-9]+)\"[^>]*>([^<]+)</subdivision>")
                .matcher(sub);
        while (m.find()) {
            String cc = m.group(1).toUpperCase();
            if (SUBDIVISION_COUNTRIES.contains(cc)) {
                String bare = withoutTrigger(m.group(3));
                String bareKey = filters.key(bare);
                // محافظة الجنوب keeps its noun: الجنوب alone is "the south"
                boolean word = !bareKey.contains(" ") && filters.isCommonWord(bareKey)
                        && !bare.equals(m.group(3).strip());
                offer(word ? m.group(3).strip() : bare, cc, null, "subdivision", 0, true, false);
                if (word) {
                    offer(bare, cc, null, "subdivision", 0, true, true); // links places.tsv's الباحة only
                }
            }
        }
    }

    private String withoutTrigger(String name) {
        String[] words = name.strip().split(" +");
        if (words.length > 1 && filters.placeTriggers.contains(filters.normalizeWord(words[0]))) {
            return name.strip().substring(words[0].length()).strip();
        }
        return name.strip();
    }

    /**
     * Adds a place unless its name is already taken: the first offer wins (countries, then the most populous city,
     * then subdivisions). {@code listedFreely}: whether the place's kind and size allow it without a place noun;
     * {@code linkOnly}: a name never matched by itself, only to link the place of places.tsv of that name.
     */
    private void offer(String written, String cc, Long id, String kind, long population, boolean listedFreely,
                       boolean linkOnly) {
        String name = NerAnnotator.withoutMarks(written).replace('\u200e', ' ').strip();
        if (!arabicOnly(name)) {
            return;
        }
        String key = filters.key(name);
        if (key.isEmpty() || filters.notPlaces.contains(key)) {
            return;
        }
        Place old = byKey.get(key);
        if (old != null && (!old.kind.equals("city") || !kind.equals("city") || old.population >= population)) {
            return;
        }
        boolean cued = !listedFreely || key.contains(" ") && filters.isDescription(key)
                || !key.contains(" ") && isCuedWord(key, kind, cc);
        // A club's or a company's name (نجران, روما): only to link places.tsv's place of that name, never matched.
        String cue = linkOnly || filters.organizationNames.contains(key) ? "-" : cued ? "*" : "";
        byKey.put(key, new Place(key, name, cc, id, kind, cue, population));
    }

    /** A one-word name that needs a place noun before it: short, a common word, an adjective or a person's name. */
    private boolean isCuedWord(String key, String kind, String cc) {
        String bare = key.startsWith("ال") ? key.substring(2) : key;
        return bare.length() < 3 || filters.isCommonWord(key)
                || !kind.equals("country") && filters.isDefiniteAdjectiveLike(key)
                || !kind.equals("country") && filters.commonPersonTokens.contains(key)
                || kind.equals("city") && !NEAR_COUNTRIES.contains(cc) && filters.personTokens.contains(key);
    }

    static void write(List<Place> places, Path out) throws IOException {
        Map<String, Place> sorted = new TreeMap<>();
        places.forEach(p -> sorted.put(p.key, p));
        try (PrintWriter w = KnowledgeBuilder.writer(out)) {
            w.print("""
                    # Places from open lists, for finding and linking locations: countries (CLDR territory names,
                    # Unicode licence), subdivisions (CLDR subdivisions, without their trigger noun: منطقة تبوك → تبوك)
                    # and cities (GeoNames' Arabic names and city database as shipped by Debian's libgeonames, CC BY 4.0,
                    # geonames.org). The stage's own places.tsv wins every name it lists; a name here adds a location where
                    # nothing else was found, and gives a location its country and GeoNames id. A name that is also a
                    # common word or a person's name, or a small town far away, is a place only after a noun of
                    # place-nouns.tsv (CUE *); a name that is also an organization's (نجران, روما: clubs) only links
                    # places.tsv's place of that name (CUE -). KEY: the name normalized and tokenized as at run time.
                    # Written by KnowledgeBuilder (see its comment); do not edit by hand. Attribution: LICENSE-knowledge.md.
                    # FORMAT: KEY<TAB>NAME<TAB>KIND (country, subdivision or city)<TAB>COUNTRY (ISO 3166-1 alpha-2)<TAB>GEONAMES ID (may be empty)<TAB>CUE (*, - or empty)
                    # EXAMPLE: وقع الحادث في محافظة سيهات صباح اليوم => سيهات
                    # EXAMPLE: ووصل الوفد إلى ولاية أوهايو => أوهايو
                    # EXAMPLE: وسقطت قذيفة على مدينة ذمار. => ذمار
                    """);
            for (Place p : sorted.values()) {
                w.print(p.key + "\t" + p.name + "\t" + p.kind + "\t" + p.country + "\t"
                        + (p.geonamesId == null ? "" : p.geonamesId) + "\t" + p.cue + "\n");
            }
        }
        System.out.println(sorted.size() + " places, " + sorted.values().stream().filter(p -> p.cue.equals("*")).count()
                + " cued, " + sorted.values().stream().filter(p -> p.cue.equals("-")).count() + " for links only");
    }
}
