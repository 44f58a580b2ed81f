package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.List;

/**
 * A person's name after a royal title inside an organization's name ({@code مستشفى الملك فهد}, {@code جامعة الأمير
 * سلطان بن عبدالعزيز}, {@code مؤسسة الشيخ زايد آل نهيان}): the chain takes it whole. Immutable and thread-safe.
 */
final class PersonAfterTitle {
    private final OrgWords words;

    PersonAfterTitle(OrgWords words) {
        this.words = words;
    }

    /**
     * The last token of a person's name after a royal title at {@code title}, or {@code title} when no name
     * follows; never past token {@code limit}.
     */
    int end(List<Token> tokens, int title, boolean[] blocked, int limit) {
        String w = tokens.get(title).text();
        if (!words.isRoyalTitle(w) || title + 1 > limit || !isNameWord(tokens, title + 1, blocked)) {
            return title;
        }
        int last = nameEnd(tokens, title + 1, blocked, limit); // the given name, then بن / آل and a name, as often as they come
        while (last + 2 <= limit && words.isParticle(tokens.get(last + 1)) && isNameWord(tokens, last + 2, blocked)) {
            last = nameEnd(tokens, last + 2, blocked, limit);
        }
        return last;
    }

    /** The last token of the name word at {@code j}: عبد العزيز and أبو بكر are written apart but one name. */
    private int nameEnd(List<Token> tokens, int j, boolean[] blocked, int limit) {
        boolean compound = words.isCompoundHead(tokens.get(j));
        return compound && j + 1 <= limit && tokens.get(j + 1).isWord() && !blocked[j + 1] ? j + 1 : j;
    }

    /** A word that may be part of a person's name: no article, no trigger noun, title or stop word. */
    private boolean isNameWord(List<Token> tokens, int j, boolean[] blocked) {
        Token t = tokens.get(j);
        String w = t.text();
        return t.isWord() && !blocked[j] && !OrgWords.isDefinite(w) && !words.isStop(w) && words.trigger(t) == null
                && !words.isOffice(w) && !Clitics.startsWithAnd(w) && !Clitics.startsWith(w, Clitics.LAM);
    }
}
