package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The country that the words right after a place give it, which wins over the lists for a name that several
 * countries share and gives one to a place no list holds: a nationality adjective ({@code مدينة بالنسيا الإسبانية} →
 * ES, not Venezuela's Valencia), a direction from a country ({@code فالسروده شمال ألمانيا} → DE, {@code طرابلس شمال
 * لبنان} → LB) or ب and a country ({@code الخرطوم بالسودان}). A country itself keeps its own code. The place then
 * carries that country and no GeoNames id unless its listed place lies in that country. Immutable.
 */
final class NearbyCountry {
    private final Demonyms demonyms;
    /** compass-words.tsv's nouns, normalized (شمال, جنوبي). */
    private final Set<String> compassNouns;

    NearbyCountry(Demonyms demonyms, Set<String> compassNouns) {
        this.demonyms = demonyms;
        this.compassNouns = compassNouns;
    }

    /**
     * The country the words after a place ending at token {@code last} give it, or null. {@code locationAt} gives the
     * location mention that begins at a token (or null), {@code link} the place a mention names (or null).
     */
    String countryAfter(List<Token> tokens, int last, IntFunction<NameCandidate> locationAt,
                        Function<NameCandidate, PlaceLinker.Place> link) {
        int k = last + 1;
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return null;
        }
        String word = tokens.get(k).text();
        String cc = Clitics.hasArticle(word) ? demonyms.country(word) : null;
        if (cc != null) {
            return cc; // بالنسيا الإسبانية
        }
        boolean compass = compassNouns.contains(word);
        NameCandidate next = locationAt.apply(compass ? k + 1 : k);
        if (next == null || !compass && !(next.prefixLength() == 1 && Clitics.startsWith(word, Clitics.BA))) {
            return null; // شمال ألمانيا, بالسودان; not وألمانيا, the next of a list
        }
        PlaceLinker.Place country = link.apply(next);
        return country != null && country.kind().equals("country") ? country.country() : null;
    }

    /** The place with the nearby country {@code cc}: the same place when it lies there, else the country alone. */
    static PlaceLinker.Place with(PlaceLinker.Place place, String cc) {
        if (place != null && (place.kind().equals("country") || place.country().equals(cc))) {
            return place;
        }
        return new PlaceLinker.Place(place == null ? "city" : place.kind(), cc, null);
    }
}
