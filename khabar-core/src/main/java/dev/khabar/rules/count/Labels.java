package dev.khabar.rules.count;

import dev.khabar.data.DataFile;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.OrdinalReader;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbers that name or date something rather than count it: after a label ({@code المادة 5}, {@code labels.tsv}),
 * inside an ordinal, joined to other numbers by {@code / :} (dates, times, ratios), codes, and years.
 * Read-only after construction.
 */
final class Labels {
    private final OrdinalReader ordinals = new OrdinalReader();
    private final Set<String> labels = new HashSet<>();

    Labels() {
        for (DataFile.Row row : DataFile.rows(Labels.class, "labels.tsv", 1)) {
            labels.add(String.join(" ", PhraseIndex.words(row.get(0))));
        }
    }

    /** True when the normalized word is a label after which a number names something (المادة، رقم). */
    boolean contains(String normalizedWord) {
        return labels.contains(normalizedWord);
    }

    /** Numbers that name or date something: after a label, or joined to other numbers by / : . (12/3, 10:30). */
    boolean blocked(List<Token> tokens, NumberMatch m) {
        int first = m.firstToken();
        int last = m.lastToken();
        if (first > 0) {
            NumberMatch ordinal = ordinals.read(tokens, first - 1);
            if (ordinal != null && ordinal.lastToken() >= first) {
                return true; // الخامسة عشرة: the عشرة of an ordinal
            }
        }
        if (first > 0 && m.start() == tokens.get(first).start()) {
            Token before = tokens.get(first - 1);
            boolean plain = !m.words() && first == last;
            if ((plain && labels.contains(before.text())) || (before.touches(tokens.get(first))
                    && (before.is("+") || before.is("#") || before.is("/") || before.is(":")))) {
                return true;
            }
            if (first > 1 && before.touches(tokens.get(first)) && tokens.get(first - 2).isNumber()
                    && tokens.get(first - 2).touches(before) && (before.is("-") || before.is("."))) {
                return true; // the second half of 2-1 or 10-20
            }
        }
        if (last + 2 < tokens.size()) {
            Token after = tokens.get(last + 1);
            if (tokens.get(last).touches(after) && (after.is("/") || after.is(":"))
                    && after.touches(tokens.get(last + 2)) && tokens.get(last + 2).isNumber()) {
                return true;
            }
        }
        if (!m.words() && first == last && tokens.get(first).isNumber()) {
            String digits = tokens.get(first).text();
            return digits.length() >= 10 || (digits.length() >= 2 && digits.charAt(0) == '0');
        }
        return false;
    }

    /** Four plain digits from 1900 to 2100: a year unless its noun is a known unit. */
    static boolean isYearLike(NumberMatch m) {
        if (m.words() || m.value().scale() > 0) {
            return false;
        }
        int v = m.value().intValue();
        return m.value().compareTo(BigDecimal.valueOf(1900)) >= 0 && v <= 2100;
    }
}
