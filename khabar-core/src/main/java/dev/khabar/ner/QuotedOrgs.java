package dev.khabar.ner;

import dev.khabar.tokenize.Token;

import java.util.List;

/**
 * Organization names in «»: after a trigger noun that takes quoted names ({@code وكالة «…»}), headed by a trigger
 * noun ({@code «هيئة …»}), or listed after such a name with و. Immutable and thread-safe.
 */
final class QuotedOrgs {
    private static final int MAX_QUOTED_WORDS = 7;

    private final OrgWords words;

    QuotedOrgs(OrgWords words) {
        this.words = words;
    }

    /** Adds the quoted names of {@code tokens} to {@code out}. */
    void find(List<Token> tokens, boolean[] blocked, List<OrgRules.Span> out) {
        int previousEnd = -10;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("«")) {
                continue;
            }
            int close = closingQuote(tokens, blocked, i);
            if (close <= i + 1) {
                continue;
            }
            boolean listed = previousEnd >= 0 && i >= 1 && isAnd(tokens, previousEnd, i);
            if (afterTrigger(tokens, i) || headed(tokens, i, close) || listed) {
                out.add(new OrgRules.Span(i + 1, close - 1, 0));
                previousEnd = close;
            } else {
                previousEnd = -10;
            }
            i = close;
        }
    }

    /** The » that closes the « at {@code open} over words only, or -1. */
    private static int closingQuote(List<Token> tokens, boolean[] blocked, int open) {
        for (int j = open + 1; j < tokens.size() && j <= open + MAX_QUOTED_WORDS + 1; j++) {
            Token t = tokens.get(j);
            if (t.is("»")) {
                return j;
            }
            if (!t.isWord() || blocked[j]) {
                break;
            }
        }
        return -1;
    }

    /** An indefinite trigger noun that takes quoted names stands before the « at {@code open}. */
    private boolean afterTrigger(List<Token> tokens, int open) {
        if (open > 0 && tokens.get(open - 1).isWord()) {
            OrgWords.TriggerReading tr = words.trigger(tokens.get(open - 1));
            return tr != null && tr.trigger().quote() && !tr.definite();
        }
        return false;
    }

    /** The quote begins with a trigger noun without proclitic, and more follows it. */
    private boolean headed(List<Token> tokens, int open, int close) {
        OrgWords.TriggerReading head = words.trigger(tokens.get(open + 1));
        return head != null && head.prefixLength() == 0 && close > open + 2;
    }

    /** True when only a conjunction (و, or a comma and و) separates the quote ending at {@code end} from {@code open}. */
    private static boolean isAnd(List<Token> tokens, int end, int open) {
        int gap = open - end - 1;
        for (int k = end + 1; k < open; k++) {
            Token t = tokens.get(k);
            if (!(t.is("و") || t.is(","))) {
                return false;
            }
        }
        return gap <= 2;
    }
}
