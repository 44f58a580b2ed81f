package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Public bodies named by the place they serve ({@code place-bodies.tsv}): {@code أمانة منطقة جازان}, {@code شرطة
 * محافظة جدة}, {@code بلدية الخبر}. The place alone would otherwise be the mention, a location; with its body noun
 * before it the whole is an organization. Immutable and thread-safe.
 */
final class PlaceBodies {

    /** Body noun (normalized, no article) → whether a place noun must stand between it and the place. */
    private final Map<String, Boolean> bodies = new HashMap<>();
    private final Set<String> placeNouns;

    PlaceBodies(ArabicNormalizer normalizer, Set<String> placeNouns) {
        this.placeNouns = placeNouns;
        for (NerData.Row row : NerData.rows("place-bodies.tsv")) {
            if (!row.field(1).equals("yes") && !row.field(1).equals("no")) {
                throw row.error("PLACE_NOUN must be yes or no");
            }
            bodies.put(normalizer.normalizeWord(row.field(0)), row.field(1).equals("yes"));
        }
    }

    /**
     * The bodies in {@code tokens}; {@code placeEnd} gives the last token of a place that starts at a token, or -1.
     * The found names have the rule {@code Source.PATTERN}.
     */
    List<OrgRules.Span> find(List<Token> tokens, boolean[] blocked, IntUnaryOperator placeEnd) {
        List<OrgRules.Span> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || blocked[i]) {
                continue;
            }
            for (Clitics.Reading r : t.readings()) {
                Boolean needsPlaceNoun = bodies.get(r.stem());
                if (needsPlaceNoun == null) {
                    continue;
                }
                int j = i + 1;
                boolean placeNoun = isPlaceNoun(tokens.get(j)) && !blocked[j];
                if (placeNoun) {
                    j++;
                } else if (needsPlaceNoun) {
                    break;
                }
                int last = j < tokens.size() && !blocked[j] ? placeEnd.applyAsInt(j) : -1;
                if (last < 0 && placeNoun) {
                    last = placeEnd.applyAsInt(j - 1); // the place noun may be part of the place found (منطقة الباحة)
                }
                if (last >= j - (placeNoun ? 1 : 0) && !anyBlocked(blocked, i, last)) {
                    out.add(new OrgRules.Span(i, last, r.prefixLength()));
                    i = last;
                }
                break;
            }
        }
        return out;
    }

    private boolean isPlaceNoun(Token t) {
        return t.isWord() && placeNouns.contains(t.text());
    }

    private static boolean anyBlocked(boolean[] blocked, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (blocked[k]) {
                return true;
            }
        }
        return false;
    }
}
