package dev.khabar.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalized text into words, digit runs and single punctuation chars.
 *
 * <p>Words end where digits start ({@code و350} gives {@code و} and {@code 350}); numbers such as {@code 9,350},
 * {@code 27.6} or {@code 12/03/2023} stay as separate tokens that touch, and the number and date rules join them.
 * Proclitics stay on their word: {@link Clitics} gives the readings without them. Stateless and thread-safe.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += width;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (c >= '0' && c <= '9') {
                kind = Token.Kind.NUMBER;
                do {
                    i++;
                } while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9');
            } else if (isWordChar(c)) {
                kind = Token.Kind.WORD;
                i += width;
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (!isWordChar(d)) {
                        break;
                    }
                    i += Character.charCount(d);
                }
            } else {
                kind = Token.Kind.PUNCT;
                i += width;
            }
            tokens.add(new Token(tokens.size(), start, i, text.substring(start, i), kind));
        }
        return tokens;
    }

    static boolean isWordChar(int c) {
        if (c >= '0' && c <= '9') {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
