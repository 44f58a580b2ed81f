package dev.khabar.tools.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the lists of {@code dev/khabar/ner/knowledge/} from their sources (none of which the build needs):
 * <pre>
 * apt-get install libgeonames-common libgeonames0 unicode-cldr-core    # GeoNames names and cities, CLDR
 * mvn -B -q -Pknowledge compile exec:exec -Dknowledge.dir=DIR          # DIR: the knowledge folder (names/, arwikicats/)
 * </pre>
 * <ul>
 *   <li>{@code places.tsv} ({@link PlaceList}): countries (CLDR territories), subdivisions (CLDR subdivisions of the
 *       countries in {@link PlaceList#SUBDIVISION_COUNTRIES}, without their trigger noun: {@code منطقة تبوك} →
 *       {@code تبوك}) and cities (GeoNames' Arabic names, {@code geonames.mo}, with the country and population of the
 *       city database compiled into libgeonames, {@link GeoNamesCities}). A one-word name that is a common word (a
 *       treebank word class other than a proper noun; for a word the treebank lacks, one of the 5,000 most frequent
 *       words of the subtitle list) or shorter than three letters, and, outside the Arab world and its neighbours, a
 *       city whose name is a person's name token, is a place only after a place noun ({@code *}); cities far away
 *       with under 100,000 people are left out.</li>
 *   <li>{@code clubs.tsv} ({@link ClubList}): sports clubs of ArWikiCats, without leagues and cups; a one-word short
 *       name or one that is also a place is cued (organizations.tsv's fourth column); a name two clubs share goes to
 *       the first in key order.</li>
 *   <li>{@code demonyms.tsv} ({@link DemonymList}): ArWikiCats' nationality adjectives by ISO country code.</li>
 *   <li>{@code person-tokens.tsv} ({@link PersonTokenList}): Wikidata's Arabic person-name tokens without common
 *       words.</li>
 * </ul>
 * The filters are {@link KnowledgeFilters}'. Names are normalized and tokenized as at run time, so the stage loads
 * them without normalizing again.
 */
public final class KnowledgeBuilder {
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
        KnowledgeFilters filters = new KnowledgeFilters(knowledge);
        Files.createDirectories(out);
        PersonTokenList.write(filters, out.resolve("person-tokens.tsv"));
        PlaceList placeList = new PlaceList(filters);
        Map<String, String> countryByName = placeList.countryNames(cldr);
        List<PlaceList.Place> places = placeList.places(cldr, mo, lib);
        PlaceList.write(places, out.resolve("places.tsv"));
        DemonymList.write(filters, knowledge, countryByName, out.resolve("demonyms.tsv"));
        Set<String> placeKeys = new HashSet<>();
        places.forEach(p -> placeKeys.add(p.key()));
        new ClubList(filters, placeKeys).write(knowledge, out.resolve("clubs.tsv"));
    }

    /** A UTF-8 writer of a generated list (lines end in \n on every system). */
    static PrintWriter writer(Path out) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
    }
}
