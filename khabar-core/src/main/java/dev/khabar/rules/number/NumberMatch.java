package dev.khabar.rules.number;

import java.math.BigDecimal;

/**
 * A cardinal number read from normalized tokens by {@link NumberReader}.
 *
 * @param firstToken index of the first token of the number
 * @param lastToken  index of the last token, included
 * @param start      normalized offset where the number starts; inside {@code tokens[firstToken]} when a proclitic
 *                   (و ب ل ك) was stripped from the first word
 * @param end        normalized offset where the number ends (exclusive)
 * @param value      the value, exact (BigDecimal, never in scientific notation for integers)
 * @param words      true when at least one part was written as a word (ثلاثة، مليون), false for digits only
 */
public record NumberMatch(int firstToken, int lastToken, int start, int end, BigDecimal value, boolean words) {
}
