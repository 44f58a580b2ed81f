package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.util.ArrayList;
import java.util.List;

import static dev.khabar.ner.EntityType.PERS;

/**
 * Foreign names of two words that neither the model nor the name lists know ({@code ناجينا شوذري}, {@code كارلس
 * بيول}), found as a reader finds them, by what stands around them: a title or role before them, with the nationality
 * adjectives after it ({@code المؤرخ الفني الألماني أوتي البسهاوزن}), or a nationality adjective alone ({@code العالمين
 * الأستراليين باري مارشال}); a role noun after them that governs the next word ({@code كارلس بيول لاعب برشلونة}); or
 * the surname standing alone elsewhere in the article ({@code شوذري طلبت مكانا}). A second name joined by و to a cued
 * one is a person too ({@code باري مارشال وروبين وارن}). Immutable and thread-safe.
 */
final class CuedPersons {
    /** How many adjectives may stand between a title and the name (المؤرخ الفني الألماني). */
    private static final int MAX_ADJECTIVES = 2;
    /** Treebank classes a word of a foreign name may have: unknown, proper nouns, listed names and places. */
    private static final java.util.Set<String> NAME_CLASSES =
            java.util.Set.of(WordClasses.UNKNOWN, "NNP", "NNPS", "GPERS", "GLOC");
    /** The shortest surname that counts when it recurs alone. */
    private static final int MIN_SURNAME_LETTERS = 4;
    /**
     * Words per generation of the {@link #isNameOrPlaceWord} cache: the test costs a dozen list lookups and may run
     * the model on the word alone, and nearly every word of an article gets it, most of them words seen before.
     */
    private static final int CACHED_WORDS = 20_000;

    private final CrfModel crf;
    private final OrgRules orgRules;
    private final CountryAdjectives adjectives;
    private final NerWordLists lists;
    private final WordCache<Boolean> nameOrPlaceWords = new WordCache<>(CACHED_WORDS);

    CuedPersons(CrfModel crf, OrgRules orgRules, CountryAdjectives adjectives, NerWordLists lists) {
        this.crf = crf;
        this.orgRules = orgRules;
        this.adjectives = adjectives;
        this.lists = lists;
    }

    /** The cued foreign names of the document, each of two words, none over a token the model tagged. */
    List<NameCandidate> find(List<Token> tokens, String[] tags, boolean[] blocked) {
        List<NameCandidate> out = new ArrayList<>();
        byte[] nameWords = new byte[tokens.size()]; // each token is the second word of a pair, then the first
        for (int i = 0; i + 1 < tokens.size(); i++) {
            // both readings need two plain words; the proclitic readings are looked up last, for the few cued pairs
            if (!isPlainWord(tokens, tags, blocked, i) || !isPlainWord(tokens, tags, blocked, i + 1)
                    || OrgRules.isDefinite(tokens.get(i).text())) {
                continue;
            }
            boolean names = isNameWord(tokens, tags, blocked, i, nameWords)
                    && isNameWord(tokens, tags, blocked, i + 1, nameWords);
            boolean cued = names ? cueBefore(tokens, i) || roleAfter(tokens, i + 2) || recursAlone(tokens, i)
                    : isNameSpelledAsPlaces(tokens, tags, blocked, i) && cueBefore(tokens, i);
            if (!cued || hasKnownStem(tokens.get(i)) || hasKnownStem(tokens.get(i + 1))) {
                continue;
            }
            out.add(new NameCandidate(PERS, i, i + 1, 0, Source.PATTERN, null, null));
            int next = i + 2;
            if (next + 1 < tokens.size() && Clitics.startsWithAnd(tokens.get(next).text())
                    && isJoinedName(tokens, tags, blocked, next)) {
                out.add(new NameCandidate(PERS, next, next + 1, 1, Source.PATTERN, null, null));
                next += 2;
            }
            i = next - 1;
        }
        return out;
    }

    /**
     * A word that may be part of a foreign name: tagged O, a word of the name classes that is no stop word, title,
     * trigger noun, listed place, country's adjective, nor a word with a proclitic or a pronoun attached that the
     * treebank knows without them. A word with the article only when the treebank knows it in no form (البسهاوزن).
     */
    private boolean isNameWord(List<Token> tokens, String[] tags, boolean[] blocked, int i) {
        return isPlainWord(tokens, tags, blocked, i) && isNameWord(tokens.get(i).text());
    }

    /** {@link #isNameWord}, asked once per token: {@code memo[i]} is 0 until asked, then 1 for yes and 2 for no. */
    private boolean isNameWord(List<Token> tokens, String[] tags, boolean[] blocked, int i, byte[] memo) {
        if (memo[i] == 0) {
            memo[i] = (byte) (isNameWord(tokens, tags, blocked, i) ? 1 : 2);
        }
        return memo[i] == 1;
    }

    /** A word no earlier pass took and the model tagged O. */
    private static boolean isPlainWord(List<Token> tokens, String[] tags, boolean[] blocked, int i) {
        return !blocked[i] && tags[i].equals("O") && tokens.get(i).isWord();
    }

    private boolean isNameWord(String w) {
        return !lists.placeNames.contains(w) && isNameOrPlaceWord(w);
    }

    /**
     * Two name words without the article of which one at least is a listed place: a name, after a title or a
     * nationality, when one of them is a Wikidata name token ({@code الأستراليين باري مارشال}: Bari and the Marshall
     * Islands, but باري is a given name too).
     */
    private boolean isNameSpelledAsPlaces(List<Token> tokens, String[] tags, boolean[] blocked, int i) {
        for (int k = i; k <= i + 1; k++) {
            String w = tokens.get(k).text();
            if (blocked[k] || !tags[k].equals("O") || !tokens.get(k).isWord() || OrgRules.isDefinite(w)
                    || !isNameOrPlaceWord(w)) {
                return false;
            }
        }
        return NameLexicon.isPersonToken(tokens.get(i).text()) || NameLexicon.isPersonToken(tokens.get(i + 1).text());
    }

    /** {@link #isNameWord}, a listed place allowed; a function of the word alone, so cached. */
    private boolean isNameOrPlaceWord(String w) {
        Boolean known = nameOrPlaceWords.get(w);
        if (known == null) {
            known = readsAsNameOrPlaceWord(w);
            nameOrPlaceWords.put(w, known);
        }
        return known;
    }

    private boolean readsAsNameOrPlaceWord(String w) {
        if (w.length() < 3 || orgRules.isStopWord(w) || orgRules.isPersonTitle(w)
                || orgRules.isTrigger(w) || adjectives.isAdjectiveOfCountry(w)
                || PersonNameParts.hasPronounSuffix(w)) {
            return false;
        }
        String wordClass = crf.wordClass(w);
        if (wordClass.equals(WordClasses.UNKNOWN)) {
            return isUnknownName(w);
        }
        if (OrgRules.isDefinite(w) || !crf.knowsAsWritten(w)) {
            return false; // a word the treebank knows behind a proclitic or the article
        }
        return NAME_CLASSES.contains(wordClass) && (!wordClass.equals("GLOC") || NameLexicon.isPersonToken(w)
                || lists.placeNames.contains(w));
    }

    /**
     * A word the treebank does not know that may be a foreign name: not the shape of a verb or noun with a suffix
     * (نفاه, يصابون), not a nisba with the article (التأهيلي), and one the model reads as a name when it reads it
     * alone, as it does unknown foreign names and not the ordinary words it has seen in other forms.
     */
    private boolean isUnknownName(String w) {
        if (w.endsWith("ه") || w.endsWith("ون") || w.endsWith("تين") || Clitics.hasLamArticle(w)
                || OrgRules.isDefinite(w) && (OrgRules.isNisba(w) || WordForms.hasMimAfterArticle(w) || w.endsWith("ات"))) {
            return false;
        }
        if (!NameLexicon.isPersonToken(w) && (startsLikeVerb(w) || w.endsWith("نا") && w.length() < 6 || w.endsWith("ك"))) {
            return false; // سيزور, يغشى, قابلنا, يراك: a Wikidata name token only (يوليوس, مارك)
        }
        return !crf.tag(List.of(w)).get(0).equals("O");
    }

    /**
     * The prefix of the imperfect (يـ, تـ), alone or after the future prefix, ل or the conjunction ف (سيـ, ليـ, فتـ);
     * not after و, which begins foreign names (ويليام).
     */
    private static boolean startsLikeVerb(String w) {
        if (startsWithImperfect(w, 0)) {
            return true;
        }
        char c = w.isEmpty() ? 0 : w.charAt(0);
        boolean clitic = c == Clitics.futurePrefix() || c == Clitics.LAM || Clitics.isConjunction(c) && c != Clitics.AND;
        return clitic && startsWithImperfect(w, 1);
    }

    private static boolean startsWithImperfect(String w, int from) {
        return w.startsWith("ي", from) || w.startsWith("ت", from);
    }

    /**
     * Whether the word reads as a proclitic before a word the treebank or the titles know (للواء, وكامبوسيا): the
     * name would begin at the stem, if at all. Not a Wikidata name token of four letters or more as written (باري; not بلا).
     */
    private boolean hasKnownStem(Token t) {
        if (Clitics.startsWithAnd(t.text())) {
            return true;
        }
        if (t.text().length() >= 4 && NameLexicon.isPersonToken(t.text())) {
            return false; // باري is a name, not ب + اري
        }
        for (Clitics.Reading r : t.readings()) {
            if (r.prefixLength() > 0 && (crf.knowsAsWritten(r.stem()) || orgRules.isPersonTitle(r.stem()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * و then two name words, the first read without the و (وروبين وارن); listed places among them when one is a
     * Wikidata name token, as for the cued name before it ({@link #isNameSpelledAsPlaces}: وارن is a town too).
     */
    private boolean isJoinedName(List<Token> tokens, String[] tags, boolean[] blocked, int i) {
        String bare = Clitics.afterProclitic(tokens.get(i).text());
        if (blocked[i] || !tags[i].equals("O") || !tokens.get(i).isWord() || OrgRules.isDefinite(bare)
                || !isPlainWord(tokens, tags, blocked, i + 1)) {
            return false;
        }
        String second = tokens.get(i + 1).text();
        if (isNameWord(bare) && isNameWord(second)) {
            return true;
        }
        return !OrgRules.isDefinite(second) && isNameOrPlaceWord(bare) && isNameOrPlaceWord(second)
                && (NameLexicon.isPersonToken(bare) || NameLexicon.isPersonToken(second));
    }

    /**
     * A title or role with the article right before token {@code i}, or before the nationality or other adjectives
     * that stand between ({@code المؤرخ الفني الألماني}); or a nationality adjective with the article alone, singular
     * or plural ({@code الأسترالي}, {@code الأستراليين}).
     */
    private boolean cueBefore(List<Token> tokens, int i) {
        int k = i - 1;
        int adjectivesSeen = 0;
        boolean nationality = false;
        while (k >= 0 && adjectivesSeen < MAX_ADJECTIVES && tokens.get(k).isWord() && isDefiniteAdjective(tokens.get(k).text())) {
            String w = tokens.get(k).text();
            nationality |= adjectives.isAdjectiveOfCountry(w) || adjectives.isPluralDemonym(w);
            adjectivesSeen++;
            k--;
        }
        if (nationality) {
            return true;
        }
        if (k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        String title = tokens.get(k).text();
        String bare = Clitics.withoutConjunction(title);
        return OrgRules.isDefinite(bare) && orgRules.isPersonTitle(bare) && !orgRules.isRoyalTitle(bare);
    }

    /** A definite adjective: a nisba (الفني, الألماني, الأستراليين) or what the treebank calls one. */
    private boolean isDefiniteAdjective(String w) {
        return OrgRules.isDefinite(w) && (OrgRules.isNisba(w) || adjectives.isPluralDemonym(w)
                || crf.wordClass(w).equals("DTJJ"));
    }

    /**
     * An indefinite role or office at token {@code j} that governs the word after it ({@code لاعب برشلونة},
     * {@code أمين عام}): the name before it is the person who holds it.
     */
    private boolean roleAfter(List<Token> tokens, int j) {
        return isRoleAt(orgRules, tokens, j);
    }

    /** An indefinite title at token {@code j} that governs the word after it ({@code لاعب برشلونة}, {@code أمين عام}). */
    static boolean isRoleAt(OrgRules orgRules, List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).isWord() || !tokens.get(j + 1).isWord()) {
            return false;
        }
        String w = tokens.get(j).text();
        return !OrgRules.isDefinite(w) && !Clitics.startsWithAnd(w) && orgRules.isPersonTitle(w)
                && !orgRules.isStopWord(tokens.get(j + 1).text());
    }

    /**
     * Whether the second word, unknown to the treebank as the first is, stands alone elsewhere in the article
     * ({@code ناجينا شوذري} … {@code أن شوذري}): a surname, by which news names the person again.
     */
    private boolean recursAlone(List<Token> tokens, int i) {
        String given = tokens.get(i).text();
        String surname = tokens.get(i + 1).text();
        if (surname.length() < MIN_SURNAME_LETTERS || OrgRules.isDefinite(surname)
                || !crf.wordClass(surname).equals(WordClasses.UNKNOWN) || !crf.wordClass(given).equals(WordClasses.UNKNOWN)) {
            return false;
        }
        int alone = 0; // the surname's uses less its uses after the given name; counted only here, as few pairs get here
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).text().equals(surname)) {
                alone += j > 0 && tokens.get(j - 1).text().equals(given) ? 0 : 1;
            }
        }
        return alone > 0;
    }
}
