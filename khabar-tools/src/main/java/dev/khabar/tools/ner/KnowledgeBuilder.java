package dev.khabar.tools.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import dev.khabar.ner.NerAnnotator;
import dev.khabar.ner.NerData;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the lists of {@code dev/khabar/ner/knowledge/} from their sources (none of which the build needs):
 * <pre>
 * apt-get install libgeonames-common libgeonames0 unicode-cldr-core    # GeoNames names and cities, CLDR
 * mvn -B -q -Pknowledge compile exec:exec -Dknowledge.dir=DIR          # DIR: the knowledge folder (names/, arwikicats/)
 * </pre>
 * <ul>
 *   <li>{@code places.tsv}: countries (CLDR territories), subdivisions (CLDR subdivisions of the countries in
 *       {@link #SUBDIVISION_COUNTRIES}, without their trigger noun: {@code منطقة تبوك} → {@code تبوك}) and cities
 *       (GeoNames' Arabic names, {@code geonames.mo}, with the country and population of the city database compiled
 *       into libgeonames). A one-word name that is a common word (a treebank word class other than a proper noun; for
 *       a word the treebank lacks, one of the 5,000 most frequent words of the subtitle list) or shorter than three
 *       letters, and, outside the Arab world and its neighbours, a city whose name is a person's name token, is a
 *       place only after a place noun ({@code *}); cities far away with under 100,000 people are left out.</li>
 *   <li>{@code clubs.tsv}: sports clubs of ArWikiCats, without leagues and cups; a one-word short name or one that is
 *       also a place is cued (organizations.tsv's fourth column).</li>
 *   <li>{@code demonyms.tsv}: ArWikiCats' nationality adjectives by ISO country code.</li>
 *   <li>{@code person-tokens.tsv}: Wikidata's Arabic person-name tokens without common words.</li>
 * </ul>
 * Names are normalized and tokenized as at run time, so the stage loads them without normalizing again.
 */
public final class KnowledgeBuilder {
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
    private static final int COMMON_RANK = 5_000;
    private static final int COMMON_PERSON_COUNT = 10;
    private static final Set<String> NAME_CLASSES = Set.of("NNP", "NNPS", "DTNNP", "DTNNPS");
    /** Words of sports competitions, not clubs. */
    private static final Pattern NOT_A_CLUB = Pattern.compile("^(ال)?(دوري|كاس|بطوله|منتخب|اتحاد|الاتحاد|دوريات)( |$)");
    /** What follows a club's name and is not part of its short name. */
    private static final Pattern CLUB_SUFFIX = Pattern.compile(
            "( (لكره|للكره) [^ ]+( [^ ]+)?| للسيدات| الرياضي| الرياضي الثقافي| الثقافي الرياضي)+$");

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, String> wordClasses = DataFile.pairs(KnowledgeBuilder.class, "word-classes.tsv");
    private final Map<String, Integer> rank = new HashMap<>();
    private final Set<String> personTokens = new HashSet<>();
    /** Tokens of at least {@link #COMMON_PERSON_COUNT} Wikidata persons (جمال, فارس): first names, in every country. */
    private final Set<String> commonPersonTokens = new HashSet<>();
    private final Set<String> organizationNames = new HashSet<>();
    private final Set<String> notPlaces = new HashSet<>();
    private final Set<String> placeTriggers = new HashSet<>();

    private KnowledgeBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: KnowledgeBuilder KNOWLEDGE_DIR OUT_DIR [CLDR_COMMON_DIR GEONAMES_MO GEONAMES_LIB]");
            System.exit(2);
        }
        Path knowledge = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path cldr = Path.of(args.length > 2 ? args[2] : "/usr/share/unicode/cldr/common");
        Path mo = Path.of(args.length > 3 ? args[3] : "/usr/share/locale/ar/LC_MESSAGES/geonames.mo");
        Path lib = Path.of(args.length > 4 ? args[4] : "/usr/lib/x86_64-linux-gnu/libgeonames.so.0");
        KnowledgeBuilder b = new KnowledgeBuilder();
        b.readFilters(knowledge);
        Files.createDirectories(out);
        b.writePersonTokens(knowledge, out.resolve("person-tokens.tsv"));
        Map<String, String> countryByName = b.countryNames(cldr);
        List<Place> places = b.places(cldr, mo, lib, countryByName);
        b.writePlaces(places, out.resolve("places.tsv"));
        b.writeDemonyms(knowledge, countryByName, out.resolve("demonyms.tsv"));
        Set<String> placeKeys = new HashSet<>();
        places.forEach(p -> placeKeys.add(p.key));
        b.writeClubs(knowledge, placeKeys, out.resolve("clubs.tsv"));
    }

    // ---------------------------------------------------------------- filters

    private void readFilters(Path knowledge) throws IOException {
        int i = 0;
        for (String line : Files.readAllLines(knowledge.resolve("names/ar_50k.txt"))) {
            String word = normalizer.normalizeWord(line.split(" ")[0]);
            rank.putIfAbsent(word, ++i);
        }
        Map<String, Integer> personCounts = new HashMap<>();
        for (String line : Files.readAllLines(knowledge.resolve("names/wd_arabic.normalized.aligned.tokens"))) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                personCounts.merge(normalizer.normalizeWord(f[1].replace(" ", "")), Integer.parseInt(f[2]), Integer::sum);
            }
        }
        personTokens.addAll(personCounts.keySet());
        personCounts.forEach((token, n) -> {
            if (n >= COMMON_PERSON_COUNT) {
                commonPersonTokens.add(token);
            }
        });
        for (NerData.Row row : NerData.rows("organizations.tsv")) {
            for (String name : (row.field(0) + "|" + row.field(1) + "|" + row.field(3)).split("\\|")) {
                if (!name.isBlank()) {
                    organizationNames.add(key(name));
                }
            }
        }
        for (NerData.Row row : NerData.rows("knowledge/not-places.tsv")) {
            notPlaces.add(key(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("place-nouns.tsv")) {
            placeTriggers.add(normalizer.normalizeWord(row.field(0)));
        }
        placeTriggers.addAll(List.of("اقليم", "اماره", "شعبيه", "مديريه", "بلديه", "لواء", "قضاء", "مركز", "ناحيه"));
    }

    /** Normalized tokens joined by one space, as {@code NameGazetteer} keys its names. */
    String key(String name) {
        List<String> words = new ArrayList<>();
        for (Token t : tokenizer.tokenize(normalizer.normalizeWord(name))) {
            words.add(t.text());
        }
        return String.join(" ", words);
    }

    /** A common word: one the treebank knows as other than a proper noun, or among the most frequent words. */
    boolean isCommonWord(String word) {
        if (isCommonAsWritten(word)) {
            return true;
        }
        // وان is و + أن before it is Van; فان is ف + إن
        char first = word.charAt(0);
        return word.length() >= 3 && "وفبلك".indexOf(first) >= 0 && isCommonAsWritten(word.substring(1));
    }

    private boolean isCommonAsWritten(String word) {
        String c = wordClasses.get(word);
        Integer r = rank.get(word);
        // a frequent word is common even where the treebank has it as a name (الجميل, سحر); the stage's own list
        // holds the frequent cities (لندن, باريس)
        return c != null && !NAME_CLASSES.contains(c) || r != null && r <= COMMON_RANK;
    }

    /**
     * A definite word that is any word of the subtitle list, or has the shape of a nisba adjective (الطيبة "the
     * good", الظاهرية "the apparent"): after a definite noun it is an adjective far more often than a town.
     */
    private boolean isDefiniteAdjectiveLike(String word) {
        return word.startsWith("ال") && (rank.containsKey(word) || word.endsWith("يه"));
    }

    /** A name of definite common words only (الجهة الشرقية, المنطقة الجنوبية): a description as often as a name. */
    private boolean isDescription(String key) {
        for (String w : key.split(" ")) {
            if (!w.startsWith("ال") || !isCommonWord(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean arabicOnly(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0621 && c <= 0x064A) {
                letter = true;
            } else if (c != ' ' && c != '-') {
                return false;
            }
        }
        return letter;
    }

    // ---------------------------------------------------------------- person tokens

    private void writePersonTokens(Path knowledge, Path out) throws IOException {
        TreeSet<String> kept = new TreeSet<>();
        for (String token : personTokens) {
            String c = wordClasses.get(token);
            boolean proper = c != null && NAME_CLASSES.contains(c);
            boolean unknownWord = c == null && !rank.containsKey(token);
            if (token.length() >= 3 && arabicOnly(token) && (proper || unknownWord)) {
                kept.add(token);
            }
        }
        try (PrintWriter w = writer(out)) {
            w.print("""
                    # Person-name tokens: the Arabic tokens of Wikidata's person labels (CC0 1.0; aligned by
                    # steveash/NETransliteration-COLING2018), normalized, without common words: a token is kept when the
                    # Arabic Treebank knows it as a proper noun (word-classes.tsv), or when neither the treebank nor the
                    # 50,000 most frequent words of hermitdave/FrequencyWords (CC BY-SA 4.0) hold it; at least three
                    # letters. Read by NameLexicon. Written by KnowledgeBuilder (see its comment); do not edit by hand.
                    # FORMAT: NORMALIZED TOKEN
                    # EXAMPLE: موغيريني
                    """);
            kept.forEach(t -> w.print(t + "\n"));
        }
        System.out.println(kept.size() + " person tokens of " + personTokens.size());
    }

    // ---------------------------------------------------------------- places

    record Place(String key, String name, String country, Long geonamesId, String kind, String cue, long population) {
    }

    /** Normalized country names (CLDR Arabic, all variants; English display names) → ISO alpha-2 code. */
    private Map<String, String> countryNames(Path cldr) throws IOException {
        Map<String, String> out = new HashMap<>();
        String xml = Files.readString(cldr.resolve("main/ar.xml"));
        Matcher m = Pattern.compile("<territory type=\"([A-Z]{2})\"[^>]*>([^<]+)</territory>").matcher(xml);
        while (m.find()) {
            if (!m.group(1).equals("ZZ") && !m.group(1).equals("EU") && !m.group(1).equals("UN")) {
                out.putIfAbsent(key(m.group(2)), m.group(1));
            }
        }
        for (String cc : ULocale.getISOCountries()) {
            out.putIfAbsent(new ULocale("", cc).getDisplayCountry(ULocale.ENGLISH).toLowerCase(), cc);
        }
        // The hand list's other names of a country (الإمارات, دولة الإمارات) share its code.
        for (NerData.Row row : NerData.rows("places.tsv")) {
            if (!row.field(2).equals("country")) {
                continue;
            }
            String code = null;
            List<String> names = new ArrayList<>(List.of(row.field(0)));
            names.addAll(List.of(row.field(1).split("\\|")));
            for (String n : names) {
                if (!n.isBlank() && code == null) {
                    code = out.get(key(n));
                }
            }
            if (code != null) {
                for (String n : names) {
                    if (!n.isBlank()) {
                        out.putIfAbsent(key(n), code);
                    }
                }
            }
        }
        return out;
    }

    private List<Place> places(Path cldr, Path mo, Path lib, Map<String, String> countryByName) throws IOException {
        Map<String, Place> byKey = new LinkedHashMap<>();
        // Countries: CLDR's Arabic territory names, the standard and short forms.
        String xml = Files.readString(cldr.resolve("main/ar.xml"));
        Matcher m = Pattern.compile("<territory type=\"([A-Z]{2})\"( alt=\"(short|variant)\")?>([^<]+)</territory>")
                .matcher(xml);
        while (m.find()) {
            String cc = m.group(1);
            if (cc.equals("ZZ") || cc.equals("EU") || cc.equals("UN") || cc.equals("EZ") || cc.equals("QO")) {
                continue;
            }
            offer(byKey, m.group(4), cc, null, "country", 0, true);
        }
        // Cities: GeoNames' Arabic names, with the country and population of libgeonames' city database.
        Map<String, String> arabic = readMo(mo);
        for (City c : cities(lib)) {
            String name = arabic.get(Long.toString(c.id));
            if (name != null) {
                // a town far away (Aspen Hill) is seldom in Arab news, and its name is often a word or a person's
                if (NEAR_COUNTRIES.contains(c.country) || c.population >= MIN_FOREIGN_POPULATION) {
                    offer(byKey, name, c.country, c.id, "city", c.population, true);
                }
            }
        }
        // Subdivisions: CLDR's, without the trigger noun that stays outside a mention.
        String sub = Files.readString(cldr.resolve("subdivisions/ar.xml"));
        m = Pattern.compile("<subdivision type=\"([a-z]{2})([a-z0-9]+)\"[^>]*>([^<]+)</subdivision>").matcher(sub);
        while (m.find()) {
            String cc = m.group(1).toUpperCase();
            if (SUBDIVISION_COUNTRIES.contains(cc)) {
                String bare = withoutTrigger(m.group(3));
                String bareKey = key(bare);
                // محافظة الجنوب keeps its noun: الجنوب alone is "the south"
                boolean word = !bareKey.contains(" ") && isCommonWord(bareKey) && !bare.equals(m.group(3).strip());
                offer(byKey, word ? m.group(3).strip() : bare, cc, null, "subdivision", 0, true);
                if (word) {
                    offer(byKey, bare, cc, null, "subdivision", 0, true, true); // links places.tsv's الباحة only
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private String withoutTrigger(String name) {
        String[] words = name.strip().split(" +");
        if (words.length > 1 && placeTriggers.contains(normalizer.normalizeWord(words[0]))) {
            return name.strip().substring(words[0].length()).strip();
        }
        return name.strip();
    }

    /**
     * Adds a place unless its name is already taken: the first offer wins (countries, then the most populous city,
     * then subdivisions). {@code listedFreely}: whether the place's kind and size allow it without a place noun.
     */
    private void offer(Map<String, Place> byKey, String written, String cc, Long id, String kind, long population,
                       boolean listedFreely) {
        offer(byKey, written, cc, id, kind, population, listedFreely, false);
    }

    /** {@code linkOnly}: a name never matched by itself, only to link the place of places.tsv of that name. */
    private void offer(Map<String, Place> byKey, String written, String cc, Long id, String kind, long population,
                       boolean listedFreely, boolean linkOnly) {
        String name = NerAnnotator.withoutMarks(written).replace('\u200e', ' ').strip();
        if (!arabicOnly(name)) {
            return;
        }
        String key = key(name);
        if (key.isEmpty() || notPlaces.contains(key)) {
            return;
        }
        Place old = byKey.get(key);
        if (old != null && (!old.kind.equals("city") || !kind.equals("city") || old.population >= population)) {
            return;
        }
        boolean cued = !listedFreely || key.contains(" ") && isDescription(key);
        if (!key.contains(" ")) {
            String bare = key.startsWith("ال") ? key.substring(2) : key;
            cued |= bare.length() < 3 || isCommonWord(key) || !kind.equals("country") && isDefiniteAdjectiveLike(key)
                    || !kind.equals("country") && commonPersonTokens.contains(key)
                    || kind.equals("city") && !NEAR_COUNTRIES.contains(cc) && personTokens.contains(key);
        }
        // A club's or a company's name (نجران, روما): only to link places.tsv's place of that name, never matched.
        String cue = linkOnly || organizationNames.contains(key) ? "-" : cued ? "*" : "";
        byKey.put(key, new Place(key, name, cc, id, kind, cue, population));
    }

    private record City(long id, String country, long population) {
    }

    /**
     * The records of libgeonames' {@code cities.compiled} (extracted with {@code gresource}): id, name, admin code,
     * state, country code, country, time zone, each NUL-terminated, then the population as a little-endian int at
     * the next multiple of four.
     */
    private static List<City> cities(Path lib) throws IOException {
        Path tmp = Files.createTempFile("cities", ".compiled");
        try {
            Process p = new ProcessBuilder("gresource", "extract", lib.toString(), "/com/lomiri/geonames/cities.compiled")
                    .redirectOutput(tmp.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IOException("gresource extract failed for " + lib);
            }
            byte[] bytes = Files.readAllBytes(tmp);
            String s = new String(bytes, StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("(\\d+)\0[^\0]*\0[^\0]*\0[^\0]*\0([A-Z]{2})\0[^\0]*\0[A-Za-z_/\\-]+\0").matcher(s);
            List<City> out = new ArrayList<>();
            ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (m.find()) {
                int at = (m.end() + 3) & ~3;
                out.add(new City(Long.parseLong(m.group(1)), m.group(2), buf.getInt(at) & 0xffffffffL));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A GNU gettext .mo file as msgid → msgstr. */
    static Map<String, String> readMo(Path mo) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(mo)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x950412de) {
            b.order(ByteOrder.BIG_ENDIAN);
        }
        int n = b.getInt(8);
        int orig = b.getInt(12);
        int trans = b.getInt(16);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(string(b, b.getInt(orig + 8 * i + 4), b.getInt(orig + 8 * i)),
                    string(b, b.getInt(trans + 8 * i + 4), b.getInt(trans + 8 * i)));
        }
        return out;
    }

    private static String string(ByteBuffer b, int offset, int length) {
        byte[] s = new byte[length];
        b.get(offset, s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private void writePlaces(List<Place> places, Path out) throws IOException {
        Map<String, Place> sorted = new TreeMap<>();
        places.forEach(p -> sorted.put(p.key, p));
        try (PrintWriter w = writer(out)) {
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

    // ---------------------------------------------------------------- demonyms

    private void writeDemonyms(Path knowledge, Map<String, String> countryByName, Path out) throws IOException {
        JsonNode root = new ObjectMapper().readTree(knowledge.resolve("arwikicats/nationalities_data.json").toFile());
        Map<String, TreeSet<String>> forms = new TreeMap<>();
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            String cc = countryByName.get(key(e.path("ar").asText("")));
            if (cc == null) {
                cc = countryByName.get(e.path("en").asText("").toLowerCase());
            }
            if (cc == null) {
                continue;
            }
            TreeSet<String> set = forms.computeIfAbsent(cc, k -> new TreeSet<>());
            for (String field : List.of("male", "males", "female", "females", "the_male", "the_female")) {
                String form = e.path(field).asText("").strip();
                if (!form.isEmpty() && arabicOnly(form) && !form.contains(" ")) {
                    set.add(key(form));
                    if (field.equals("males") || field.equals("females")) {
                        set.add(key("ال" + form));
                    }
                }
            }
        }
        try (PrintWriter w = writer(out)) {
            w.print("""
                    # Nationality adjectives by country, from ArWikiCats' nationalities_data.json (MIT; see
                    # LICENSE-knowledge.md): masculine, feminine and plural, bare and definite, normalized. An adjective
                    # inside an organization's name gives its country (وزارة الخارجية المغربية → MA); a form that is also
                    # a country's name (السعودية) is the adjective, not the place, right after a definite noun
                    # (الحكومة السعودية). Written by KnowledgeBuilder; do not edit by hand.
                    # FORMAT: COUNTRY (ISO 3166-1 alpha-2)<TAB>FORMS (normalized, |-separated)
                    # EXAMPLE: وقالت الحكومة السعودية في بيان => !السعودية
                    # EXAMPLE: وزار الوزير السعودية الأسبوع الماضي => السعودية
                    """);
            forms.forEach((cc, set) -> w.print(cc + "\t" + String.join("|", set) + "\n"));
        }
        System.out.println(forms.size() + " countries with demonyms");
    }

    // ---------------------------------------------------------------- clubs

    private void writeClubs(Path knowledge, Set<String> placeKeys, Path out) throws IOException {
        JsonNode root = new ObjectMapper().readTree(knowledge.resolve("arwikicats/Clubs_key.json").toFile());
        Map<String, String[]> rows = new TreeMap<>();
        Set<String> taken = new HashSet<>(organizationNames);
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            String name = NerAnnotator.withoutMarks(it.next().asText("")).strip();
            String key = key(name);
            if (!arabicOnly(name.replaceAll("[0-9]", "")) || NOT_A_CLUB.matcher(key).find() || taken.contains(key)) {
                continue;
            }
            String bare = CLUB_SUFFIX.matcher(key).replaceAll("");
            String shortKey = bare.startsWith("نادي ") ? bare.substring(5) : bare.startsWith("النادي ") ? null : bare;
            String alias = "";
            String cued = "";
            if (shortKey != null && !shortKey.isEmpty() && !taken.contains(shortKey) && !shortKey.equals(key)) {
                String shortName = shortWritten(name);
                if (!shortKey.contains(" ") && (isCommonWord(shortKey) || shortKey.length() < 3)) {
                    shortName = ""; // كان is "was" before it is Cannes
                }
                boolean ambiguous = !shortKey.contains(" ") || placeKeys.contains(shortKey)
                        || placeKeys.contains(shortKey.split(" ")[0]) || isCommonWord(shortKey.split(" ")[0]);
                if (ambiguous) {
                    cued = shortName;
                } else {
                    alias = shortName;
                }
                taken.add(shortKey);
            } else if (shortKey != null && shortKey.equals(key) && (!key.contains(" ") || placeKeys.contains(key)
                    || isCommonWord(key.split(" ")[0]) || placeKeys.contains(key.split(" ")[0]))) {
                // A club known only by a short name that is a word or a place: after a cue word only.
                if (!key.contains(" ") && (isCommonWord(key) || key.length() < 3) || taken.contains(key)) {
                    continue;
                }
                name = "نادي " + name;
                key = key(name);
                cued = shortWritten(name);
                if (taken.contains(key)) {
                    continue;
                }
            }
            taken.add(key);
            rows.put(key, new String[] {name, alias, "sport", cued});
        }
        try (PrintWriter w = writer(out)) {
            w.print("""
                    # Sports clubs from ArWikiCats' Clubs_key.json (MIT; names from Arabic Wikipedia; see
                    # LICENSE-knowledge.md), without leagues, cups and national teams, and without the clubs that
                    # organizations.tsv lists (which wins). One line a name: the club's name and other names, and its short
                    # name, which when it is one word, or also a place or a word, names the club only after a cue word of
                    # org-cues.tsv or in a sports report (CUE *), like organizations.tsv's fourth column. KEY: the name
                    # normalized and tokenized as at run time. Written by KnowledgeBuilder; do not edit by hand.
                    # FORMAT: KEY<TAB>CANONICAL NAME<TAB>CUE (* or empty)
                    # EXAMPLE: وتعاقد نادي هايدنهايم مع المدافع => نادي هايدنهايم
                    # EXAMPLE: وفاز يوتا جاز على منافسه => يوتا جاز
                    """);
            for (String[] r : rows.values()) {
                w.print(key(r[0]) + "\t" + r[0] + "\t\n");
                if (!r[1].isEmpty()) {
                    w.print(key(r[1]) + "\t" + r[0] + "\t\n");
                }
                if (!r[3].isEmpty()) {
                    w.print(key(r[3]) + "\t" + r[0] + "\t*\n");
                }
            }
        }
        System.out.println(rows.size() + " clubs");
    }

    /** {@code نادي هانوفر 96 لكرة القدم} → {@code هانوفر 96}: the name as written, without نادي and the suffix. */
    private String shortWritten(String name) {
        String s = name.startsWith("نادي ") ? name.substring(5) : name;
        String[] words = s.split(" ");
        String k = key(s);
        String stripped = CLUB_SUFFIX.matcher(k).replaceAll("");
        int keep = stripped.split(" ").length;
        return String.join(" ", List.of(words).subList(0, Math.min(keep, words.length)));
    }

    private static PrintWriter writer(Path out) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
    }
}
