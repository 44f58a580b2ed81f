package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Organization names found by their shape rather than by name: a trigger noun with its construct chain
 * ({@code org-triggers.tsv}, {@link OrgChain}), a name in «» after such a noun or headed by one, and the next name of
 * a «» list ({@link QuotedOrgs}). Works on the normalized tokens; {@code properNoun[i]} says whether the model or the
 * gazetteer took token i for a name. Immutable and thread-safe; linear in the text (a chain is at most
 * {@value #MAX_NAME_WORDS} words).
 */
final class OrgRules {

    /**
     * How a trigger noun may start a name by itself: NO, YES, NISBA (with the article one nisba is enough), DEFINITE
     * (only with the article and a ل-phrase: الرئاسة العامة للأرصاد, where رئاسة alone is a verbal noun, برئاسة),
     * STRICT (only with the article, a nisba right after it and a ل-phrase: الجماعة السلفية للدعوة والقتال, where
     * جماعة مسلحة is any armed group).
     */
    enum Chain { NO, YES, NISBA, DEFINITE, STRICT }

    /** A found name: tokens {@code [first, last]}, and the proclitic chars on the first token. */
    record Span(int first, int last, int prefixLength) {
    }

    /**
     * Longest chain, in tokens, trigger included: real names are rarely longer (الاتحاد الدولي لجمعيات الصليب الأحمر
     * والهلال الأحمر has 7), and without a bound a trigger repeated over a text (مجلس مجلس …) starts a chain at each
     * token that runs to the end of the text.
     */
    static final int MAX_NAME_WORDS = 12;

    private final OrgWords words;
    private final OrgChain chain;
    private final QuotedOrgs quoted;

    /**
     * {@code commonNoun}: a word the model's word classes know as a common noun; {@code wordClass}: its treebank
     * class; {@code place}: a listed one-word place or a noun of places (normalized, no proclitic).
     */
    OrgRules(ArabicNormalizer normalizer, Predicate<String> commonNoun, Function<String, String> wordClass,
             Predicate<String> place) {
        this.words = new OrgWords(normalizer);
        this.chain = new OrgChain(words, commonNoun, wordClass, place);
        this.quoted = new QuotedOrgs(words);
    }

    /** True when the word (proclitics allowed) is a trigger noun, with or without the article. */
    boolean isTrigger(String word) {
        return words.trigger(word) != null;
    }

    /**
     * The names in {@code doc}'s tokens; a step along a chain is a unit of {@link Document#work}. {@code personStart[i]}
     * says whether the model begins a person at token i.
     */
    List<Span> find(Document doc, List<Token> tokens, boolean[] properNoun, boolean[] personStart,
                     boolean[] blocked) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || blocked[i]) {
                continue;
            }
            OrgWords.TriggerReading tr = words.trigger(t);
            if (tr != null && tr.trigger().chain() != Chain.NO) {
                int last = chain.end(doc, tokens, i, tr, properNoun, personStart, blocked);
                if (last > i && !words.isGeneric(tokens, i, last, tr.prefixLength())) {
                    out.add(new Span(i, last, tr.prefixLength()));
                }
            }
        }
        quoted.find(tokens, blocked, out);
        return out;
    }

    /** A trigger noun of {@code brand-triggers.tsv} (no article, no proclitic): a company's or a club's. */
    boolean isBrandTrigger(String noun) {
        return words.isBrandTrigger(noun);
    }

    /** A royal title with the article: الملك, الأمير. */
    boolean isRoyalTitle(String word) {
        return words.isRoyalTitle(word);
    }

    /**
     * A word that stands before a person's name and is not part of it: an office, an honorific, a royal title or a
     * role ({@code الوزير}, {@code الدكتور}, {@code الأمير}, {@code اللاعب}), with or without the article, و or ف.
     */
    boolean isPersonTitle(String w) {
        return words.isPersonTitle(w);
    }

    /** A stop word of {@code name-stops.tsv} (also with و, ف or as ل + ال): no name runs over it. */
    boolean isStopWord(String w) {
        return words.isStop(w);
    }

    static boolean isDefinite(String w) {
        return OrgWords.isDefinite(w);
    }

    /** An adjective of relation: الإسرائيلي, العالمية (normalized العالميه), the nisba that makes a name distinct. */
    static boolean isNisba(String w) {
        return OrgWords.isNisba(w);
    }
}
