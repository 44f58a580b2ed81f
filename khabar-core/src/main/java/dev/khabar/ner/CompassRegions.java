package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static dev.khabar.ner.EntityType.LOC;


/** Regions named with compass words ({@code compass-words.tsv}): {@code شمال أفريقيا}, {@code المنطقة الشرقية}. */
final class CompassRegions {
    private final NerWordLists lists;

    CompassRegions(NerWordLists lists) {
        this.lists = lists;
    }

    /**
     * Compass words in places' names: a region of {@code places.tsv} after compass nouns takes them in ({@code شمال
     * أفريقيا}, {@code جنوب شرق آسيا}; before a country or a city the place alone is the mention, POLICY), and a region noun with the article before a compass adjective
     * is a region ({@code المنطقة الشرقية}, {@code الضاحية الجنوبية}; with two, {@code البادية الشمالية الشرقية}), which
     * replaces a place found inside it.
     */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        boolean[] covered = new boolean[tokens.size()];
        for (NameCandidate f : found) {
            Arrays.fill(covered, f.first(), f.last() + 1, true);
        }
        List<NameCandidate> out = new ArrayList<>(found.size());
        for (NameCandidate f : found) {
            if (!f.is(LOC) || f.prefixLength() > 0 || !lists.regions.contains(NameWords.words(tokens, f))) {
                out.add(f); // شمال أفريقيا is a region's name, جنوب صنعاء and شمال العراق a direction from the place
                continue;
            }
            int first = f.first();
            int prefix = 0;
            for (int k = first - 1; k >= 0 && k >= f.first() - 2 && !covered[k] && !blocked[k] && prefix == 0; k--) {
                int p = lists.compassNounPrefix(tokens.get(k));
                if (p < 0) {
                    break;
                }
                first = k;
                prefix = p;
            }
            out.add(first == f.first() ? f : new NameCandidate(LOC, first, f.last(), prefix, f.source(), null, null));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token noun = tokens.get(i);
            Token adjective = tokens.get(i + 1);
            if (blocked[i] || blocked[i + 1] || !noun.isWord() || !lists.compassAdjectives.contains(adjective.text())) {
                continue;
            }
            for (Clitics.Reading r : NameWords.nameReadings(noun)) {
                if (Clitics.hasArticle(r.stem()) && lists.regionNouns.contains(Clitics.afterArticle(r.stem()))) {
                    boolean two = i + 2 < tokens.size() && !blocked[i + 2]
                            && lists.compassAdjectives.contains(tokens.get(i + 2).text()); // البادية الشمالية الشرقية
                    NameCandidate region = new NameCandidate(LOC, i, two ? i + 2 : i + 1, r.prefixLength(), Source.PATTERN, null, null);
                    List<NameCandidate> inside = out.stream().filter(region::overlaps).toList();
                    if (inside.stream().allMatch(f -> f.is(LOC))) {
                        out.removeAll(inside);
                        out.add(region);
                    }
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(NameCandidate::first));
        return out;
    }
}
