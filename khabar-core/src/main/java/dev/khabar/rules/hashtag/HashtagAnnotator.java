package dev.khabar.rules.hashtag;

import dev.khabar.Hashtag;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.MentionSink;
import dev.khabar.pipeline.Mentions;

/**
 * Finds hashtags by the twitter-text definition, with one Arabic improvement: a hashtag may follow a one-letter
 * proclitic ({@code و#أنقذوا_الأسرى} gives {@code #أنقذوا_الأسرى}).
 *
 * <p>Hashtags are read from the original text, not the normalized view: the tag keeps the writer's characters
 * (tatweel, harakat, ZWNJ, full-width letters) and twitter-text's character classes are defined on raw text.
 * One forward scan, no regex, linear in the text. Thread-safe.
 */
public final class HashtagAnnotator implements Annotator {

    @Override
    public void annotate(Document doc, Mentions earlier, MentionSink out) {
        String s = doc.original();
        UrlTracker url = new UrlTracker(s);
        int i = s.indexOf('#');
        int j = s.indexOf('\uFF03'); // FULLWIDTH NUMBER SIGN
        while (i >= 0 || j >= 0) {
            int at = i < 0 ? j : (j < 0 ? i : Math.min(i, j));
            int end = scanTag(s, at);
            if (end > at + 1 && canStartAt(s, at) && !url.insideUrl(at)) {
                out.add(new Hashtag(s.substring(at, end), at, end, s.substring(at + 1, end)));
            }
            int next = Math.max(end, at + 1);
            if (i >= 0 && i < next) {
                i = s.indexOf('#', next);
            }
            if (j >= 0 && j < next) {
                j = s.indexOf('\uFF03', next);
            }
        }
    }

    /** End of a valid tag after the sign at {@code at}, or {@code at + 1} when there is none. */
    private static int scanTag(String s, int at) {
        int n = s.length();
        int p = at + 1;
        if (p < n && (s.charAt(p) == '\uFE0F' || s.charAt(p) == '\u20E3')) {
            return at + 1; // keycap emoji #️⃣, not a hashtag
        }
        boolean hasLetter = false;
        while (p < n) {
            int c = s.codePointAt(p);
            if (HashtagChars.isLetterOrMark(c)) {
                hasLetter = true;
            } else if (!HashtagChars.isNumeral(c) && !HashtagChars.isSpecial(c)) {
                break;
            }
            p += Character.charCount(c);
        }
        if (!hasLetter || s.startsWith("://", p) || (p < n && (s.charAt(p) == '#' || s.charAt(p) == '\uFF03'))) {
            return at + 1;
        }
        return p;
    }

    /** What may stand before the sign: the start, a non-tag char other than {@code &}, or a lone proclitic. */
    private static boolean canStartAt(String s, int at) {
        if (at == 0) {
            return true;
        }
        int before = s.codePointBefore(at);
        if (before == '\uFE0E' || before == '\uFE0F') {
            return true; // emoji presentation selectors
        }
        return before != '&' && (!HashtagChars.isTagChar(before) || isLoneProclitic(s, at));
    }

    /** {@code و#...}: a one-letter proclitic that starts a word and is glued to the sign. */
    private static boolean isLoneProclitic(String s, int at) {
        char c = s.charAt(at - 1);
        boolean proclitic = c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
        return proclitic && (at == 1 || !HashtagChars.isTagChar(s.codePointBefore(at - 1)));
    }

    /**
     * Tells whether a position lies in a URL: its whitespace-delimited chunk so far has {@code ://}, starts with
     * {@code www.}, or has a domain followed by a path. Positions are asked in increasing order and the text is read
     * once, so a text without spaces costs no more than one with them.
     */
    private static final class UrlTracker {
        private final String s;
        private int scanned;
        private int chunkStart;
        private boolean scheme;
        private boolean dot;
        private boolean domainPath;

        UrlTracker(String s) {
            this.s = s;
        }

        boolean insideUrl(int at) {
            for (; scanned < at; scanned++) {
                char c = s.charAt(scanned);
                if (Character.isWhitespace(c)) {
                    chunkStart = scanned + 1;
                    scheme = dot = domainPath = false;
                } else if (c == ':' && s.startsWith("//", scanned + 1)) {
                    scheme = true;
                } else if (c == '.' && scanned + 1 < s.length() && Character.isLetterOrDigit(s.charAt(scanned + 1))) {
                    dot = true;
                } else if (c == '/' && dot) {
                    domainPath = true;
                }
            }
            return scheme || domainPath || s.startsWith("www.", chunkStart);
        }
    }
}
