package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static dev.khabar.ner.EntityType.LOC;

/**
 * Places named right after a noun of places that no list holds: a district, village or mountain (قرية الزهيرات, حي
 * النسيم, جبل طويقان with its noun, which is part of the name) whose name the model did not mark. After a plural or dual noun ({@code place-list-nouns.tsv}: أحياء,
 * محافظتي) the names joined to it by و are places too (أحياء الزهيرات والقرينية). Only a word that reads as a name
 * becomes a place: one the treebank and the lists do not know, or know as a proper noun; a common word
 * (منطقة الحدود), an adjective or a person's name is left alone.
 */
final class PlaceNounNames {
    /** Word classes of a word that can be a place's name (WordClasses). */
    private static final Set<String> NAME_CLASSES = Set.of(WordClasses.UNKNOWN, "NNP", "DTNNP");

    private final Predicate<Token> placeNoun;
    /** The proclitic chars of a noun that is part of the place's name (جبل طويقان, location-triggers.tsv), or -1. */
    private final java.util.function.ToIntFunction<Token> nameHead;
    private final Function<String, String> wordClass;
    private final Set<String> listNouns = new HashSet<>();
    /** place-sequels.tsv: words after a common word that make it a place's name (منطقة عتمة التابعة لمحافظة ذمار). */
    private final Set<String> sequels = new HashSet<>();

    PlaceNounNames(ArabicNormalizer normalizer, Predicate<Token> placeNoun,
                   java.util.function.ToIntFunction<Token> nameHead, Function<String, String> wordClass) {
        this.placeNoun = placeNoun;
        this.nameHead = nameHead;
        this.wordClass = wordClass;
        for (NerData.Row row : NerData.rows("place-list-nouns.tsv")) {
            listNouns.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("place-sequels.tsv")) {
            sequels.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    /** {@code found} with the places after place nouns where nothing was found. */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        int n = tokens.size();
        NameCandidate[] at = new NameCandidate[n];
        for (NameCandidate f : found) {
            Arrays.fill(at, f.first(), f.last() + 1, f);
        }
        List<NameCandidate> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < n; i++) {
            Token noun = tokens.get(i);
            int head = at[i] != null || blocked[i] ? -1 : nameHead.applyAsInt(noun);
            if (at[i] != null || blocked[i] || head < 0 && !placeNoun.test(noun) || definite(noun)) {
                continue;
            }
            int j = i + 1;
            if (at[j] == null) {
                // بلده وأمته: و is "and"; names begin with ف (جبال فيفاء), which joins clauses, seldom nouns
                boolean name = isName(tokens, j, blocked, 0) || head < 0 && isNameBySequel(tokens, j, blocked, at);
                if (Clitics.startsWithAnd(tokens.get(j).text()) || !name
                        || head >= 0 && Clitics.hasArticle(tokens.get(j).text())) { // قطاع البتروكيماويات: a sector
                    continue;
                }
                at[j] = head < 0 ? place(j, j, 0) : place(i, j, head); // جبل طويقان: the noun is in the name
                out.add(at[j]);
            } else if (!at[j].is(LOC) || at[j].first() != j) {
                continue;
            } else if (head >= 0 && at[j].prefixLength() == 0) {
                // a listed place after a noun of its name (جبل طويقان): the noun joins it
                NameCandidate whole = place(i, at[j].last(), head);
                out.set(out.indexOf(at[j]), whole);
                Arrays.fill(at, i, whole.last() + 1, whole);
            }
            if (!isListNoun(noun)) {
                continue;
            }
            // أحياء الزهيرات والقرينية، والمشيرفة: each name joined by و, over a comma and over places already found
            int k = at[j].last() + 1;
            while (k < n) {
                if (tokens.get(k).is("،") || tokens.get(k).is(",")) {
                    k++;
                    continue;
                }
                if (at[k] != null) {
                    if (!at[k].is(LOC) || at[k].first() != k || at[k].prefixLength() != 1
                            || !Clitics.startsWithAnd(tokens.get(k).text())) {
                        break;
                    }
                } else if (Clitics.startsWithAnd(tokens.get(k).text()) && !beforeDefinite(tokens, k)
                        && (isName(tokens, k, blocked, 1) || isListedNoun(tokens, k, blocked))) {
                    at[k] = place(k, k, 1);
                    out.add(at[k]);
                } else {
                    break;
                }
                k = at[k].last() + 1;
            }
        }
        return out;
    }

    /**
     * A definite noun joined by و inside a list of places (أحياء الخالدية والبلد والجامعة): districts are often named
     * by common words.
     */
    private boolean isListedNoun(List<Token> tokens, int k, boolean[] blocked) {
        Token t = tokens.get(k);
        if (!t.isWord() || blocked[k] || !Clitics.hasArticleAt(t.text(), 1) || t.text().length() < 6) {
            return false;
        }
        String word = Clitics.afterProclitic(t.text()); // the caller has seen the و
        String c = wordClass.apply(word);
        // a noun, an adjective or a listed name (البديع is a person's name too); not التي, a verb or a particle
        return (c.startsWith("DTNN") || c.startsWith("DTJJ") || c.startsWith("G") || NAME_CLASSES.contains(c))
                && !hasPronoun(word);
    }

    /**
     * Whether a definite word follows token {@code k}: then the member is a phrase (والمدن الأخرى, ومتنزه السودة), not
     * one more name of the list, and the list has ended.
     */
    private static boolean beforeDefinite(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).isWord() && Clitics.hasArticle(tokens.get(k + 1).text());
    }

    private static boolean hasPronoun(String word) {
        return word.endsWith("ها") || word.endsWith("هم") || word.endsWith("هما") || word.endsWith("كم");
    }

    /**
     * A common noun without the article that a word of place-sequels.tsv follows, no mention over either: منطقة عتمة
     * التابعة (the treebank's عتمة is "darkness"). Never an adjective, a present verb or a word of the sequels.
     */
    private boolean isNameBySequel(List<Token> tokens, int j, boolean[] blocked, NameCandidate[] at) {
        if (j + 1 >= tokens.size() || at[j + 1] != null || !sequels.contains(tokens.get(j + 1).text())) {
            return false;
        }
        Token t = tokens.get(j);
        String word = t.text();
        if (!t.isWord() || blocked[j] || word.length() < 3 || word.startsWith("ال") || hasPronoun(word)
                || sequels.contains(word)) {
            return false;
        }
        for (Clitics.Reading r : t.readings()) {
            if (sequels.contains(r.stem()) || placeNoun.test(t)
                    || r.prefixLength() > 0 && !wordClass.apply(r.stem()).equals(WordClasses.UNKNOWN)) {
                return false; // بشمال شرق, أحياء منطقة وسط: a proclitic and a known word, or a noun of places
            }
        }
        String c = wordClass.apply(word);
        // a past verb's form too (منطقة حرض التابعة, ولاية بارا); a present verb is the clause's (مدينة تقع شمال)
        return c.equals("NN") || c.equals("NNS") || c.equals("VBD") || NAME_CLASSES.contains(c);
    }

    private static NameCandidate place(int first, int last, int prefix) {
        return new NameCandidate(LOC, first, last, prefix, Source.PATTERN, null, null);
    }

    /** Whether token {@code i}, after {@code prefix} chars of proclitics, reads as a name (at least three letters). */
    private boolean isName(List<Token> tokens, int i, boolean[] blocked, int prefix) {
        Token t = tokens.get(i);
        if (!t.isWord() || blocked[i] || t.text().length() - prefix < 3) {
            return false;
        }
        String word = t.text().substring(prefix);
        if (hasPronoun(word)) {
            return false; // مناطق سكنها: a noun with its pronoun (a listed أبها is found by the lists)
        }
        return !(prefix == 0 && Clitics.withoutArticle(word).length() < 3) && NAME_CLASSES.contains(wordClass.apply(word));
    }

    /**
     * A noun with the article is not in construct with a name after it: المدينة الجديدة, العاصمة النرويجية (the
     * adjective); the name follows the noun without it (مدينة أبها, بمنطقة عسير).
     */
    private static boolean definite(Token t) {
        // the nouns are listed without the article, so a reading that starts with it is the noun with it (بالمدينة)
        return t.readings().stream().anyMatch(r -> Clitics.hasArticle(r.stem()));
    }

    private boolean isListNoun(Token t) {
        for (Clitics.Reading r : t.readings()) {
            if (listNouns.contains(r.stem()) || listNouns.contains(Clitics.withoutArticle(r.stem()))) {
                return true;
            }
        }
        return false;
    }
}
