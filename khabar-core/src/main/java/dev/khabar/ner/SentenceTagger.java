package dev.khabar.ner;

import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The model's labels for a document, sentence by sentence (a sentence ends at . ! ? ؟, at a line break, or after
 * {@value #MAX_SENTENCE_TOKENS} tokens); set phrases ({@code بمشيئة الله}) are left unlabelled and blocked.
 */
final class SentenceTagger {
    private static final int MAX_SENTENCE_TOKENS = 150;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟");

    private final CrfModel crf;
    /** Religious formulas (بمشيئة الله): never part of a mention. */
    private final NameGazetteer setPhrases;

    SentenceTagger(CrfModel crf, NameGazetteer setPhrases) {
        this.crf = crf;
        this.setPhrases = setPhrases;
    }

    /** The labels of every token; the tokens of set phrases are labelled {@code O} and marked in {@code blocked}. */
    String[] tag(Document doc, List<Token> tokens, boolean[] blocked) {
        String[] tags = tag(doc, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = setPhrases.longestAt(tokens, i);
            if (m != null) {
                // بمشيئة الله names nothing, though the model learned الله in حزب الله and عبد الله
                Arrays.fill(tags, m.first(), m.last() + 1, "O");
                Arrays.fill(blocked, m.first(), m.last() + 1, true);
                i = m.last();
            }
        }
        return tags;
    }

    /** CRF tags for every token, sentence by sentence. */
    private String[] tag(Document doc, List<Token> tokens) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        String text = doc.text();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean lineBreakAfter = i + 1 < tokens.size()
                    && hasLineBreak(text, tokens.get(i).end(), tokens.get(i + 1).start());
            boolean end = i + 1 == tokens.size() || SENTENCE_ENDS.contains(tokens.get(i).text()) || lineBreakAfter
                    || i + 1 - start >= MAX_SENTENCE_TOKENS;
            if (end) {
                List<String> words = new ArrayList<>(i + 1 - start);
                for (int k = start; k <= i; k++) {
                    words.add(tokens.get(k).text());
                }
                List<String> t = crf.tag(words);
                for (int k = 0; k < t.size(); k++) {
                    tags[start + k] = t.get(k);
                }
                start = i + 1;
            }
        }
        return tags;
    }

    /** Whether the text between two tokens breaks the line. */
    static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }
}
