package dev.khabar.ner;

import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static dev.khabar.ner.EntityType.ORG;


/**
 * Where the stage's mentions overlap and which one wins: the rules' organizations over the model's mentions, both over
 * the rules' persons, except a model's person inside a rule's longer one (one name, the longer reading).
 */
final class MentionOverlaps {
    private MentionOverlaps() {
    }

    /**
     * The rules' organizations, then the model's mentions outside them (not a bare trigger noun), then the rules'
     * persons that overlap neither.
     */
    static List<NameCandidate> merge(List<Token> tokens, List<NameCandidate> orgs, List<NameCandidate> model, List<NameCandidate> rulePersons,
                             Predicate<String> trigger) {
        boolean[] inOrg = covered(tokens.size(), orgs);
        List<NameCandidate> others = new ArrayList<>();
        for (NameCandidate f : model) {
            if (f.is(ORG) && f.first() == f.last() && trigger.test(tokens.get(f.first()).text())) {
                continue; // a bare "منظمة" or "الوزارة" names nothing
            }
            if (!anyBlocked(inOrg, f.first(), f.last())) {
                others.add(f); // the rules' organizations win over the CRF's, and over names inside them
            }
        }
        for (NameCandidate f : rulePersons) {
            if (orgs.stream().noneMatch(f::overlaps) && others.stream().noneMatch(f::overlaps)) {
                others.add(f);
            } else if (orgs.stream().noneMatch(f::overlaps) && others.stream().filter(f::overlaps)
                    .allMatch(m -> m.is(EntityType.PERS) && f.first() <= m.first() && m.last() <= f.last())) {
                // الأستاذ موفق منصور جمال: the model's person is the rule's name without its first word
                others.removeIf(f::overlaps);
                others.add(f);
            }
        }
        List<NameCandidate> all = new ArrayList<>(orgs);
        all.addAll(others);
        return all;
    }

    /** The tokens that one of {@code found} covers. */
    static boolean[] covered(int n, List<NameCandidate> found) {
        boolean[] covered = new boolean[n];
        for (NameCandidate f : found) {
            Arrays.fill(covered, f.first(), f.last() + 1, true);
        }
        return covered;
    }

    /** Whether one of the tokens {@code [first, last]} is marked. */
    static boolean anyBlocked(boolean[] blocked, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (blocked[k]) {
                return true;
            }
        }
        return false;
    }
}
