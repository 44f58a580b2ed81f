package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.PERS;


/** The listed places of {@code places.tsv} and the knowledge lists, where nothing else was found. */
final class ListedPlaces {
    private final NameGazetteer places;

    ListedPlaces(NameGazetteer places) {
        this.places = places;
    }

    /**
     * {@code found} with the listed places where nothing else was found: in a short text the model can miss even a
     * country ({@code سيزور السعودية الشهر المقبل}). A listed place also replaces the model's locations inside it
     * ({@code درمان} in {@code أم درمان}); any other name found where a listed place stands wins.
     */
    List<NameCandidate> apply(String text, List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        // The mentions found do not overlap: each token has at most one, and a place replaces those inside it.
        NameCandidate[] at = new NameCandidate[tokens.size()];
        for (NameCandidate f : found) {
            Arrays.fill(at, f.first(), f.last() + 1, f);
        }
        boolean added = false;
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = blocked[i] ? null : places.longestAt(tokens, i);
            if (m == null && !blocked[i] && isDatelineStart(text, tokens, i)) {
                m = places.longestAt(tokens, i, word -> true); // المفرق - : a place that is also a word
                m = m == null || m.prefixLength() > 0 || !isDash(tokens, m.last() + 1) ? null : m;
            }
            if (m == null || MentionOverlaps.anyBlocked(blocked, m.first(), m.last()) || shortAfterConjunction(tokens.get(i), m)
                    || likeBeforeName(tokens.get(i), m)) {
                continue;
            }
            NameCandidate place = new NameCandidate(LOC, m.first(), m.last(), m.prefixLength(), Source.GAZETTEER, m.canonical(), null);
            boolean onlyInnerLocations = true;
            for (int k = place.first(); k <= place.last() && onlyInnerLocations; k++) {
                NameCandidate f = at[k];
                onlyInnerLocations = f == null || f.is(LOC)
                        && f.first() >= place.first() && f.last() <= place.last() && f.length() < place.length()
                        || isPlaceReadAsPerson(f, place);
            }
            if (onlyInnerLocations) {
                Arrays.fill(at, place.first(), place.last() + 1, place);
                added = true;
                i = m.last();
            }
        }
        if (!added) {
            return new ArrayList<>(found);
        }
        List<NameCandidate> out = new ArrayList<>(found.size());
        for (int k = 0; k < at.length; k++) {
            if (at[k] != null && (k == 0 || at[k] != at[k - 1])) {
                out.add(at[k]);
            }
        }
        return out;
    }

    /**
     * Whether the model's person {@code f} is exactly a listed place of several words ({@code ريو دي جانيرو}): a
     * foreign city's name looks like a person's to the model, and no person is listed under it.
     */
    private static boolean isPlaceReadAsPerson(NameCandidate f, NameCandidate place) {
        return f.is(PERS) && f.source() == Source.CRF && place.length() > 0 && place.prefixLength() == 0
                && f.first() == place.first() && f.last() == place.last() && f.prefixLength() == 0;
    }

    /** وجده is "and found it" far more often than "and Jeddah": a name of three letters takes no و or ف. */
    private static boolean shortAfterConjunction(Token word, NameGazetteer.Match m) {
        return m.first() == m.last() && m.prefixLength() > 0 && Clitics.startsWithConjunction(word.text())
                && NameWords.stemAfter(word, m.prefixLength()).length() <= 3;
    }

    /**
     * Whether token {@code i} begins a line and may begin a dateline, the place a report was filed from before a
     * dash ({@code المفرق - غيث الطراونة -}): there a listed place that is also a word ({@code *}) is the place.
     */
    private static boolean isDatelineStart(String text, List<Token> tokens, int i) {
        return tokens.get(i).isWord() && (i == 0 || SentenceTagger.hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start()));
    }

    private static boolean isDash(List<Token> tokens, int k) {
        return k < tokens.size() && (tokens.get(k).is("-") || tokens.get(k).is("–") || tokens.get(k).is("—"));
    }

    /**
     * ك ("like") before a listed place without the article: كمين is "ambush", not ك + مين (Maine). News writes ك before
     * a place's name only with the article (كالإمارات), as {@link NameWords#nameReadings} has it for the model's names.
     */
    private static boolean likeBeforeName(Token word, NameGazetteer.Match m) {
        return m.prefixLength() > 0 && word.text().lastIndexOf(Clitics.KAF, m.prefixLength() - 1) >= 0
                && !Clitics.hasArticle(NameWords.stemAfter(word, m.prefixLength()));
    }
}
