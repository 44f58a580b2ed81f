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
    private final Function<String, String> wordClass;
    /** A noun of places (place-nouns.tsv, normalized, no proclitic): مديرية is one, بورصة (Bursa) a place's name. */
    private final Predicate<String> placeNoun;

    /**
     * {@code commonNoun}: a word the model's word classes know as a common noun; {@code wordClass}: its treebank
     * class; {@code place}: a listed one-word place or a noun of places (normalized, no proclitic).
     */
    OrgRules(ArabicNormalizer normalizer, Predicate<String> commonNoun, Function<String, String> wordClass,
             Predicate<String> place, Predicate<String> placeNoun) {
        this.words = new OrgWords(normalizer);
        this.chain = new OrgChain(words, commonNoun, wordClass, place);
        this.quoted = new QuotedOrgs(words);
        this.wordClass = wordClass;
        this.placeNoun = placeNoun;
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
            if (tr != null && tr.trigger().chain() != Chain.NO && !isPlaceByName(tokens, i, tr)) {
                int last = chain.end(doc, tokens, i, tr, properNoun, personStart, blocked);
                if (last > i && !words.isGeneric(tokens, i, last, tr.prefixLength())) {
                    out.add(new Span(i, last, tr.prefixLength()));
                }
            } else if (tr != null && isChannelByAdjective(tokens, i, tr, blocked)) {
                out.add(new Span(i, i + 1, tr.prefixLength()));
            }
        }
        quoted.find(tokens, blocked, out);
        return out;
    }

    /**
     * A trigger that is also a noun of places (مديرية: a directorate, and a district in Yemen) followed by a name, not
     * a common word: مديرية أرحب is the district أرحب, مديرية الصحة and مديرية أمن سيناء are bodies.
     */
    private boolean isPlaceByName(List<Token> tokens, int i, OrgWords.TriggerReading tr) {
        if (tr.definite() || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()
                || !placeNoun.test(tokens.get(i).text().substring(tr.prefixLength()))) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        String c = wordClass.apply(next);
        return !isDefinite(next) && (c.equals(WordClasses.UNKNOWN) || c.startsWith("NNP") || c.equals("GLOC"));
    }

    /**
     * قناة الإخبارية, إذاعة العربية: a medium's noun that starts no chain of its own (قناة السويس is a canal), without
     * the article, and one definite nisba adjective after it that no definite word follows: the adjective is the
     * channel's name (a canal or a channel of contact takes a noun, قناة التواصل).
     */
    private boolean isChannelByAdjective(List<Token> tokens, int i, OrgWords.TriggerReading tr, boolean[] blocked) {
        if (tr.definite() || i + 1 >= tokens.size() || blocked[i + 1]
                || !words.isBrandTrigger(tokens.get(i).text().substring(tr.prefixLength()))) {
            return false;
        }
        String name = tokens.get(i + 1).text();
        if (!tokens.get(i + 1).isWord() || !OrgWords.isDefinite(name) || !OrgWords.isNisba(name)
                || !wordClass.apply(name).startsWith("DTJJ")) { // إذاعة الأغنية: broadcasting the song
            return false;
        }
        return i + 2 >= tokens.size() || !OrgWords.isDefinite(tokens.get(i + 2).text());
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
