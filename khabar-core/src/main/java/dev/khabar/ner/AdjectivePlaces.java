package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Comparator;
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
    private final Set<String> feminineNames = new HashSet<>();
    private final Set<String> cues = new HashSet<>();

    AdjectivePlaces(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("adjective-places.tsv")) {
            switch (row.field(1)) {
                case "place" -> names.add(normalizer.normalizeWord(row.field(0)));
                case "feminine" -> feminineNames.add(normalizer.normalizeWord(row.field(0)));
                case "cue" -> cues.add(normalizer.normalizeWord(row.field(0)));
                default -> throw row.error("KIND must be place, feminine or cue");
            }
        }
    }

    /**
     * {@code found} with the listed names that nothing found where a cue before them (a preposition, a compass word,
     * a state noun) makes them the place: في وسط مالي, which the lists keep for after a noun of places.
     */
    List<NameCandidate> addCued(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        boolean[] covered = MentionOverlaps.covered(tokens.size(), found);
        List<NameCandidate> out = null;
        for (int k = 1; k < tokens.size(); k++) {
            if (covered[k] || blocked[k] || !tokens.get(k).isWord()) {
                continue;
            }
            for (Clitics.Reading r : tokens.get(k).readings()) {
                if (names.contains(r.stem()) && isCuedAt(tokens, k, r.prefixLength())) {
                    out = out == null ? new ArrayList<>(found) : out;
                    out.add(new NameCandidate(LOC, k, k, r.prefixLength(), Source.PATTERN, null, null));
                    break;
                }
            }
        }
        if (out == null) {
            return found;
        }
        out.sort(Comparator.comparingInt(NameCandidate::first));
        return out;
    }

    /** Whether {@code f}, among the sorted candidates {@code all}, is the adjective rather than the place. */
    boolean isAdjective(List<Token> tokens, NameCandidate f, List<NameCandidate> all) {
        if (!f.is(LOC) || f.first() != f.last()) {
            return false;
        }
        Token t = tokens.get(f.first());
        String stem = t.text().substring(f.prefixLength());
        if (feminineNames.contains(stem)) {
            return f.prefixLength() == 0 && isFeminineAdjective(tokens, f.first());
        }
        if (!names.contains(stem)) {
            return false;
        }
        if (endsWithBaOrLam(t.text(), f.prefixLength())) {
            return false; // بمالي, لمالي
        }
        if (f.prefixLength() > 0 && Clitics.startsWithAnd(t.text()) && placeEndsAt(all, f.first() - 1)) {
            return false; // النيجر ومالي
        }
        if (f.first() + 1 < tokens.size() && Clitics.startsWithAnd(tokens.get(f.first() + 1).text())
                && placeStartsAt(all, f.first() + 1)) {
            return false; // مالي والنيجر
        }
        return f.first() == 0 || !isCue(tokens.get(f.first() - 1));
    }

    /** Whether the name at {@code k} after a proclitic of {@code prefix} chars stands where a place stands. */
    private boolean isCuedAt(List<Token> tokens, int k, int prefix) {
        return prefix == 0 ? isCue(tokens.get(k - 1)) : endsWithBaOrLam(tokens.get(k).text(), prefix);
    }

    /** Whether the proclitic of {@code prefix} chars ends in ب or ل (بمالي, ولمالي). */
    private static boolean endsWithBaOrLam(String word, int prefix) {
        if (prefix == 0) {
            return false;
        }
        char last = word.charAt(prefix - 1);
        return last == Clitics.BA || last == Clitics.LAM;
    }

    /**
     * After an indefinite word in ة or ات (مقاتلة سورية, ميليشيات سورية) that no definite word follows: the adjective.
     * A definite word after it makes the name a genitive in construct (صورة سورية البائسة).
     */
    private static boolean isFeminineAdjective(List<Token> tokens, int k) {
        if (k == 0 || !tokens.get(k - 1).isWord()) {
            return false;
        }
        String before = tokens.get(k - 1).text();
        if (before.startsWith("ال") || !(before.endsWith("ه") || before.endsWith("ات")) || before.length() < 4) {
            return false;
        }
        return k + 1 >= tokens.size() || !tokens.get(k + 1).text().startsWith("ال");
    }

    private boolean isCue(Token before) {
        return NerWordLists.isWordOf(cues, before);
    }

    private static boolean placeEndsAt(List<NameCandidate> all, int k) {
        return all.stream().anyMatch(c -> c.is(LOC) && c.last() == k);
    }

    private static boolean placeStartsAt(List<NameCandidate> all, int k) {
        return all.stream().anyMatch(c -> c.is(LOC) && c.first() == k);
    }
}
