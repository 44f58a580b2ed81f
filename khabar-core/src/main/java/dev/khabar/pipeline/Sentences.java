package dev.khabar.pipeline;

import dev.khabar.tokenize.Token;

import java.util.List;

/**
 * Where sentences and clauses end in a run of tokens, for the stages that must not look past them. One place, so
 * that every stage cuts a text the same way; a mark between two numbers that touch it (7.2, 10:30) ends nothing.
 */
public final class Sentences {
    /** Chars that end a sentence. */
    private static final String SENTENCE_ENDS = ".!?\u061F"; // ARABIC QUESTION MARK
    /** Chars that end a clause: a sentence end, the Arabic semicolon and the colon. */
    private static final String CLAUSE_ENDS = SENTENCE_ENDS + "\u061B:"; // ARABIC SEMICOLON

    private Sentences() {
    }

    /** True when token i ends a sentence: . ! ? ؟ but not inside a number. */
    public static boolean endsSentence(List<Token> tokens, int i) {
        return endsWith(tokens, i, SENTENCE_ENDS);
    }

    /** True when token i ends a clause: a sentence end, ؛ or :, but not inside a number. */
    public static boolean endsClause(List<Token> tokens, int i) {
        return endsWith(tokens, i, CLAUSE_ENDS);
    }

    /** True when a token in (from, to) ends a sentence. */
    public static boolean sentenceEndsBetween(List<Token> tokens, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (endsSentence(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(List<Token> tokens, int i, String ends) {
        Token p = tokens.get(i);
        if (p.text().length() != 1 || ends.indexOf(p.text().charAt(0)) < 0) {
            return false;
        }
        return !(i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isNumber()
                && tokens.get(i + 1).isNumber() && tokens.get(i - 1).touches(p) && p.touches(tokens.get(i + 1)));
    }
}
