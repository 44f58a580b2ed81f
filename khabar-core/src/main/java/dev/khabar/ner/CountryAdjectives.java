package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;

import java.util.List;
import java.util.Set;

/**
 * Nationality adjectives that the model may take for places or persons' names: التونسية (تونس), الفرنسي, الأفغاني.
 * A word that a list holds as a place or a person is not one.
 */
final class CountryAdjectives {
    private final NameGazetteer places;
    private final Set<String> countries;
    private final Set<String> personNames;
    private final Demonyms demonyms;

    CountryAdjectives(NameGazetteer places, NerWordLists lists, Demonyms demonyms) {
        this.places = places;
        this.countries = lists.countries;
        this.personNames = lists.personNames;
        this.demonyms = demonyms;
    }

    /**
     * The adjective of a listed country, not a place: التونسية (تونس), سعودية, الأمريكي (أمريكا). A word that
     * {@code places.tsv} lists itself is a place (السعودية); other words of this shape are left to the model
     * (الدرعية, الشرقية, حي العزيزية), though ANERGazet lists some adjectives as places (التونسية).
     */
    boolean isAdjectiveOfPlace(String word) {
        boolean article = Clitics.hasArticle(word);
        boolean nisba = article ? OrgRules.isNisba(word) : word.length() > 4 && word.endsWith("يه");
        String bare = article ? Clitics.afterArticle(word) : word;
        return nisba && !places.isOneWordName(word) && !places.isOneWordName(bare) && isAdjectiveOf(bare);
    }

    /**
     * A country's adjective, with or without the article, not itself a listed place or person: الفرنسي, روسي, and the
     * forms of {@code knowledge/demonyms.tsv} that are no country's name plus ي (الأفغاني).
     */
    boolean isAdjectiveOfCountry(String word) {
        String bare = Clitics.withoutArticle(word);
        return (bare.endsWith("ي") || bare.endsWith("يه")) && bare.length() >= 4 && !places.isOneWordName(word)
                && !places.isOneWordName(bare) && !personNames.contains(word)
                && (isAdjectiveOf(bare) || demonyms.country(word) != null); // الأفغاني: أفغانستان
    }

    /**
     * A nationality adjective in the plural of persons (إيرانيون, الأمريكيين, سعوديات): people of a country,
     * never a body's or a place's name.
     */
    boolean isPluralDemonym(String word) {
        // the list holds the nominative plural only: the oblique الأستراليين is read as الأستراليون
        String listed = word.endsWith("يين") ? word.substring(0, word.length() - 2) + "ون" : word;
        return (word.endsWith("ون") || word.endsWith("ين") || word.endsWith("ات")) && demonyms.country(listed) != null
                && !places.isOneWordName(word);
    }

    /** Whether {@code bare} (no article) is the nisba of a listed country: تونسيه of تونس, فرنسيه of فرنسا. */
    private boolean isAdjectiveOf(String bare) {
        String stem = bare.substring(0, bare.length() - (bare.endsWith("يه") ? 2 : 1));
        for (String country : List.of(stem, stem + "ا", stem + "يا", Clitics.definite("", stem))) {
            if (countries.contains(country)) {
                return true;
            }
        }
        return false;
    }
}
