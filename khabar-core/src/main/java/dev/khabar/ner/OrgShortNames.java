package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import static dev.khabar.ner.EntityType.ORG;
import static dev.khabar.ner.EntityType.PERS;

/**
 * The short names of a document's organizations: the name after the trigger noun of {@code شركة انرون الأمريكية}
 * ({@code انرون}) or {@code نادي الخليج} ({@code الخليج}) is how the article names that organization later, bare
 * ({@code وقال رئيس انرون}), where the model, reading the word in its sentence alone, takes it for a person or a
 * place. The document pass ({@link DocumentPass}) makes those later mentions the organization's. A name of several
 * words also gives its last word ({@code شركة ارثر اندرسون} → {@code اندرسون}), as a company named after a person is
 * called by the family name.
 * <p>
 * Only what is surely a name is taken: words the treebank does not know as common words, or one definite word the
 * model or a list takes for a name ({@code الخليج}); never a royal title and its person (جامعة الملك سعود), never a
 * name the model reads as a person's inside the organization (مؤسسة جيتس, whose جيتس is Bill Gates) unless the noun
 * is a company's or a club's ({@code brand-triggers.tsv}: شركة ارثر اندرسون is the firm, later {@code اندرسون}). A listed place is a short name only after a club's noun
 * in a sports report ({@code نادي الخليج}): after any other noun the place keeps its own name ({@code جامعة القاهرة}
 * does not make {@code القاهرة} a university). Immutable and thread-safe.
 */
final class OrgShortNames {

    private final OrgRules orgRules;
    /** Whether the treebank does not know a word as a common word (UNK, NNP, a listed name). */
    private final Predicate<String> nameWord;
    /** Trigger nouns of clubs (words of sports-words.tsv): their place-named clubs go by the place's name. */
    private final Predicate<Token> clubNoun;

    OrgShortNames(OrgRules orgRules, Predicate<String> nameWord, Predicate<Token> clubNoun) {
        this.orgRules = orgRules;
        this.nameWord = nameWord;
        this.clubNoun = clubNoun;
    }

    /**
     * The short names of the organizations of {@code found} that the rules or the lists found, as ORG mentions over
     * the name's tokens (inside the organization; they are keys for the document pass, not mentions).
     *
     * @param tags       the model's tags
     * @param properNoun whether the model or a list took token i for a name
     * @param place      whether a listed place starts at token i
     * @param sportsText whether the document is a sports report
     */
    List<NameCandidate> of(List<Token> tokens, List<NameCandidate> found, String[] tags,
                                boolean[] properNoun,
                                IntPredicate place, boolean sportsText) {
        List<NameCandidate> out = new ArrayList<>();
        for (NameCandidate f : found) {
            if (!f.is(ORG) || f.source() == Source.CRF || f.sameAs() != null || f.first() == f.last()) {
                continue;
            }
            Token head = tokens.get(f.first());
            String stem = head.text().substring(f.prefixLength());
            if (Clitics.withoutArticle(stem).length() != stem.length() || !orgRules.isTrigger(stem)) {
                continue; // a definite head (الاتحاد الأوروبي) is itself the name's first word
            }
            int first = f.first() + 1;
            int last = nameEnd(tokens, first, f.last(), properNoun);
            boolean honoursPerson = hasPerson(tags, first, last) && !orgRules.isBrandTrigger(stem);
            if (last < first || honoursPerson || place.test(first) && !(sportsText && clubNoun.test(head))) {
                continue;
            }
            out.add(new NameCandidate(ORG, first, last, 0, Source.PATTERN, null, null));
            if (last > first && !OrgRules.isDefinite(tokens.get(last).text())) {
                out.add(new NameCandidate(ORG, last, last, 0, Source.PATTERN, null, null));
            }
        }
        return out;
    }

    /** The last token of the name that starts at {@code first}, not past {@code limit}; {@code first - 1} if none. */
    private int nameEnd(List<Token> tokens, int first, int limit, boolean[] properNoun) {
        String w = tokens.get(first).text();
        if (OrgRules.isDefinite(w)) {
            // one definite name (نادي الخليج), not an adjective, a title or a common noun
            boolean name = properNoun[first] && !OrgRules.isNisba(w) && !orgRules.isPersonTitle(w)
                    && !orgRules.isTrigger(w);
            return name ? first : first - 1;
        }
        int last = first - 1;
        for (int k = first; k <= limit; k++) {
            String t = tokens.get(k).text();
            if (!tokens.get(k).isWord() || OrgRules.isDefinite(t) || Clitics.startsWithAnd(t) || !nameWord.test(t)
                    || orgRules.isPersonTitle(t) || orgRules.isStopWord(t) || orgRules.isTrigger(t)) {
                break;
            }
            last = k;
        }
        return last;
    }


    /** Whether the model tags a word of the name as a person's: مؤسسة جيتس is named after Bill Gates. */
    private static boolean hasPerson(String[] tags, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (PERS.tags(tags[k])) {
                return true;
            }
        }
        return false;
    }
}
