package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.khabar.ner.EntityType.LOC;

/**
 * Places whose name is also an indefinite adjective ({@code adjective-places.tsv}: مالي, "financial", "Malian"): a
 * one-word location with that name is the place only where news puts a place, after ب or ل on the word, after a
 * preposition, a compass word or a state noun (في مالي, وسط مالي), or joined by و to another place; elsewhere the
 * word describes the noun before it (دعم مالي, مصدر عسكري مالي) and names nothing. Immutable and thread-safe.
 */
final class AdjectivePlaces {
    private final Set<String> names = new HashSet<>();
    private final Set<String> cues = new HashSet<>();

    AdjectivePlaces(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("adjective-places.tsv")) {
            switch (row.field(1)) {
                case "place" -> names.add(normalizer.normalizeWord(row.field(0)));
                case "cue" -> cues.add(normalizer.normalizeWord(row.field(0)));
                default -> throw row.error("KIND must be place or cue");
            }
        }
    }

    /** Whether {@code f}, among the sorted candidates {@code all}, is the adjective rather than the place. */
    boolean isAdjective(List<Token> tokens, NameCandidate f, List<NameCandidate> all) {
        if (!f.is(LOC) || f.first() != f.last()) {
            return false;
        }
        Token t = tokens.get(f.first());
        String stem = t.text().substring(f.prefixLength());
        if (!names.contains(stem)) {
            return false;
        }
        String prefix = t.text().substring(0, f.prefixLength());
        if (prefix.endsWith("ب") || prefix.endsWith("ل")) {
            return false; // بمالي, لمالي
        }
        if (prefix.startsWith("و") && placeEndsAt(all, f.first() - 1)) {
            return false; // النيجر ومالي
        }
        if (f.first() + 1 < tokens.size() && tokens.get(f.first() + 1).text().startsWith("و")
                && placeStartsAt(all, f.first() + 1)) {
            return false; // مالي والنيجر
        }
        return f.first() == 0 || !isCue(tokens.get(f.first() - 1));
    }

    private boolean isCue(Token before) {
        if (!before.isWord()) {
            return false;
        }
        for (Clitics.Reading r : before.readings()) {
            if (cues.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeEndsAt(List<NameCandidate> all, int k) {
        return all.stream().anyMatch(c -> c.is(LOC) && c.last() == k);
    }

    private static boolean placeStartsAt(List<NameCandidate> all, int k) {
        return all.stream().anyMatch(c -> c.is(LOC) && c.first() == k);
    }
}
