package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a name as the stage reads them: which proclitics its first word carries ({@code بجنيف} → {@code جنيف}),
 * the word after them, and the name's words joined.
 */
final class NameWords {
    private final Set<String> knownNames;
    private final Set<String> placeNames;
    private final Set<String> locationTriggers;

    NameWords(NerWordLists lists) {
        this.knownNames = lists.knownNames;
        this.placeNames = lists.placeNames;
        this.locationTriggers = lists.locationTriggers;
    }

    /** How many chars of proclitics the first word of a name carries (0 when the word is itself a name). */
    int procliticLength(Token token, Set<String> standalone) {
        String word = token.text();
        if (knownNames.contains(word)
                && !(Clitics.startsWithAnd(word) && placeNames.contains(Clitics.afterProclitic(word)))) {
            return 0; // وهران is a name; وجدة is more often "and Jeddah" than the Moroccan city
        }
        List<Clitics.Reading> readings = nameReadings(token);
        for (Clitics.Reading r : readings) {
            if (r.prefixLength() > 0 && (knownNames.contains(r.stem()) || locationTriggers.contains(r.stem())
                    || standalone.contains(r.stem()))) {
                return r.prefixLength();
            }
        }
        for (Clitics.Reading r : token.readings()) {
            if (r.prefixLength() > 0 && Clitics.hasArticle(r.stem()) && knownNames.contains(r.stem())) {
                return r.prefixLength(); // كالإمارات: ك before the article and a known name
            }
        }
        for (Clitics.Reading r : readings) {
            if (r.prefixLength() > 0 && Clitics.hasArticle(r.stem()) && !Clitics.hasArticle(word)) {
                return r.prefixLength();
            }
        }
        return 0;
    }

    /**
     * The readings of a token that may begin a name, but not with ك ("like"): rare before a name in news, while names
     * that begin with ك are many (كوفي، كلاوس، كريم), and كلاوس is not ك + لاوس.
     */
    static List<Clitics.Reading> nameReadings(Token token) {
        String word = token.text();
        int kaf = word.indexOf(Clitics.KAF);
        if (kaf < 0 || kaf > 1) {
            return token.readings(); // no ك where a proclitic can be (a prefix has at most two letters)
        }
        List<Clitics.Reading> out = new ArrayList<>(token.readings().size());
        for (Clitics.Reading r : token.readings()) {
            if (word.lastIndexOf(Clitics.KAF, r.prefixLength() - 1) < 0) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The word after its first {@code prefixLength} chars of proclitics, as the tokenizer reads it: with the article
     * restored after لل ({@code للسعودية} → {@code السعوديه}).
     */
    static String stemAfter(Token word, int prefixLength) {
        for (Clitics.Reading r : word.readings()) {
            if (r.prefixLength() == prefixLength) {
                return r.stem();
            }
        }
        return word.text().substring(prefixLength);
    }

    /** The mention's words as the tokenizer wrote them, joined by one space. */
    static String words(List<Token> tokens, NameCandidate f) {
        StringBuilder b = new StringBuilder(tokens.get(f.first()).text());
        for (int k = f.first() + 1; k <= f.last(); k++) {
            b.append(' ').append(tokens.get(k).text());
        }
        return b.toString();
    }
}
