package dev.khabar.ner;

import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.ORG;


/**
 * A city that the words after it show to be the sports club named after it, which the model and the place lists
 * read as the city:
 * <ul>
 *   <li>a definite masculine nationality adjective after it ({@code ليون الفرنسي}, {@code هامبورغ الألماني}): a city
 *       takes the feminine ({@code ليون الفرنسية}), the masculine agrees with the club (نادٍ, فريق);</li>
 *   <li>in a sports text, a score after it ({@code كوبنهاغن 1 - صفر}) or its country in parentheses in a results
 *       line ({@code بورتو ( البرتغال ) - ليون ( فرنسا ) 1 - صفر}).</li>
 * </ul>
 * A country is left alone (a national team is named as its country; لبنان is masculine), and so is a place with the
 * article ({@code الجولان السوري}) or one after a noun in construct, whose adjective the adjective is
 * ({@code مطار هيثرو البريطاني}). A one-word organization of the model in parentheses after a club that is a
 * listed country ({@code مانشستر يونايتد ( إنجلترا )}) is that country, a place.
 */
final class ClubPlaces {
    /** The most words of the other team's name between the dash and its country in a results line. */
    private static final int MAX_TEAM_WORDS = 4;
    private final Set<String> countries;
    private final CountryAdjectives adjectives;
    /** Whether the treebank knows a word as a common noun (مطار, ملعب). */
    private final Predicate<String> commonNoun;
    /** Stop words: the treebank has prepositions such as مع and أمام as nouns, which are no noun in construct. */
    private final Predicate<String> stopWord;

    ClubPlaces(Set<String> countries, CountryAdjectives adjectives, Predicate<String> commonNoun,
               Predicate<String> stopWord) {
        this.countries = countries;
        this.adjectives = adjectives;
        this.commonNoun = commonNoun;
        this.stopWord = stopWord;
    }

    /**
     * The mentions with the clubs read as clubs and the countries in a results line as places; {@code sportsText}
     * when the text reads as sports news, which a score in it also shows.
     */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, boolean[] blocked, boolean sportsText) {
        sportsText = sportsText || hasScore(tokens, blocked);
        List<NameCandidate> out = new ArrayList<>(found.size());
        for (NameCandidate f : found) {
            if (f.is(LOC) && isClub(tokens, f, blocked, sportsText)) {
                f = new NameCandidate(ORG, f.first(), f.last(), f.prefixLength(), f.source(), null, null);
            } else if (sportsText && f.is(ORG) && f.first() == f.last() && inParentheses(tokens, f.first())
                    && countries.contains(NameWords.stemAfter(tokens.get(f.first()), f.prefixLength()))) {
                f = new NameCandidate(LOC, f.first(), f.last(), f.prefixLength(), f.source(), null, null);
            }
            out.add(f);
        }
        return out;
    }

    private boolean isClub(List<Token> tokens, NameCandidate f, boolean[] blocked, boolean sportsText) {
        if (!isClubCueAfter(tokens, f.last() + 1, blocked, sportsText)) {
            return false; // most places: tested first, as it is the cheap test that fails most
        }
        String first = NameWords.stemAfter(tokens.get(f.first()), f.prefixLength());
        if (OrgRules.isDefinite(first) || countries.contains(first)
                || f.last() > f.first() && countries.contains(placeName(tokens, f, first))
                || afterNounInConstruct(tokens, f)) {
            return false;
        }
        for (int k = f.first() + 1; k <= f.last(); k++) {
            String w = tokens.get(k).text();
            if (OrgRules.isDefinite(w) || countries.contains(w)) {
                return false; // إسرائيل الجولان السوري: the model ran two places together
            }
        }
        for (int k = f.first(); k <= f.last(); k++) {
            if (commonNoun.test(tokens.get(k).text())) {
                return false; // إقليم كردستان: a noun of places heads the name
            }
        }
        return true;
    }

    /** A masculine nationality adjective at {@code j}, or in a sports text a score or a results line's country. */
    private boolean isClubCueAfter(List<Token> tokens, int j, boolean[] blocked, boolean sportsText) {
        if (j < tokens.size() && isMasculineDemonym(tokens.get(j))) {
            return true;
        }
        return sportsText && (isScoreAt(tokens, blocked, j) || isResultWithCountry(tokens, blocked, j));
    }

    /**
     * A team's country in parentheses at {@code j} in a results line: the score follows, or a dash and the other
     * team with its country ({@code بنفيكا ( البرتغال ) - مانشستر يونايتد ( انكلترا ) صفر - 1}); not a dateline
     * ({@code تبليسي (جورجيا) 26 شوال}).
     */
    private boolean isResultWithCountry(List<Token> tokens, boolean[] blocked, int j) {
        if (!isCountryInParentheses(tokens, j)) {
            return false;
        }
        int k = j + 3;
        if (isScoreAt(tokens, blocked, k)) {
            return true;
        }
        if (k >= tokens.size() || !tokens.get(k).is("-")) {
            return false;
        }
        for (int m = k + 2; m <= k + MAX_TEAM_WORDS + 1; m++) {
            if (isCountryInParentheses(tokens, m)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ( البرتغال )} at {@code j}: a listed country between parentheses. */
    private boolean isCountryInParentheses(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && tokens.get(j).is("(") && countries.contains(tokens.get(j + 1).text())
                && tokens.get(j + 2).is(")");
    }

    /** The place's words, the first without its proclitic. */
    private static String placeName(List<Token> tokens, NameCandidate f, String first) {
        StringBuilder b = new StringBuilder(first);
        for (int k = f.first() + 1; k <= f.last(); k++) {
            b.append(' ').append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** الفرنسي, الألماني: definite, singular, masculine (not الفرنسية). */
    private boolean isMasculineDemonym(Token t) {
        String w = t.text();
        return t.isWord() && OrgRules.isDefinite(w) && w.endsWith("ي") && adjectives.isAdjectiveOfCountry(w);
    }

    /** Whether a score stands anywhere in the text. */
    private static boolean hasScore(List<Token> tokens, boolean[] blocked) {
        for (int j = 0; j + 2 < tokens.size(); j++) {
            if (isScoreAt(tokens, blocked, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 1 - صفر}, {@code 2 - 1}: a score, figures of one or two digits or صفر on both sides of a dash, outside
     * dates ({@code 3 - 5 مارس}).
     */
    private static boolean isScoreAt(List<Token> tokens, boolean[] blocked, int j) {
        return j + 2 < tokens.size() && !blocked[j] && !blocked[j + 2] && isScoreFigure(tokens.get(j))
                && tokens.get(j + 1).is("-") && isScoreFigure(tokens.get(j + 2));
    }

    private static boolean isScoreFigure(Token t) {
        return t.isNumber() && t.text().length() <= 2 || t.is("صفر");
    }

    /** Whether an indefinite common noun stands right before the place, which then completes it (مطار هيثرو). */
    private boolean afterNounInConstruct(List<Token> tokens, NameCandidate f) {
        if (f.prefixLength() > 0 || f.first() == 0) {
            return false;
        }
        Token before = tokens.get(f.first() - 1);
        return before.isWord() && !OrgRules.isDefinite(before.text()) && commonNoun.test(before.text())
                && !stopWord.test(before.text());
    }

    private static boolean inParentheses(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).is("(") && tokens.get(i + 1).is(")");
    }
}
