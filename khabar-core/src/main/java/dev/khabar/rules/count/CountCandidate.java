package dev.khabar.rules.count;

import java.math.BigDecimal;

/**
 * A count found on one line, as the scan hands it on: tokens {@code [firstToken, lastToken]} of the line,
 * normalized offsets {@code [start, end)}, what it says, and {@code partOf}, the index in the line's counts of the
 * total it is a listed part of (-1 for none). {@code openUnitToken} is the token of a counted noun outside the
 * vocabulary, whose base form comes from the original text, or -1. Immutable.
 */
record CountCandidate(int firstToken, int lastToken, int start, int end, BigDecimal value, BigDecimal upper,
                      String unit, int openUnitToken, String qualifier, boolean vague, String rule, int partOf) {

    /** This count as a part of the count at index {@code total}. */
    CountCandidate withPartOf(int total) {
        return new CountCandidate(firstToken, lastToken, start, end, value, upper, unit, openUnitToken, qualifier,
                vague, rule, total);
    }
}
