package dev.khabar.ner;

import dev.khabar.tokenize.Token;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where an organization's chain ({@link OrgChain}) goes on or stops at a word that its own tests would read the
 * other way: a name's field after the name (شركة بنده للتجزئة goes on), the next body of a list (ووزارة الصحة), a plural
 * object after a definite head (ودعا المجلس الحكومات) and a noun with its pronoun (نادي عملها) stop it. Immutable.
 */
final class ChainLimits {
    private final OrgWords words;
    private final Predicate<String> commonNoun;
    private final Function<String, String> wordClass;

    ChainLimits(OrgWords words, Predicate<String> commonNoun, Function<String, String> wordClass) {
        this.words = words;
        this.commonNoun = commonNoun;
        this.wordClass = wordClass;
    }

    /**
     * The field of a body named after a name or a person (شركة بنده للتجزئة, مركز جدة الدولي للمعارض, مؤسسة الملك
     * عبدالله العالمية للأعمال الإنسانية): ل + article at {@code j}, not persons something is given to (للحاصلين على,
     * a sound plural in ين), no listed name (للأمم المتحدة: a body of its own) and no preposition or relative after it,
     * which make it the verb's (للتعاقد مع, للثقة التي).
     */
    boolean isFieldAfterName(List<Token> tokens, int j, boolean[] blocked, boolean[] properNoun) {
        String w = tokens.get(j).text();
        if (!w.startsWith("لل") || w.length() < 5 || w.endsWith("ين") || blocked[j] || properNoun[j]) {
            return false;
        }
        if (j + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(j + 1);
        return !blocked[j + 1] && !(next.isWord() && (words.isPreposition(next.text()) || words.isRelative(next.text())));
    }

    /**
     * A definite word after a name's field that is no adjective of it (مركز جدة الدولي للكمبيوتر الرعاة): the next
     * phrase. Adjectives (للصناعات الثقيلة, للتنمية الزراعية) and a coordinated field (والمؤتمرات) go on.
     */
    boolean isNounAfterField(String w) {
        return OrgWords.isDefinite(w) && !OrgWords.isNisba(w) && !wordClass.apply(w).startsWith("DTJJ");
    }

    /** و and a trigger noun without the article (ووزارة الصحة, وإذاعة الرياض): the next body of a list begins. */
    boolean isTriggerAfterWa(Token t) {
        OrgWords.TriggerReading inner = words.trigger(t);
        return inner != null && inner.prefixLength() == 1 && !inner.definite();
    }

    /**
     * A definite plural noun right after a definite head (ودعا المجلس الحكومات والبرلمانات): no adjective of a singular
     * body is plural, so it is the verb's object. A nisba or a listed name ({@code properNoun}) is none.
     */
    boolean isPluralObject(String w, boolean properNoun) {
        return OrgWords.isDefinite(w) && !properNoun && !OrgWords.isNisba(w) && !OrgWords.isPluralNisba(w)
                && w.length() >= 6 && (w.endsWith("ات") || w.endsWith("ين")) && commonNoun.test(w);
    }

    /**
     * عملها, قرارهم: a word the treebank does not hold only because a pronoun is attached to a noun it knows; no
     * body's own name (إدارة نادي عملها: "its work").
     */
    boolean isNounWithPronoun(String w) {
        for (String pronoun : words.pronounSuffixes()) {
            int stem = w.length() - pronoun.length();
            if (w.endsWith(pronoun) && stem >= 2
                    && !wordClass.apply(w.substring(0, stem)).equals(WordClasses.UNKNOWN)) {
                return true;
            }
        }
        return false;
    }
}
