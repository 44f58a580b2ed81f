package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Organizations listed after a plural or dual noun of {@code org-list-nouns.tsv}: {@code شركتا زيلانكو وفيرمار},
 * {@code أسهم شركات المراعي، والتعمير وجرير للتسويق}; each name after the first comes with و, a comma before it
 * allowed. Each name is at most {@value #MAX_NAME_WORDS} words: its first
 * word, then a nisba adjective ({@code الخدمات الأرضية}), a ل-phrase with the article ({@code ملاذ للتأمين}) or, after
 * an indefinite first word, a definite noun ({@code دار الأركان}). A list of one name is none. Immutable and
 * thread-safe; linear in the text.
 */
final class OrgLists {
    private static final int MAX_NAME_WORDS = 3;
    private static final Set<String> COMMAS = Set.of(",", "،");

    private final Set<String> duals = new HashSet<>();
    private final Set<String> plurals = new HashSet<>();
    private final Set<String> shares = new HashSet<>();
    private final OrgRules orgRules;
    /** The treebank class of a word: a comparative or an adjective (DTJJ, DTJJR) is no genitive of a name. */
    private final Function<String, String> wordClass;
    /** A word the treebank knows as written as a verb: it ends the list. */
    private final Predicate<String> verb;

    OrgLists(ArabicNormalizer normalizer, OrgRules orgRules, Function<String, String> wordClass,
             Predicate<String> verb) {
        this.orgRules = orgRules;
        this.wordClass = wordClass;
        this.verb = verb;
        for (NerData.Row row : NerData.rows("org-list-nouns.tsv")) {
            String noun = normalizer.normalizeWord(row.field(0));
            switch (row.field(1)) {
                case "list" -> duals.add(noun);
                case "share" -> plurals.add(noun);
                case "shares" -> shares.add(noun);
                default -> throw row.error("KIND must be list, share or shares");
            }
        }
    }

    /** The listed names, rule {@code Source.PATTERN}. */
    List<OrgRules.Span> find(List<Token> tokens, boolean[] blocked) {
        List<OrgRules.Span> out = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (blocked[i] || !(NerWordLists.isNounOf(duals, tokens.get(i))
                    || NerWordLists.isNounOf(plurals, tokens.get(i)) && i > 0
                    && NerWordLists.isNounOf(shares, tokens.get(i - 1)))) {
                continue;
            }
            List<OrgRules.Span> names = new ArrayList<>();
            int j = i + 1;
            int prefix = 0;
            while (j < tokens.size()) {
                int last = nameEnd(tokens, blocked, j, prefix);
                if (last < 0) {
                    break;
                }
                names.add(new OrgRules.Span(j, last, prefix));
                j = last + 1;
                while (j < tokens.size() && COMMAS.contains(tokens.get(j).text())) {
                    j++;
                }
                if (j >= tokens.size() || !startsWithAnd(tokens.get(j))) {
                    break; // the next name comes with و (، والإنماء); a comma alone may end the list (، حسب البيان)
                }
                prefix = 1;
            }
            if (names.size() >= 2) {
                out.addAll(names);
                i = names.get(names.size() - 1).last();
            }
        }
        return out;
    }

    /** The last token of a listed name that starts at {@code j} (after {@code prefix} chars of و), or -1. */
    private int nameEnd(List<Token> tokens, boolean[] blocked, int j, int prefix) {
        if (!isNameStart(tokens, blocked, j, prefix)) {
            return -1;
        }
        String first = tokens.get(j).text().substring(prefix);
        int last = j;
        for (int k = j + 1; k < tokens.size() && k < j + MAX_NAME_WORDS; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (!t.isWord() || blocked[k] || orgRules.isStopWord(w) || verb.test(w)) {
                break;
            }
            boolean nisba = OrgRules.isDefinite(w) && OrgRules.isNisba(w);
            boolean lamPhrase = Clitics.hasLamArticle(w) && w.length() > 4;
            boolean genitive = k == j + 1 && !OrgRules.isDefinite(first) && OrgRules.isDefinite(w)
                    && !wordClass.apply(w).startsWith("DTJJ");
            if (!(nisba || lamPhrase || genitive)) {
                break;
            }
            last = k;
        }
        return last;
    }

    private boolean isNameStart(List<Token> tokens, boolean[] blocked, int j, int prefix) {
        Token t = tokens.get(j);
        String w = t.text().substring(prefix);
        return t.isWord() && !blocked[j] && w.length() >= 2 && !orgRules.isStopWord(w) && !verb.test(w)
                && !orgRules.isTrigger(w) && !Clitics.hasLamArticle(w);
    }

    private static boolean startsWithAnd(Token t) {
        return t.isWord() && t.text().length() > 2 && Clitics.startsWithAnd(t.text());
    }
}
