package dev.khabar.tools.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.TreeSet;

import static dev.khabar.tools.ner.KnowledgeFilters.arabicOnly;

/** {@code person-tokens.tsv}: Wikidata's Arabic person-name tokens that are no common word. */
final class PersonTokenList {
    private PersonTokenList() {
    }

    static void write(KnowledgeFilters filters, Path out) throws IOException {
        TreeSet<String> kept = new TreeSet<>();
        for (String token : filters.personTokens) {
            String c = filters.wordClasses.get(token);
            boolean proper = c != null && KnowledgeFilters.NAME_CLASSES.contains(c);
            boolean unknownWord = c == null && !filters.rank.containsKey(token);
            if (token.length() >= 3 && arabicOnly(token) && (proper || unknownWord)) {
                kept.add(token);
            }
        }
        try (PrintWriter w = KnowledgeBuilder.writer(out)) {
            w.print("""
                    # Person-name tokens: the Arabic tokens of Wikidata's person labels (CC0 1.0; aligned by
                    # steveash/NETransliteration-COLING2018), normalized, without common words: a token is kept when the
                    # Arabic Treebank knows it as a proper noun (word-classes.tsv), or when neither the treebank nor the
                    # 50,000 most frequent words of hermitdave/FrequencyWords (CC BY-SA 4.0) hold it; at least three
                    # letters. Read by NameLexicon. Written by KnowledgeBuilder (see its comment); do not edit by hand.
                    # FORMAT: NORMALIZED TOKEN
                    # EXAMPLE: موغيريني
                    """);
            kept.forEach(t -> w.print(t + "\n"));
        }
        System.out.println(kept.size() + " person tokens of " + filters.personTokens.size());
    }
}
