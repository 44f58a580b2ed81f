package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;

import static dev.khabar.ner.EntityType.ORG;


/** Acronyms in parentheses after an organization's name ({@code (فيفا)}), mentions with the name's canonical form. */
final class Acronyms {
    private static final int MAX_ACRONYM_WORDS = 3;

    private final NameGazetteer organizations;

    Acronyms(NameGazetteer organizations) {
        this.organizations = organizations;
    }

    /**
     * {@code NAME (ACRONYM)}: the acronym is a mention of its own, with the name's canonical form; not a word of a date
     * ({@code blocked}: أيار (مايو), a month and its other name).
     */
    List<NameCandidate> find(List<Token> tokens, List<NameCandidate> found, boolean[] blocked) {
        List<NameCandidate> out = new ArrayList<>();
        boolean[] covered = null; // made for the first acronym
        for (NameCandidate f : found) {
            if (!f.is(ORG) || f.last() + 2 >= tokens.size() || !tokens.get(f.last() + 1).is("(")) {
                continue;
            }
            int close = -1;
            for (int j = f.last() + 2; j < tokens.size() && j <= f.last() + 1 + MAX_ACRONYM_WORDS + 1; j++) {
                if (tokens.get(j).is(")")) {
                    close = j;
                    break;
                }
                if (!tokens.get(j).isWord() || blocked[j]) {
                    break;
                }
            }
            if (close > f.last() + 2 && looksLikeAcronym(tokens.subList(f.last() + 2, close))) {
                NameCandidate acronym = new NameCandidate(ORG, f.last() + 2, close - 1, 0, Source.PATTERN, null, f);
                covered = covered != null ? covered : MentionOverlaps.covered(tokens.size(), found);
                if (!MentionOverlaps.anyBlocked(covered, acronym.first(), acronym.last())) {
                    out.add(acronym);
                }
            }
        }
        return out;
    }

    /**
     * Whether the words in parentheses after a name can be its acronym: Latin words ({@code WHO}, {@code U N}), a
     * listed one-word name ({@code اليونيسف}), or one Arabic word without the article ({@code نزاهة}, {@code فيفا}).
     * Not a note on the name: {@code (بطل الكأس)}, {@code (السابعة)}.
     */
    private boolean looksLikeAcronym(List<Token> words) {
        if (words.stream().allMatch(t -> t.text().chars().allMatch(c -> c < 128 && Character.isLetter(c)))) {
            return true;
        }
        String word = words.get(0).text();
        return words.size() == 1 && (organizations.isOneWordName(word) || !Clitics.hasArticle(word));
    }
}
