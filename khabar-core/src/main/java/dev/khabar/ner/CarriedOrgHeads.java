package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.khabar.ner.EntityType.ORG;

/**
 * A bare head of {@code carried-heads.tsv} (التحالف) after the article named the body in full (التحالف العربي) is
 * that body: news shortens a coalition's name once it is known (دول التحالف, الأعضاء في التحالف). Only where no
 * mention covers the word, no word of its own follows (a definite word, مع or بين: التحالف مع حزب) and no
 * demonstrative stands before it. Immutable and thread-safe; linear in the text.
 */
final class CarriedOrgHeads {
    private final Set<String> heads = new HashSet<>();
    /** Words after the head that make it a verbal noun or a phrase of its own (التحالف مع, التحالف بين). */
    private final Set<String> ownWords = new HashSet<>();
    private final Set<String> demonstratives = new HashSet<>();

    CarriedOrgHeads(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("carried-heads.tsv")) {
            Set<String> into = switch (row.field(1)) {
                case "head" -> heads;
                case "own-word" -> ownWords;
                case "demonstrative" -> demonstratives;
                default -> throw row.error("KIND must be head, own-word or demonstrative");
            };
            into.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    /** {@code found} with the bare heads that stand for a body named in full before them, sorted by first token. */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        Map<String, NameCandidate> named = new HashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        for (NameCandidate f : found) {
            Arrays.fill(covered, f.first(), f.last() + 1, true);
            if (f.is(ORG) && f.last() > f.first()) {
                String head = tokens.get(f.first()).text().substring(f.prefixLength());
                if (heads.contains(head)) {
                    named.merge(head, f, (a, b) -> a.first() <= b.first() ? a : b);
                }
            }
        }
        if (named.isEmpty()) {
            return found;
        }
        List<NameCandidate> out = new ArrayList<>(found);
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || blocked[i] || !tokens.get(i).isWord() || ownWordAfter(tokens, i)
                    || i > 0 && demonstratives.contains(tokens.get(i - 1).text())) {
                continue;
            }
            for (Clitics.Reading r : NerAnnotator.nameReadings(tokens.get(i))) {
                NameCandidate full = named.get(r.stem());
                if (full != null && full.last() < i) {
                    out.add(new NameCandidate(ORG, i, i, r.prefixLength(), Source.DOCUMENT, null, full));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(NameCandidate::first));
        return out;
    }

    private boolean ownWordAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        return next.startsWith("ال") || ownWords.contains(next);
    }
}
