package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.khabar.ner.EntityType.ORG;

/**
 * Clubs named by a town and a word of {@code club-suffixes.tsv} (كونيا سبور): the two words are one organization,
 * whatever the model made of them (the town as a place, سبور alone, or the pair as a place). A club the rules or
 * the lists already found whole (غازي عنتاب سبور) is left as it is. Immutable and thread-safe.
 */
final class ClubSuffixes {
    private final Set<String> suffixes = new HashSet<>();

    ClubSuffixes(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("club-suffixes.tsv")) {
            suffixes.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    /** {@code found} with each town + suffix as one organization over what the model found on the two words. */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        List<NameCandidate> out = null;
        for (int k = 1; k < tokens.size(); k++) {
            Token town = tokens.get(k - 1);
            if (!suffixes.contains(tokens.get(k).text()) || blocked[k] || blocked[k - 1] || !town.isWord()
                    || OrgRules.isDefinite(town.text()) || town.text().length() < 3) {
                continue;
            }
            List<NameCandidate> current = out == null ? found : out;
            int first = k - 1;
            int last = k;
            List<NameCandidate> over = overlapping(current, first, last);
            if (over.stream().anyMatch(f -> f.first() < first || f.last() > last
                    || f.is(ORG) && f.first() == first && f.last() == last)) {
                continue; // the club is found whole, or a longer name holds the words
            }
            int prefix = over.stream().filter(f -> f.first() == first).mapToInt(NameCandidate::prefixLength)
                    .findFirst().orElse(0);
            out = new ArrayList<>(current);
            out.removeAll(over);
            out.add(new NameCandidate(ORG, first, last, prefix, Source.PATTERN, null, null));
        }
        if (out == null) {
            return found;
        }
        out.sort(Comparator.comparingInt(NameCandidate::first));
        return out;
    }

    private static List<NameCandidate> overlapping(List<NameCandidate> all, int first, int last) {
        List<NameCandidate> over = new ArrayList<>();
        for (NameCandidate f : all) {
            if (f.first() <= last && first <= f.last()) {
                over.add(f);
            }
        }
        return over;
    }
}
