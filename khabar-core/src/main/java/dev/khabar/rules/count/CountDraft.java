package dev.khabar.rules.count;

import java.math.BigDecimal;

/**
 * A count being read at one place of a text: the readers of one scan fill it in, and {@link #candidate} hands it
 * on as an immutable {@link CountCandidate}. Never shared beyond the reading of one count.
 */
final class CountDraft {
    int firstToken;
    int lastToken;
    int start;
    int end;
    BigDecimal value;
    BigDecimal upper;
    String unit;
    /** The token of a counted noun outside the vocabulary, whose base form comes from the original text; or -1. */
    int openUnitToken = -1;
    String qualifier = "exact";
    boolean vague;
    String rule;

    CountCandidate candidate() {
        return new CountCandidate(firstToken, lastToken, start, end, value, upper, unit, openUnitToken, qualifier,
                vague, rule, -1);
    }
}
