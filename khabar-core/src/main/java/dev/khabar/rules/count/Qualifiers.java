package dev.khabar.rules.count;

import dev.khabar.CountQualifier;
import dev.khabar.data.DataFile;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;

import java.util.List;

/** The words around a count that say how exact it is (qualifiers.tsv): أكثر من، نحو، تقريبًا، على الأقل. */
final class Qualifiers {
    private final PhraseIndex<String> before;
    private final PhraseIndex<String> after;

    Qualifiers() {
        PhraseIndex.Builder<String> before = PhraseIndex.builder();
        PhraseIndex.Builder<String> after = PhraseIndex.builder();
        for (DataFile.Row row : DataFile.rows(Qualifiers.class, "qualifiers.tsv", 3)) {
            try {
                CountQualifier.fromJsonName(row.get(1));
            } catch (IllegalArgumentException e) {
                throw row.error("not a count qualifier: " + row.get(1));
            }
            switch (row.get(2)) {
                case "before" -> before.add(row.get(0), row.get(1));
                case "after" -> after.add(row.get(0), row.get(1));
                default -> throw row.error("position must be before or after: " + row.get(2));
            }
        }
        this.before = before.build();
        this.after = after.build();
    }

    /** The qualifier that ends at token {@code last} and stands before a number, or null. */
    PhraseIndex.Match<String> endingAt(List<Token> tokens, int last) {
        return before.longestEndingAt(tokens, last);
    }

    /** Extends f over a qualifier just before it (أكثر من، نحو، ما لا يقل عن). */
    void before(List<Token> tokens, CountDraft f) {
        if (f.start != tokens.get(f.firstToken).start()) {
            return; // a proclitic stands between: وخمسين
        }
        PhraseIndex.Match<String> q = before.longestEndingAt(tokens, f.firstToken - 1);
        if (q == null) {
            return;
        }
        if (!f.qualifier.equals("between")) {
            f.qualifier = q.value();
        }
        f.firstToken = q.first();
        f.start = tokens.get(q.first()).start() + q.prefixLength();
    }

    /** Extends f over a qualifier just after it (تقريبًا، على الأقل). */
    void after(List<Token> tokens, CountDraft f) {
        PhraseIndex.Match<String> q = after.longestAt(tokens, f.lastToken + 1);
        if (q == null) {
            return;
        }
        if (f.qualifier.equals("exact")) {
            f.qualifier = q.value();
        }
        f.lastToken = q.last();
        f.end = tokens.get(q.last()).end();
    }
}
