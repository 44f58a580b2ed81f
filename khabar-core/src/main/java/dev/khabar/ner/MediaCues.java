package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Newspapers, channels and agencies named by a quoted name after a verb of {@code media-cues.tsv}: {@code علمت «عكاظ»}
 * (the paper as the subject), {@code وقال لـ"الوطن"} (the paper spoken to). The name is found without knowing it: the
 * verb and the quotes say it is a medium. Immutable and thread-safe; linear in the text.
 */
final class MediaCues {
    private static final int MAX_NAME_WORDS = 4;
    /** How many words may stand between a verb of saying and ل (وقال مدير الإدارة لـ«الوطن»). */
    private static final int MAX_WORDS_BEFORE_DATIVE = 4;
    private static final Set<String> OPENING = Set.of("«", "\"", "“");
    private static final Set<String> CLOSING = Set.of("»", "\"", "”");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", "،", ",", ":", "؛", "!", "?", "؟");

    private final Set<String> subjectVerbs = new HashSet<>();
    private final Set<String> dativeVerbs = new HashSet<>();

    MediaCues(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("media-cues.tsv")) {
            switch (row.field(1)) {
                case "subject" -> subjectVerbs.add(normalizer.normalizeWord(row.field(0)));
                case "dative" -> dativeVerbs.add(normalizer.normalizeWord(row.field(0)));
                default -> throw row.error("KIND must be subject or dative");
            }
        }
    }

    /** The quoted names after a cue verb, rule {@code "quote"}. */
    List<OrgRules.Span> find(List<Token> tokens, boolean[] blocked) {
        List<OrgRules.Span> out = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!OPENING.contains(tokens.get(i).text())) {
                continue;
            }
            int close = closing(tokens, i, blocked);
            if (close < 0) {
                continue;
            }
            if (isVerb(tokens.get(i - 1), subjectVerbs) || tokens.get(i - 1).is("ل") && afterDativeVerb(tokens, i - 1)) {
                out.add(new OrgRules.Span(i + 1, close - 1, 0));
            }
            i = close;
        }
        return out;
    }

    /** The closing quote of the name opened at {@code open}, or -1: one to four words, nothing else. */
    private static int closing(List<Token> tokens, int open, boolean[] blocked) {
        for (int j = open + 1; j < tokens.size() && j <= open + MAX_NAME_WORDS + 1; j++) {
            Token t = tokens.get(j);
            if (CLOSING.contains(t.text())) {
                return j > open + 1 ? j : -1;
            }
            if (!t.isWord() || blocked[j]) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a verb of saying stands a few words before the ل at {@code lam}, in the same clause. */
    private boolean afterDativeVerb(List<Token> tokens, int lam) {
        for (int k = lam - 1; k >= 0 && k >= lam - 1 - MAX_WORDS_BEFORE_DATIVE; k--) {
            Token t = tokens.get(k);
            if (CLAUSE_ENDS.contains(t.text())) {
                return false;
            }
            if (isVerb(t, dativeVerbs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Token t, Set<String> verbs) {
        return NerWordLists.isWordOf(verbs, t);
    }
}
