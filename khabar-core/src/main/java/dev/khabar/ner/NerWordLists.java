package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The stage's word lists, normalized, read once; and the questions the stage asks of a token about them. */
final class NerWordLists {
    final Set<String> locationTriggers = new HashSet<>();
    /** Nouns that describe a place before its name (منطقة عسير): a person after one is a place. */
    final Set<String> placeNouns = new HashSet<>();
    /** Nouns that head a facility's name (مطار الملك عبدالعزيز): a person after one is part of that name. */
    final Set<String> facilityNouns = new HashSet<>();
    /** Words of sports reports, where clubs' short names need no cue word. */
    final Set<String> sportsWords = new HashSet<>();
    /** compass-words.tsv: nouns that join the place after them (شمال), adjectives that make a region (الشرقية). */
    final Set<String> compassNouns = new HashSet<>();
    final Set<String> compassAdjectives = new HashSet<>();
    final Set<String> regionNouns = new HashSet<>();
    /** The regions' names of {@code places.tsv} (continents), normalized: a compass noun before one joins its name. */
    final Set<String> regions = new HashSet<>();
    final Set<String> knownNames = new HashSet<>();
    /**
     * One-word place names: after a trigger noun they end a name (مؤسسة قطر). Not person names: normalized, the
     * list's علي is also the preposition على.
     */
    final Set<String> placeNames = new HashSet<>();
    /** The countries' names of {@code places.tsv}, whose adjectives (التونسية) the model may take for places. */
    final Set<String> countries = new HashSet<>();
    /** ANERGazet's one-word persons: a word listed as a place too (عمان) is not taken from them for a place. */
    final Set<String> personNames = new HashSet<>();
    /**
     * ANERGazet's one-word persons that its places list holds too and the stage's own places do not (عمر, صالح,
     * وليد): given names first, which a listed place does not keep from beginning a person's name.
     */
    final Set<String> givenNamesListedAsPlaces = new HashSet<>();
    /**
     * Given names that are common words too (أمنية "a wish", أمل "hope"): a name only with a strong cue after them,
     * {@code common-word-given-names.tsv}.
     */
    final Set<String> commonWordGivenNames = new HashSet<>();

    /** Reads the lists; {@code places} gives its one-word names to {@link #placeNames} and {@link #knownNames}. */
    NerWordLists(ArabicNormalizer normalizer, Tokenizer tokenizer, NameGazetteer places) {
        addWords("location-triggers.tsv", locationTriggers, normalizer);
        addWords("place-nouns.tsv", placeNouns, normalizer);
        addWords("facility-nouns.tsv", facilityNouns, normalizer);
        for (NerData.Row row : NerData.rows("compass-words.tsv")) {
            switch (row.field(1)) {
                case "noun" -> compassNouns.add(normalizer.normalizeWord(row.field(0)));
                case "adjective" -> compassAdjectives.add(normalizer.normalizeWord(row.field(0)));
                case "region" -> regionNouns.add(normalizer.normalizeWord(row.field(0)));
                default -> throw row.error("KIND must be noun, adjective or region");
            }
        }
        addWords("sports-words.tsv", sportsWords, normalizer);
        readKnownNames(normalizer, tokenizer);
        for (NerData.Row row : NerData.rows("anergazet/locations.txt")) {
            String name = normalizer.normalizeWord(row.field(0));
            if (!name.contains(" ")) {
                placeNames.add(name);
            }
        }
        placeNames.addAll(places.oneWordNames());
        addWords("anergazet/persons.txt", personNames, normalizer);
        for (String name : personNames) {
            if (placeNames.contains(name) && !places.isOneWordName(name)) {
                givenNamesListedAsPlaces.add(name);
            }
        }
        addWords("common-word-given-names.tsv", commonWordGivenNames, normalizer);
        readRegionsAndCountries(normalizer);
        knownNames.addAll(places.oneWordNames());
    }

    private static void addWords(String resource, Set<String> words, ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows(resource)) {
            words.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    private void readKnownNames(ArabicNormalizer normalizer, Tokenizer tokenizer) {
        for (String list : List.of("anergazet/locations.txt", "anergazet/persons.txt", "anergazet/organizations.txt",
                "organizations.tsv")) {
            for (NerData.Row row : NerData.rows(list)) {
                // Only a name that is one word by itself: the words inside longer names (ريد in ريد بول) are often
                // ordinary words, and would make فريد read as ف + ريد.
                List<Token> words = tokenizer.tokenize(normalizer.normalizeWord(row.field(0)));
                if (words.size() == 1 && words.get(0).isWord()) {
                    knownNames.add(words.get(0).text());
                }
            }
        }
    }

    private void readRegionsAndCountries(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("places.tsv")) {
            if (row.field(2).equals("region")) {
                for (String name : (row.field(0) + "|" + row.field(1)).split("\\|")) {
                    if (!name.isBlank() && !name.strip().contains(" ")) { // not شمال قطاع غزة, the strip's north
                        regions.add(normalizer.normalizeWord(name.strip()));
                    }
                }
            }
            if (row.field(2).equals("country")) {
                countries.add(normalizer.normalizeWord(row.field(0)));
                for (String alias : row.field(1).split("\\|")) {
                    if (!alias.isBlank()) {
                        countries.add(normalizer.normalizeWord(alias.strip()));
                    }
                }
            }
        }
    }

    /** A noun that describes a place before its name, with or without proclitics and the article (بمنطقة, المدينة). */
    /** A one-word place of the lists that is no given name first ({@link #givenNamesListedAsPlaces}). */
    boolean isPlaceNotGivenName(String w) {
        return placeNames.contains(w) && !givenNamesListedAsPlaces.contains(w);
    }

    boolean isPlaceNoun(Token t) {
        return isNounOf(placeNouns, t);
    }

    /** A noun that heads a facility's name (مطار, المسجد), with or without proclitics and the article. */
    boolean isFacilityNoun(Token t) {
        return isNounOf(facilityNouns, t);
    }

    /** A word of {@code sports-words.tsv}, with or without proclitics and the article. */
    boolean isSportsWord(Token t) {
        return isNounOf(sportsWords, t);
    }

    /** The proclitic chars of a location head noun ({@code بقطاع} → 1), or -1 when the token is none. */
    int locationHead(Token t) {
        if (!t.isWord()) {
            return -1;
        }
        for (Clitics.Reading r : t.readings()) {
            if (locationTriggers.contains(r.stem())) {
                return r.prefixLength();
            }
        }
        return -1;
    }

    /** The proclitic chars before a compass noun ({@code وشمال} → 1), or -1 when the token is none. */
    int compassNounPrefix(Token t) {
        if (!t.isWord()) {
            return -1;
        }
        for (Clitics.Reading r : t.readings()) {
            if (compassNouns.contains(r.stem())) {
                return r.prefixLength();
            }
        }
        return -1;
    }

    /** Whether {@code t}, with or without its proclitics, is one of {@code words} (وفي, بين). */
    static boolean isWordOf(Set<String> words, Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (Clitics.Reading r : t.readings()) {
            if (words.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t}, with or without proclitics and the article, is one of {@code nouns}. */
    static boolean isNounOf(Set<String> nouns, Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (Clitics.Reading r : t.readings()) {
            if (nouns.contains(r.stem()) || nouns.contains(Clitics.withoutArticle(r.stem()))) {
                return true;
            }
        }
        return false;
    }
}
