package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static dev.khabar.ner.EntityType.LOC;

/**
 * Unlisted places in a list of places: news joins places by و ({@code في تونس وليبيا وسيناء وأزواد والصومال}), and
 * a word of such a list that reads as a name is a place too ({@code أزواد}), though no list holds it. A list counts
 * when at least {@value #MIN_PLACES} of its members are places found already and none is another kind of name (a
 * list of persons and places is no list of places); each other member is one word joined by و (a comma may stand
 * before it) that the treebank and the lists do not know or know as a proper noun, and a definite word after it
 * makes it a phrase, which ends the list. Immutable.
 */
final class PlaceLists {
    static final int MIN_PLACES = 2;
    /** Word classes of a word that can be a place's name (WordClasses). */
    private static final Set<String> NAME_CLASSES = Set.of(WordClasses.UNKNOWN, "NNP", "DTNNP");

    private final Function<String, String> wordClass;

    PlaceLists(Function<String, String> wordClass) {
        this.wordClass = wordClass;
    }

    /** {@code found} (sorted by first token, no overlaps) with the unlisted members of lists of places. */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        Scan scan = new Scan(tokens, found, blocked);
        int i = 0;
        while (i < tokens.size()) {
            NameCandidate f = scan.at[i];
            i = f == null || !f.is(LOC) || f.first() != i ? i + 1 : Math.max(scan.list(i), i + 1);
        }
        return scan.result();
    }

    /** One document's pass: its mentions by token, and their list once one of them changes or a place joins. */
    private final class Scan {
        private final List<Token> tokens;
        private final List<NameCandidate> found;
        private final boolean[] blocked;
        private final NameCandidate[] at;
        /** {@code found} copied at the first change; null while there is none. */
        private List<NameCandidate> out;

        Scan(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
            this.tokens = tokens;
            this.found = found;
            this.blocked = blocked;
            this.at = new NameCandidate[tokens.size()];
            for (NameCandidate f : found) {
                Arrays.fill(at, f.first(), f.last() + 1, f);
            }
        }

        /**
         * The list that goes on from the place at token {@code i}: its members, found or not, each joined by و. When
         * it is a list of places, its unfound members become places. Returns the token after the list.
         */
        int list(int i) {
            int n = tokens.size();
            List<Integer> unfound = new ArrayList<>();
            int places = 1;
            boolean mixed = false;
            if (i > 0 && Clitics.hasArticle(tokens.get(i - 1).text()) && isUnfoundName(tokens, at, blocked, i - 1, 0)
                    && joinedByWa(tokens, at[i])) {
                unfound.add(i - 1); // السودة وأبها: the list's first word
            }
            int k = at[i].last() + 1;
            while (k < n) {
                int m = tokens.get(k).is("،") || tokens.get(k).is(",") ? k + 1 : k;
                if (m >= n) {
                    break;
                }
                if (at[m] != null && at[m].first() == m) {
                    takeConjunctionOff(m);
                    if (!joinedByWa(tokens, at[m])) {
                        break;
                    }
                    if (at[m].is(LOC)) {
                        places++;
                    } else {
                        mixed = true;
                    }
                    k = at[m].last() + 1;
                } else if (isUnfoundName(tokens, at, blocked, m, 1)) {
                    unfound.add(m);
                    k = m + 1;
                } else {
                    break;
                }
            }
            if (places >= MIN_PLACES && !mixed && !unfound.isEmpty()) {
                addPlaces(unfound, i);
            }
            return k;
        }

        /** وكورفلان: the model took the و into the place; in a list it is the conjunction. */
        private void takeConjunctionOff(int m) {
            NameCandidate f = at[m];
            if (f.is(LOC) && f.prefixLength() == 0 && unknownAfterWa(tokens, m)) {
                NameCandidate fixed = new NameCandidate(f.type(), f.first(), f.last(), 1,
                        f.source(), f.canonical(), f.sameAs());
                changed().set(changed().indexOf(f), fixed);
                Arrays.fill(at, f.first(), f.last() + 1, fixed);
            }
        }

        /** The unfound members as places: after و, but the list's first word (before token {@code first}) without. */
        private void addPlaces(List<Integer> unfound, int first) {
            for (int u : unfound) {
                int prefix = u < first ? 0 : 1;
                NameCandidate place = new NameCandidate(LOC, u, u, prefix, Source.PATTERN, null, null);
                at[u] = place;
                changed().add(place);
            }
        }

        private List<NameCandidate> changed() {
            if (out == null) {
                out = new ArrayList<>(found);
            }
            return out;
        }

        List<NameCandidate> result() {
            if (out == null) {
                return found;
            }
            out.sort(java.util.Comparator.comparingInt(NameCandidate::first));
            return out;
        }
    }

    /** A word in و that neither the treebank nor the lists know as written, while the word after و reads as a name. */
    private boolean unknownAfterWa(List<Token> tokens, int k) {
        String w = tokens.get(k).text();
        return w.length() >= 4 && Clitics.startsWithAnd(w) && wordClass.apply(w).equals(WordClasses.UNKNOWN)
                && NAME_CLASSES.contains(wordClass.apply(Clitics.afterProclitic(w)));
    }

    /** A found member after the first: its first word carries و and nothing else (وليبيا, not بليبيا). */
    private static boolean joinedByWa(List<Token> tokens, NameCandidate f) {
        return f.prefixLength() == 1 && Clitics.startsWithAnd(tokens.get(f.first()).text());
    }

    /**
     * Whether token {@code k}, no mention yet, is one word of a name after {@code prefix} chars (و): at least three
     * letters, no pronoun, a name's word class, no definite word after it. The list's first word must be definite
     * (السودة وأبها): an unknown word without the article before a list is as often a verb.
     */
    private boolean isUnfoundName(List<Token> tokens, NameCandidate[] at, boolean[] blocked, int k, int prefix) {
        Token t = tokens.get(k);
        if (at[k] != null || blocked[k] || !t.isWord() || t.text().length() - prefix < 3
                || prefix == 1 && !Clitics.startsWithAnd(t.text())) {
            return false;
        }
        String word = t.text().substring(prefix);
        if (Clitics.hasArticle(word) && word.length() < 5 || word.endsWith("ها") || word.endsWith("هم")
                || word.endsWith("كم")) {
            return false;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).isWord() && Clitics.hasArticle(tokens.get(k + 1).text())) {
            return false; // وشمال العراق, ومدينة الرياض: a phrase
        }
        return NAME_CLASSES.contains(wordClass.apply(word));
    }
}
