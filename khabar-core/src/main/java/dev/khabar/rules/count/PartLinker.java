package dev.khabar.rules.count;

import dev.khabar.data.DataFile;
import dev.khabar.pipeline.Sentences;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Links counts listed after من بينهم (parts.tsv) to their total: the nearest earlier count of the same sentence
 * with a larger value. The counts that follow in the list, joined only by ، and و, are parts of the same total.
 * Read-only after construction.
 */
final class PartLinker {
    /** How many counts back a total is looked for: keeps linking linear on texts made of counts. */
    private static final int MAX_TOTAL_DISTANCE = 20;

    private final PhraseIndex<Boolean> parts;

    PartLinker() {
        PhraseIndex.Builder<Boolean> parts = PhraseIndex.builder();
        for (DataFile.Row row : DataFile.rows(PartLinker.class, "parts.tsv", 1)) {
            parts.add(row.get(0), true);
        }
        this.parts = parts.build();
    }

    /** The counts of one line, in order, with {@code partOf} set to the index of their total where they have one. */
    List<CountCandidate> link(List<Token> tokens, List<CountCandidate> found) {
        List<CountCandidate> out = new ArrayList<>(found);
        for (int k = 1; k < out.size(); k++) {
            CountCandidate f = out.get(k);
            CountCandidate previous = out.get(k - 1);
            if (f.value() == null) {
                continue;
            }
            PhraseIndex.Match<Boolean> opener = parts.longestEndingAt(tokens, skipBack(tokens, f.firstToken() - 1));
            if (opener != null && opener.prefixLength() == 0) {
                int scannedTo = opener.first(); // tokens from here on are known to hold no sentence end
                for (int t = k - 1; t >= Math.max(0, k - MAX_TOTAL_DISTANCE); t--) {
                    CountCandidate total = out.get(t);
                    if (Sentences.sentenceEndsBetween(tokens, total.lastToken(), scannedTo)) {
                        break;
                    }
                    scannedTo = total.firstToken();
                    if (total.value() != null && total.partOf() < 0 && total.value().compareTo(f.value()) > 0
                            && !CountedNoun.PERCENT.equals(total.unit())) {
                        out.set(k, f.withPartOf(t));
                        break;
                    }
                }
            } else if (previous.partOf() >= 0 && onlyListSeparators(tokens, previous.lastToken() + 1, f.firstToken())
                    && out.get(previous.partOf()).value().compareTo(f.value()) > 0) {
                out.set(k, f.withPartOf(previous.partOf()));
            }
        }
        return out;
    }

    /** The last token before index j that is no comma. */
    private static int skipBack(List<Token> tokens, int j) {
        while (j >= 0 && isListComma(tokens.get(j))) {
            j--;
        }
        return j;
    }

    private static boolean isListComma(Token t) {
        return t.is("\u060C") || t.is(","); // ARABIC COMMA, comma
    }

    /** True when tokens [from, to) are only commas and و. */
    private static boolean onlyListSeparators(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isListComma(tokens.get(j)) && !tokens.get(j).is("و")) {
                return false;
            }
        }
        return true;
    }
}
