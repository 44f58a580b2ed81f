package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Persons' spans repaired over the mentions of one document, after the model and the rules found them and before the
 * document pass spreads them:
 * <ol>
 *   <li>A common noun inside a person the model ran on ({@code كيني جوس صديق مايكل}, "Kenny Goss, Michael's friend")
 *       ends the name; a name after it is a person of its own.</li>
 *   <li>A foreign surname in و+ا that the model tagged as a person but split off as "and …" ({@code جولي وايزنغر}):
 *       the word without و is no word and no name anywhere, so the و is the name's first letter.</li>
 *   <li>A family name with the article that is also a common word ({@code بدر الطالب}, {@code عبدالرحمن البنيان})
 *       right after a one-word listed given name: news names a person by given name alone rarely, and a role after a
 *       name would come with a comma or after it.</li>
 *   <li>A compound name in {@code الله} after a person ({@code إنجي خير الله}).</li>
 *   <li>A person that begins with {@code بن}: the name before it came with a proclitic the model read as no name
 *       ({@code لكعب بن زهير}), and a name of the treebank or the lists is left when the letter goes.</li>
 *   <li>A given name that is a common word too, which the model left out before a person that begins with
 *       {@code عبد}, {@code بن} or {@code بنت} ({@code أمنية عبد القوي}).</li>
 * </ol>
 * Immutable and thread-safe.
 */
final class PersonSpans {
    /** Words that join two parts of one name and are no common noun of the name (بن زهير, أبو بكر). */
    private static final Set<String> LINKERS = NameParticles.of(NameParticles.Kind.SON_OF,
            NameParticles.Kind.DAUGHTER_OF, NameParticles.Kind.FAMILY, NameParticles.Kind.COMPOUND,
            NameParticles.Kind.COMPOUND_GENITIVE, NameParticles.Kind.MOTHER_OF);
    /** Treebank classes of a word that names in {@code … الله} begin with (خير, فضل, نصر, عطا). */
    private static final Set<String> COMPOUND_HEAD_CLASSES = Set.of("NN", "JJ", "GPERS", "NNP", WordClasses.UNKNOWN);
    /** Treebank classes of a definite word that a family name can have when it is also a common word. */
    private static final Set<String> COMMON_FAMILY_NAME_CLASSES = Set.of("DTNN", "DTNNP", "DTJJ");
    /** Words of "son of" that cannot begin a name unless the person is known by them alone (بن علي). */
    private static final Set<String> SON_OF = NameParticles.of(NameParticles.Kind.SON_OF);
    /** Treebank classes of a given name once its proclitic is gone (كعب is a noun too). */
    private static final Set<String> GIVEN_NAME_CLASSES = Set.of("GPERS", "NNP", "NN");
    /** The first words of a person that a given name stands before: عبد القوي, بن سعيد, بنت سعيد. */
    private static final Set<String> AFTER_GIVEN_NAME = NameParticles.of(NameParticles.Kind.SON_OF,
            NameParticles.Kind.DAUGHTER_OF, NameParticles.Kind.COMPOUND);

    private final CrfModel crf;
    private final OrgRules orgRules;
    private final Demonyms demonyms = new Demonyms();

    private final Set<String> placeNames;
    /** {@code common-word-given-names.tsv}: أمنية, أمل. */
    private final Set<String> commonWordGivenNames;

    PersonSpans(CrfModel crf, OrgRules orgRules, Set<String> placeNames, Set<String> commonWordGivenNames) {
        this.crf = crf;
        this.orgRules = orgRules;
        this.placeNames = placeNames;
        this.commonWordGivenNames = commonWordGivenNames;
    }

    /**
     * The document's mentions with the persons' spans repaired; {@code tags} are the model's, and tokens in
     * {@code blocked} (dates, hashtags) never join a name. Sorted by first token.
     */
    List<NameCandidate> apply(List<Token> tokens, List<NameCandidate> found, String[] tags,
                                   boolean[] blocked) {
        boolean[] covered = new boolean[tokens.size()];
        for (NameCandidate f : found) {
            for (int k = f.first(); k <= f.last(); k++) {
                covered[k] = true;
            }
        }
        List<NameCandidate> out = new ArrayList<>(found.size());
        Set<String> surnames = surnames(tokens, found);
        for (NameCandidate f : found) {
            if (isSurnameReadAsPlace(tokens, f, surnames)) {
                f = new NameCandidate(EntityType.PERS, f.first(), f.last(), f.prefixLength(), f.source(), null, null);
            }
            if (!f.is(EntityType.PERS)) {
                out.add(f);
                continue;
            }
            List<NameCandidate> splits = splitAtCommonNoun(tokens, f);
            for (NameCandidate split : splits) {
                NameCandidate part = withGivenNameBefore(tokens, withNameBeforeSonOf(tokens, split, blocked, covered),
                        blocked, covered);
                boolean afterNoun = split != splits.get(0);
                int last = extendedEnd(tokens, part, tags, blocked, covered, afterNoun);
                for (int k = part.last() + 1; k <= last; k++) {
                    covered[k] = true;
                }
                out.add(last == part.last() ? part : new NameCandidate(EntityType.PERS, part.first(), last,
                        part.prefixLength(), part.source(), part.canonical(), part.sameAs()));
            }
        }
        out.sort(Comparator.comparingInt(NameCandidate::first));
        return out;
    }

    /** The last words of the document's persons of several words that are no listed place (شارابوفا). */
    private Set<String> surnames(List<Token> tokens, List<NameCandidate> found) {
        Set<String> out = new HashSet<>();
        for (NameCandidate f : found) {
            String last = tokens.get(f.last()).text();
            if (f.is(EntityType.PERS) && f.first() < f.last() && !OrgRules.isDefinite(last)
                    && !placeNames.contains(last)) {
                out.add(last);
            }
        }
        return out;
    }

    /**
     * A place of one word that the model read where the document names a person by that surname, and which no list
     * holds as a place ({@code جمعتها بشارابوفا} after {@code ماريا شارابوفا}): the model reads ب + an unknown word
     * as a place; the article means the person.
     */
    private static boolean isSurnameReadAsPlace(List<Token> tokens, NameCandidate f, Set<String> surnames) {
        return f.is(EntityType.LOC) && f.source() == Source.CRF && f.first() == f.last()
                && surnames.contains(tokens.get(f.first()).text().substring(f.prefixLength()));
    }

    /**
     * The person cut before an indefinite common noun inside it that no name word spells ({@code صديق}), unless a
     * definite word follows, with which it makes one name ({@code سيف الإسلام}); the rest is a person when it begins
     * with a name.
     */
    private List<NameCandidate> splitAtCommonNoun(List<Token> tokens, NameCandidate f) {
        for (int k = f.first() + 1; k < f.last(); k++) {
            String w = tokens.get(k).text();
            String next = tokens.get(k + 1).text();
            if (LINKERS.contains(w) || !crf.knowsAsWritten(w) || !crf.wordClass(w).equals("NN")
                    || NameLexicon.isPersonToken(w) || OrgRules.isDefinite(next) || next.equals("الله")) {
                continue;
            }
            List<NameCandidate> parts = new ArrayList<>(2);
            parts.add(new NameCandidate(EntityType.PERS, f.first(), k - 1, f.prefixLength(), f.source(), null, null));
            if (isName(next)) {
                parts.add(new NameCandidate(EntityType.PERS, k + 1, f.last(), 0, f.source(), null, null));
            }
            return parts;
        }
        return List.of(f);
    }

    /** The person with the given name before its {@code بن} taken in, proclitic outside; or the person as it is. */
    private NameCandidate withNameBeforeSonOf(List<Token> tokens, NameCandidate f, boolean[] blocked,
                                                   boolean[] covered) {
        int j = f.first() - 1;
        if (j < 0 || f.prefixLength() > 0 || f.first() == f.last() || !SON_OF.contains(tokens.get(f.first()).text())
                || covered[j] || blocked[j] || !tokens.get(j).isWord()) {
            return f;
        }
        String w = tokens.get(j).text();
        // a given name can be written with any one-letter proclitic (ل, ب, و, ف, ك)
        if (w.length() < 4 || !Clitics.isProcliticLetter(w.charAt(0)) || crf.knowsAsWritten(w)) {
            return f;
        }
        String name = Clitics.afterProclitic(w);
        boolean given = !OrgRules.isDefinite(name) && !orgRules.isStopWord(name) && !orgRules.isPersonTitle(name)
                && (GIVEN_NAME_CLASSES.contains(crf.wordClass(name)) || NameLexicon.isPersonToken(name));
        if (!given) {
            return f;
        }
        covered[j] = true;
        return new NameCandidate(EntityType.PERS, j, f.last(), 1, f.source(), null, null);
    }

    /**
     * The person with the given name before it taken in ({@code أمنية عبد القوي}), or the person as it is: the word
     * before is a common word that is a given name too and the person begins with عبد, بن or بنت.
     */
    private NameCandidate withGivenNameBefore(List<Token> tokens, NameCandidate f, boolean[] blocked,
                                              boolean[] covered) {
        int j = f.first() - 1;
        if (j < 0 || f.prefixLength() > 0 || f.first() == f.last() || covered[j] || blocked[j]
                || !tokens.get(j).isWord() || !commonWordGivenNames.contains(tokens.get(j).text())
                || !AFTER_GIVEN_NAME.contains(tokens.get(f.first()).text())) {
            return f;
        }
        covered[j] = true;
        return new NameCandidate(EntityType.PERS, j, f.last(), 0, f.source(), null, null);
    }

    /**
     * The last token of the person once the parts the model and the rules left out are taken in; {@code afterNoun}
     * when it is the name after a common noun the model ran over, whose adjective a common word after the name is
     * ({@code صديق مايكل الحميم}, "Michael's close friend").
     */
    private int extendedEnd(List<Token> tokens, NameCandidate f, String[] tags, boolean[] blocked,
                            boolean[] covered, boolean afterNoun) {
        int j = f.last() + 1;
        if (j >= tokens.size() || covered[j] || blocked[j] || !tokens.get(j).isWord()) {
            return f.last();
        }
        String w = tokens.get(j).text();
        if (EntityType.PERS.tags(tags[j]) && isForeignNameInWa(w)) {
            return j;
        }
        if (j + 1 < tokens.size() && tokens.get(j + 1).is("الله") && !covered[j + 1] && !blocked[j + 1]
                && isCompoundHead(w)) {
            return j + 1;
        }
        if (f.first() == f.last() && f.prefixLength() == 0 && isListedGivenName(tokens.get(f.first()).text())
                && isCommonFamilyName(w) && !afterNoun) {
            return j;
        }
        return f.last();
    }

    /** و+ا then a word the treebank does not know, which is no name token either: وايزنغر, not واحمد or وامريكا. */
    private boolean isForeignNameInWa(String w) {
        if (w.length() < 5 || !Clitics.startsWithAnd(w) || crf.knowsAsWritten(w)) {
            return false;
        }
        String rest = Clitics.afterProclitic(w);
        return rest.startsWith("ا") && !crf.knowsAsWritten(rest) && crf.wordClass(rest).equals(WordClasses.UNKNOWN)
                && !NameLexicon.isPersonToken(rest);
    }

    /** The first word of a name in {@code … الله}: no article, verb, particle or pronoun suffix (رحمه الله). */
    private boolean isCompoundHead(String w) {
        return !OrgRules.isDefinite(w) && w.length() >= 2 && !w.endsWith("ه") && !Clitics.startsWithAnd(w)
                && !orgRules.isStopWord(w) && !orgRules.isPersonTitle(w)
                && COMPOUND_HEAD_CLASSES.contains(crf.wordClass(w));
    }

    /** A given name of the lists, as written (بدر, عبدالرحمن), no title. */
    private boolean isListedGivenName(String w) {
        return crf.knowsAsWritten(w) && crf.wordClass(w).equals("GPERS") && !OrgRules.isDefinite(w)
                && !orgRules.isPersonTitle(w);
    }

    /**
     * A definite word that can be a family name though it is a common noun or adjective (الطالب, البنيان): masculine
     * and singular in shape (not الجديدة, المشاركين, الأطراف), no title, trigger, stop word or nationality adjective.
     */
    private boolean isCommonFamilyName(String w) {
        if (!OrgRules.isDefinite(w) || w.length() < 5 || !COMMON_FAMILY_NAME_CLASSES.contains(crf.wordClass(w))) {
            return false;
        }
        return !w.endsWith("ه") && !w.endsWith("ات") && !w.endsWith("ين") && !w.endsWith("ون")
                && !WordForms.isDefiniteParticipleInMutOrMust(w) && !orgRules.isStopWord(w)
                && !orgRules.isPersonTitle(w) && !orgRules.isTrigger(w) && demonyms.country(w) == null
                && !OrgRules.isNisba(w);
    }

    /** A given name, a proper noun or a listed name token. */
    private boolean isName(String w) {
        String wordClass = crf.wordClass(w);
        return wordClass.equals("GPERS") || wordClass.equals("NNP") || NameLexicon.isPersonToken(w);
    }
}
