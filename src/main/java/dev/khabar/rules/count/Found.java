package dev.khabar.rules.count;

import java.math.BigDecimal;

/** A count being read at one place of a text: tokens, normalized offsets and what it says. */
final class Found {
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
    /** The total this count is a listed part of, or null. */
    Found partOf;
}
