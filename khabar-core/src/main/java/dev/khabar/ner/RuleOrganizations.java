package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.ORG;
import static dev.khabar.ner.EntityType.PERS;


/**
 * Organizations known by name ({@code organizations.tsv}, the knowledge list of clubs) and found by their shape
 * ({@link OrgRules}, {@link OrgLists}, {@link MediaCues}, {@link PlaceBodies}): the longest win, without overlaps.
 */
final class RuleOrganizations {
    /** A sports report has at least one word of sports-words.tsv in this many tokens. */
    private static final int TOKENS_PER_SPORTS_WORD = 100;

    private final CrfModel crf;
    private final NameGazetteer organizations;
    private final NameGazetteer places;
    private final OrgRules orgRules;
    private final OrgLists orgLists;
    private final MediaCues mediaCues;
    private final PlaceBodies placeBodies;
    private final NerWordLists lists;
    private final PlaceContext placeContext;

    RuleOrganizations(ArabicNormalizer normalizer, CrfModel crf, NameGazetteer organizations, NameGazetteer places,
                      OrgRules orgRules, NerWordLists lists, PlaceContext placeContext) {
        this.crf = crf;
        this.organizations = organizations;
        this.places = places;
        this.orgRules = orgRules;
        this.lists = lists;
        this.placeContext = placeContext;
        this.placeBodies = new PlaceBodies(normalizer, lists.placeNouns);
        this.mediaCues = new MediaCues(normalizer);
        this.orgLists = new OrgLists(normalizer, orgRules, crf::wordClass, this::isVerb);
    }

    /** Gazetteer names and shaped names, longest first, without overlaps. */
    List<NameCandidate> find(Document doc, List<Token> tokens, String[] tags, boolean[] properNoun,
                    boolean[] blocked, boolean sportsText) {
        List<NameCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = blocked[i] ? null : organizations.longestAt(tokens, i);
            if (m == null && sportsText && !blocked[i] && !PERS.tags(tags[i]) && !placeContext.readsAsPlace(tokens, i)) {
                // In a sports report a club's short name needs no cue word, unless it is also a common word
                // (الاتفاق "the agreement"), part of a person's name (سانتوس) or reads as a place.
                m = organizations.longestAt(tokens, i, crf::isNameWord);
            }
            if (m != null && m.prefixLength() == 0 && m.first() == m.last()
                    && !OrgRules.isDefinite(tokens.get(i).text()) && placeContext.afterConstructPlaceNoun(tokens, tags, i)) {
                m = null; // مدينة لاتسيو: after a noun of places a club's one-word name is its town
            }
            if (m != null && !MentionOverlaps.anyBlocked(blocked, m.first(), m.last())) {
                candidates.add(new NameCandidate(ORG, m.first(), m.last(), m.prefixLength(), Source.GAZETTEER, m.canonical(), null));
            }
        }
        boolean[] personStart = new boolean[tokens.size()];
        for (int i = 0; i < personStart.length; i++) {
            personStart[i] = PERS.begins(tags[i]);
        }
        for (OrgRules.Span f : orgRules.find(doc, tokens, properNoun, personStart, blocked)) {
            int last = f.first();
            while (last < f.last() && !isVerb(tokens.get(last + 1).text())) {
                last++; // شركة بنده بدأت الشراكة: a verb the treebank knows ends the chain
            }
            if (last > f.first()) {
                candidates.add(new NameCandidate(ORG, f.first(), last, f.prefixLength(), Source.PATTERN, null, null));
            }
        }
        for (OrgRules.Span f : orgLists.find(tokens, blocked)) {
            candidates.add(new NameCandidate(ORG, f.first(), f.last(), f.prefixLength(), Source.PATTERN, null, null));
        }
        for (OrgRules.Span f : mediaCues.find(tokens, blocked)) {
            candidates.add(new NameCandidate(ORG, f.first(), f.last(), f.prefixLength(), Source.PATTERN, null, null));
        }
        for (OrgRules.Span f : placeBodies.find(tokens, blocked, j -> placeEnd(tokens, tags, j))) {
            candidates.add(new NameCandidate(ORG, f.first(), f.last(), f.prefixLength(), Source.PATTERN, null, null));
        }
        // Longest first; at equal length the gazetteer (listed first) wins.
        List<NameCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(NameCandidate::length).reversed());
        List<NameCandidate> kept = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()]; // the tokens of the names kept so far
        for (NameCandidate c : sorted) {
            if (!MentionOverlaps.anyBlocked(taken, c.first(), c.last())) {
                kept.add(c);
                Arrays.fill(taken, c.first(), c.last() + 1, true);
            }
        }
        return kept;
    }

    /** The last token of a listed place or of the model's location that starts at token {@code j}, or -1. */
    private int placeEnd(List<Token> tokens, String[] tags, int j) {
        NameGazetteer.Match m = places.longestAt(tokens, j);
        if (m != null && m.prefixLength() == 0) {
            return m.last();
        }
        if (!LOC.begins(tags[j])) {
            return -1;
        }
        int last = j;
        while (last + 1 < tags.length && LOC.continues(tags[last + 1])) {
            last++;
        }
        return last;
    }

    /**
     * A sports report: at least one word of {@code sports-words.tsv} in every {@value #TOKENS_PER_SPORTS_WORD} tokens
     * (and one at least). In one, a club's short name needs no cue word before it: the text is the cue.
     */
    boolean isSportsText(List<Token> tokens) {
        int count = 0;
        for (Token t : tokens) {
            if (t.isWord() && lists.isSportsWord(t)) {
                count++;
            }
        }
        return count > 0 && count * TOKENS_PER_SPORTS_WORD >= tokens.size();
    }

    /** A word the treebank knows as written as a verb (بدأت, يقدم): no name's part. */
    boolean isVerb(String word) {
        return crf.knowsAsWritten(word) && crf.wordClass(word).startsWith("VB");
    }
}
