package dev.khabar.tokenize;

import java.util.List;

/**
 * A token of the normalized text: {@code [start, end)} are offsets into the normalized view, {@code index} is the
 * token's position in its document. {@code readings} are the token's {@link Clitics#readings}, computed once here
 * because every stage asks for them.
 */
public record Token(int index, int start, int end, String text, Kind kind, List<Clitics.Reading> readings) {

    public Token(int index, int start, int end, String text, Kind kind) {
        this(index, start, end, text, kind,
                kind == Kind.WORD ? Clitics.readings(text) : List.of(new Clitics.Reading(0, text)));
    }

    public enum Kind {
        /** A run of letters and marks, in any script. */
        WORD,
        /** A run of ASCII digits (the normalizer has already turned every script's digits into ASCII). */
        NUMBER,
        /** One char of punctuation or a symbol. */
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** True when {@code next} follows this token with nothing between them. */
    public boolean touches(Token next) {
        return end == next.start;
    }

    public boolean is(String s) {
        return text.equals(s);
    }
}
