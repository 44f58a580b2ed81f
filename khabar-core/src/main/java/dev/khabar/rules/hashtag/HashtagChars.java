package dev.khabar.rules.hashtag;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** The character classes of twitter-text's hashtag definition ({@code Regex.java}), by Unicode property. */
final class HashtagChars {

    private HashtagChars() {
    }

    /** Letters and marks in any script (tatweel is a modifier letter, harakat are marks). */
    static boolean isLetterOrMark(int c) {
        return UCharacter.isLetter(c) || UCharacter.hasBinaryProperty(c, UProperty.ALPHABETIC) && !UCharacter.isDigit(c)
                || isMark(c);
    }

    static boolean isNumeral(int c) {
        return UCharacter.isDigit(c);
    }

    static boolean isSpecial(int c) {
        switch (c) {
            case '_':
            case '\u200C': // ZERO WIDTH NON-JOINER
            case '\u200D': // ZERO WIDTH JOINER
            case '\uA67E': // CYRILLIC KAVYKA
            case '\u05BE': // HEBREW PUNCTUATION MAQAF
            case '\u05F3': // HEBREW PUNCTUATION GERESH
            case '\u05F4': // HEBREW PUNCTUATION GERSHAYIM
            case '\uFF5E': // FULLWIDTH TILDE
            case '\u301C': // WAVE DASH
            case '\u309B': // KATAKANA-HIRAGANA VOICED SOUND MARK
            case '\u309C': // KATAKANA-HIRAGANA SEMI-VOICED SOUND MARK
            case '\u30A0': // KATAKANA-HIRAGANA DOUBLE HYPHEN
            case '\u30FB': // KATAKANA MIDDLE DOT
            case '\u3003': // DITTO MARK
            case '\u0F0B': // TIBETAN MARK INTERSYLLABIC TSHEG
            case '\u0F0C': // TIBETAN MARK DELIMITER TSHEG BSTAR
            case '\u00B7': // MIDDLE DOT
                return true;
            default:
                return false;
        }
    }

    static boolean isTagChar(int c) {
        return isLetterOrMark(c) || isNumeral(c) || isSpecial(c);
    }

    private static boolean isMark(int c) {
        int type = UCharacter.getType(c);
        return type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK;
    }
}
