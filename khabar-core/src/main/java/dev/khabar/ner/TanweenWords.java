package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.ORG;

/**
 * Words written with tanween (ً ٌ ٍ) in the original text: the ending of an indefinite common word (درعاً, باكراً,
 * شيطاناً, مَيِّتٌ), which news writes on adverbs and in quoted verse, and which a place's or a body's name does not take.
 * The model, reading the word without its marks, may take it for a name (باكراً read as ب + أكرا, Accra). A place or
 * an organization that begins with such a word is none; a rule's chain that runs on to one ends before it (وزارة
 * النقل وجارٍ الانتهاء), and the model's mention that holds one is dropped (قيادة وشعباً).
 * Persons are left as they are (classical names carry tanween: ابن فارسٍ). Stateless.
 */
final class TanweenWords {
    private TanweenWords() {
    }

    /** {@code found} without the places and organizations that begin with a word in tanween, cut before one inside. */
    static List<NameCandidate> apply(Document doc, List<Token> tokens, List<NameCandidate> found) {
        List<NameCandidate> out = new ArrayList<>(found.size());
        for (NameCandidate f : found) {
            if (!f.is(LOC) && !f.is(ORG)) {
                out.add(f);
                continue;
            }
            int k = f.first();
            while (k <= f.last() && !hasTanween(doc, tokens.get(k))) {
                k++;
            }
            if (k > f.last()) {
                out.add(f);
            } else if (k > f.first() && (f.source() == Source.PATTERN || f.source() == Source.GAZETTEER)) {
                // a rule's chain ran on past the name; the model's reading of a phrase in tanween is no name at all
                out.add(new NameCandidate(f.type(), f.first(), k - 1, f.prefixLength(), f.source(), f.canonical(),
                        f.sameAs()));
            }
        }
        return out;
    }

    private static boolean hasTanween(Document doc, Token t) {
        if (!t.isWord()) {
            return false;
        }
        // read the original chars in place: building the token's span for each word of each mention costs a string
        String original = doc.original();
        int from = doc.normalized().originalStart(t.start());
        int to = Math.max(from, doc.normalized().originalEnd(t.end()));
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') { // tanween marks, read in the original text
                return true;
            }
        }
        return false;
    }
}
