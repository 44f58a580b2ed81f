package dev.khabar.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * Normalizes Arabic text for matching and keeps the map back to original offsets.
 *
 * <p>What it changes, in this order:
 * <ol>
 *   <li>NFKC (ICU4J), segment by segment: presentation forms (ﻻ → لا), full-width forms, ligatures.</li>
 *   <li>Removes harakat and Quranic marks (U+064B–U+065F, U+0670, U+06D6–U+06ED), tatweel (U+0640) after a letter
 *       (a tatweel after anything else is a dash and becomes '-') and invisible format characters (LRM, RLM, ALM,
 *       ZWNJ, ZWJ, bidi embeddings and isolates, BOM).</li>
 *   <li>Folds alef variants (أ إ آ ٱ) to ا, alef maksura ى and Persian ی to ي, taa marbuta ة to ه, Persian ک to ك.</li>
 *   <li>Turns every decimal digit (Arabic-Indic, Persian, any script) into ASCII, the Arabic decimal separator ٫ into
 *       '.', the Arabic thousands separator ٬ into ',', the Arabic percent sign ٪ into '%'.</li>
 *   <li>Replaces lone surrogates with U+FFFD.</li>
 * </ol>
 * Removed marks are attached to the char before them, so a span that ends on a letter also covers its harakat.
 * Stateless and thread-safe.
 */
public final class ArabicNormalizer {
    private static final char TATWEEL = '\u0640'; // a char of the original text
    private static final char ALEF = '\u0627';
    private static final char YEH = '\u064A';
    private static final char HEH = '\u0647';
    private static final char KAF = '\u0643';

    /**
     * Longest NFKC segment normalized as one piece, in code points. NFKC sorts a run of combining marks by insertion,
     * so a text of nothing but harakat would cost time squared in its length; like Unicode's stream-safe format
     * (UAX #15, at most 30 non-starters in a row), a longer run is cut into pieces. Real text never comes close.
     */
    private static final int MAX_SEGMENT = 32;

    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

    public NormalizedText normalize(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] start = new int[n + 8];
        int[] end = new int[n + 8];
        int len = 0;
        int i = 0;
        while (i < n) {
            int segStart = i;
            int cp = original.codePointAt(i);
            i += Character.charCount(cp);
            int codePoints = 1;
            while (i < n && codePoints < MAX_SEGMENT) {
                int next = original.codePointAt(i);
                if (nfkc.hasBoundaryBefore(next)) {
                    break;
                }
                i += Character.charCount(next);
                codePoints++;
            }
            boolean single = i - segStart == Character.charCount(cp);
            if (single ? nfkc.getDecomposition(cp) == null : isNormalizedSegment(original, segStart, i)) {
                // Already normalized: each code point keeps its own place.
                int j = segStart;
                while (j < i) {
                    int c = original.codePointAt(j);
                    int k = j + Character.charCount(c);
                    if (start.length < len + 2) {
                        start = grow(start);
                        end = grow(end);
                    }
                    len = emit(c, j, k, out, start, end, len);
                    j = k;
                }
            } else {
                String normalized = nfkc.normalize(original.substring(segStart, i));
                int j = 0;
                while (j < normalized.length()) {
                    int c = normalized.codePointAt(j);
                    j += Character.charCount(c);
                    if (start.length < len + 2) {
                        start = grow(start);
                        end = grow(end);
                    }
                    len = emit(c, segStart, i, out, start, end, len);
                }
            }
        }
        return new NormalizedText(original, out.toString(), start, end);
    }

    private boolean isNormalizedSegment(String s, int from, int to) {
        return nfkc.isNormalized(s.subSequence(from, to));
    }

    /** Appends the folded form of {@code c}, which came from original chars [from, to). Returns the new length. */
    private static int emit(int c, int from, int to, StringBuilder out, int[] start, int[] end, int len) {
        if (c == TATWEEL && (len == 0 || !Character.isLetter(out.charAt(len - 1)))) {
            c = '-'; // not stretching a letter: a dash, as in the dateline "لندن ـ دبي"
        }
        if (isRemovedMark(c)) {
            if (len > 0 && end[len - 1] == from) {
                end[len - 1] = to;
            }
            return len;
        }
        if (isFormatChar(c)) {
            return len;
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            c = 0xFFFD;
        }
        int folded = fold(c);
        if (folded > 0xFFFF) {
            // Both halves of a pair map to the whole code point, so no span can split it.
            out.appendCodePoint(folded);
            start[len] = from;
            end[len] = to;
            start[len + 1] = from;
            end[len + 1] = to;
            return len + 2;
        }
        out.append((char) folded);
        start[len] = from;
        end[len] = to;
        return len + 1;
    }

    /** True for a char the normalized view leaves out as a mark: harakat, Quranic marks, tatweel. */
    public static boolean isRemovedMark(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == TATWEEL;
    }

    /** True for an invisible format char the normalized view leaves out: bidi marks and isolates, ZWNJ, ZWJ, BOM. */
    public static boolean isFormatChar(int c) {
        return c == 0x061C // ARABIC LETTER MARK
                || (c >= 0x200B && c <= 0x200F) // ZWSP, ZWNJ, ZWJ, LRM, RLM
                || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // bidi isolates
                || c == 0xFEFF; // BOM / ZWNBSP
    }

    static int fold(int c) {
        switch (c) {
            case 0x0622: // ALEF WITH MADDA ABOVE
            case 0x0623: // ALEF WITH HAMZA ABOVE
            case 0x0625: // ALEF WITH HAMZA BELOW
            case 0x0671: // ALEF WASLA
            case 0x0672: // ALEF WITH WAVY HAMZA ABOVE
            case 0x0673: // ALEF WITH WAVY HAMZA BELOW
                return ALEF;
            case 0x0649: // ALEF MAKSURA
            case 0x06CC: // FARSI YEH
                return YEH;
            case 0x0629: // TEH MARBUTA
                return HEH;
            case 0x06A9: // KEHEH
                return KAF;
            case 0x066B: // ARABIC DECIMAL SEPARATOR
                return '.';
            case 0x066C: // ARABIC THOUSANDS SEPARATOR
                return ',';
            case 0x066A: // ARABIC PERCENT SIGN
                return '%';
            default:
                break;
        }
        if (c > '9' && UCharacter.getType(c) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            return '0' + UCharacter.digit(c, 10);
        }
        return c;
    }

    /** Normalizes a short vocabulary entry, for building lookup tables from data files. */
    public String normalizeWord(String s) {
        return normalize(s).text();
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 8);
    }
}
