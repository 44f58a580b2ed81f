package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Nationality adjectives ({@code knowledge/demonyms.tsv}): the country of an organization whose name holds one
 * ({@code وزارة الخارجية المغربية} → MA), and the adjective reading of a form that is also a country's name
 * ({@code الحكومة السعودية}: the Saudi government, no place). A form two countries share ({@code الكورية}) gives
 * neither. Immutable.
 */
final class Demonyms {
    static final String RESOURCE = "knowledge/demonyms.tsv";
    private static final String AMBIGUOUS = "";

    private final Map<String, String> countryByForm = new HashMap<>();

    Demonyms() {
        for (NerData.Row row : NerData.rows(RESOURCE)) {
            String cc = row.field(0);
            for (String form : row.field(1).split("\\|")) {
                String old = countryByForm.putIfAbsent(form, cc);
                if (old != null && !old.equals(cc)) {
                    countryByForm.put(form, AMBIGUOUS);
                }
            }
        }
    }

    /** The country of the normalized word as a nationality adjective, or null. */
    String country(String word) {
        String cc = countryByForm.get(word);
        return cc == null || cc.isEmpty() ? null : cc;
    }

    /**
     * The country a nationality adjective in tokens {@code (first, last]} gives, the last one winning
     * ({@code الاتحاد السعودي لكرة القدم} → SA); null when none. The first word is the name's head, not an adjective.
     */
    String countryOfName(List<Token> tokens, int first, int last) {
        for (int k = last; k > first; k--) {
            String cc = country(tokens.get(k).text());
            if (cc != null) {
                return cc;
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code i}, a nationality adjective that is also a place's name ({@code السعودية}), is the
     * adjective: it carries no proclitic and follows a definite noun or adjective it can agree with. A feminine or
     * plural ending agrees at once ({@code الحكومة السعودية}, {@code للسلطات السعودية}); so does an adjective before it
     * ({@code الحملة الوطنية السعودية}) and a broken plural, which the treebank's classes do not tell from a masculine
     * singular ({@code سوق الأسهم السعودية}, {@code الحدود السعودية}): such a noun counts unless a verb stands before it,
     * where it is the subject and the country the object ({@code وزار الوزير السعودية}). {@code wordClass} gives the
     * treebank class (إلى is الي once normalized, a particle).
     */
    boolean isAdjectiveAt(List<Token> tokens, int i, Function<String, String> wordClass) {
        Token t = tokens.get(i);
        if (i == 0 || !t.isWord() || !Clitics.hasArticle(t.text()) || country(t.text()) == null) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (!before.isWord()) {
            return false;
        }
        for (Clitics.Reading r : before.readings()) {
            String stem = r.stem();
            if (!Clitics.hasArticle(stem)) {
                continue;
            }
            String c = wordClass.apply(stem);
            boolean feminine = stem.endsWith("ه") || stem.endsWith("ات") || stem.endsWith("ي");
            if (feminine && COMMON_NOUNS.contains(c)
                    || c.startsWith("DTJJ") && !isMasculineDemonym(stem) && !stem.equals("العربيه")
                    || COMMON_NOUNS.contains(c) && !afterVerb(tokens, i - 1, wordClass)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> COMMON_NOUNS = java.util.Set.of("DTNN", "DTNNS", "NN", "NNS");

    /** السعودي before السعودية (a heading's last word): the two do not agree, so the second starts anew. */
    private boolean isMasculineDemonym(String stem) {
        return country(stem) != null && !stem.endsWith("ه");
    }

    private static boolean afterVerb(List<Token> tokens, int noun, Function<String, String> wordClass) {
        if (noun == 0 || !tokens.get(noun - 1).isWord()) {
            return false;
        }
        for (Clitics.Reading r : tokens.get(noun - 1).readings()) {
            if (wordClass.apply(r.stem()).startsWith("V")) {
                return true;
            }
        }
        return false;
    }
}
