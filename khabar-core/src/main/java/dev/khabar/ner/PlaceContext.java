package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.List;
import java.util.Set;

/**
 * The words before a name that make it a place or part of a facility's name: a noun of places ({@code منطقة نجران}),
 * في before a listed place, a facility noun ({@code مطار الملك عبدالعزيز}).
 */
final class PlaceContext {
    private final NerWordLists lists;
    private final Set<String> placeNames;
    private final Set<String> facilityNouns;
    private final OrgRules orgRules;

    PlaceContext(NerWordLists lists, OrgRules orgRules) {
        this.lists = lists;
        this.placeNames = lists.placeNames;
        this.facilityNouns = lists.facilityNouns;
        this.orgRules = orgRules;
    }

    /** A word after a noun of places (منطقة نجران), or a listed place after في (في روما): the place, not its club. */
    boolean readsAsPlace(List<Token> tokens, int i) {
        return i > 0 && (lists.isPlaceNoun(tokens.get(i - 1))
                || tokens.get(i - 1).is("في") && placeNames.contains(tokens.get(i).text()));
    }

    /** Whether token {@code i} follows a noun of places without the article, in construct with it (مدينة بالنسيا). */
    boolean afterConstructPlaceNoun(List<Token> tokens, String[] tags, int i) {
        if (i == 0 || !tags[i - 1].equals("O") || !lists.isPlaceNoun(tokens.get(i - 1))) {
            return false;
        }
        return tokens.get(i - 1).readings().stream().noneMatch(r -> Clitics.hasArticle(r.stem()));
    }

    /**
     * Whether the name at token {@code i} is part of a facility's name: a person after a facility noun, directly or
     * after a royal title (مطار الملك عبدالعزيز), or any definite word after a definite facility noun, which is its
     * adjective (المسجد الحرام).
     */
    boolean inFacilityName(List<Token> tokens, String[] tags, int i, boolean person) {
        int k = i - 1;
        if (person && k > 0 && orgRules.isRoyalTitle(tokens.get(k).text())) {
            k--;
        }
        if (k < 0 || !tags[k].equals("O") || !lists.isFacilityNoun(tokens.get(k))) {
            return false;
        }
        if (person) {
            // A name in construct with the noun, so after it without the article (مطار الملك عبدالعزيز), or the
            // noun's adjectives (المسجد الإبراهيمي الشريف); منسق البرنامج أسامة الغامدي is a person of the text.
            return tokens.get(k).readings().stream().anyMatch(r -> facilityNouns.contains(r.stem()))
                    || OrgRules.isDefinite(tokens.get(i).text());
        }
        return k == i - 1 && OrgRules.isDefinite(tokens.get(i).text())
                && tokens.get(k).readings().stream().anyMatch(r -> Clitics.hasArticle(r.stem()));
    }
}
