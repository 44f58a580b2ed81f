package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.OrdinalReader;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.khabar.ner.EntityType.PERS;


/**
 * Persons the model missed, found by rule: a given name after a title with the article ({@code اللواء ثامر
 * المحشادي}), a listed given name before a family name with the article ({@code بدر الحقباني}), and foreign names
 * that their context shows ({@link CuedPersons}).
 */
final class RulePersons {
    private final CrfModel crf;
    private final OrgRules orgRules;
    private final NameEvidence names;
    private final NameGazetteer organizations;
    private final NerWordLists lists;
    private final CountryAdjectives adjectives;
    private final NameWords nameWords;
    private final PersonNameParts parts;
    private final CuedPersons cued;
    /** Ordinals after a sovereign's name (الثاني, السادس عشر). */
    private final OrdinalReader ordinals = new OrdinalReader();

    RulePersons(CrfModel crf, OrgRules orgRules, NameEvidence names, NameGazetteer organizations, NerWordLists lists,
                CountryAdjectives adjectives, NameWords nameWords, PersonNameParts parts) {
        this.crf = crf;
        this.orgRules = orgRules;
        this.names = names;
        this.organizations = organizations;
        this.lists = lists;
        this.adjectives = adjectives;
        this.nameWords = nameWords;
        this.parts = parts;
        this.cued = new CuedPersons(crf, orgRules, adjectives, lists);
    }

    /** The persons after titles, then those of a given and a family name. */
    List<NameCandidate> find(List<Token> tokens, String[] tags, boolean[] blocked, boolean[] givenBySpelling) {
        List<NameCandidate> out = new ArrayList<>(titledPersons(tokens, tags, blocked));
        out.addAll(givenAndFamilyNames(tokens, tags, blocked, givenBySpelling));
        for (NameCandidate c : cued.find(tokens, tags, blocked)) {
            if (out.stream().noneMatch(c::overlaps)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Persons the model missed after a title with the article ({@code اللواء ثامر المحشادي}, {@code الأستاذ موفق منصور
     * جمال}): a word that can be a given name and is no common word of another kind (a verb, a place, an adjective of a
     * country), then the name's other parts ({@link PersonNameParts#personEnd}). After a royal title only a sovereign
     * with an ordinal ({@link #isSovereign}).
     */
    private List<NameCandidate> titledPersons(List<Token> tokens, String[] tags, boolean[] blocked) {
        List<NameCandidate> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token title = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (blocked[i] || !tags[i].equals("O") || !tags[i - 1].equals("O") || !title.isWord()
                    || !t.isWord()) {
                continue;
            }
            String titleStem = NameWords.stemAfter(title, nameWords.procliticLength(title, Set.of()));
            boolean royal = orgRules.isRoyalTitle(titleStem);
            if (!OrgRules.isDefinite(titleStem) || !orgRules.isPersonTitle(titleStem)
                    || royal && !isSovereign(tokens, i) || !parts.isGivenName(t, false) && !isNameInAlef(t.text())
                    || !PersonNameParts.GIVEN_NAME_CLASSES.contains(crf.wordClass(t.text()))
                    || lists.isPlaceNotGivenName(t.text())
                    || !crf.knowsAsWritten(t.text()) && !crf.wordClass(t.text()).equals(WordClasses.UNKNOWN)
                    || adjectives.isAdjectiveOfCountry(t.text()) || PersonNameParts.hasPronounSuffix(t.text())
                    || i + 1 < tokens.size() && tokens.get(i + 1).is("-")) {
                continue;
            }
            int last = parts.personEnd(tokens, tags, blocked, i, i, true);
            if (royal) {
                last = ordinals.read(tokens, last + 1).lastToken(); // الملكة إليزابيث الثانية
            }
            String wordClass = crf.wordClass(t.text());
            if (last > i || wordClass.equals("GPERS") || wordClass.equals("NNP")) {
                // one word alone only when it is a known name: not اللاعب باق مع ("remains"), الرئيس سيزور ("will visit")
                out.add(new NameCandidate(PERS, i, last, 0, Source.PATTERN, null, null));
                i = last;
            }
        }
        return out;
    }

    /**
     * A known name at {@code i} after a royal title, then the sovereign's ordinal with the article ({@code الملكة
     * إليزابيث الثانية}). A royal title and a name alone are left to the model: most often they name a road, a dam or a
     * hospital (طريق الملك فهد), which is no person.
     */
    private boolean isSovereign(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        String wordClass = crf.wordClass(w);
        NumberMatch ordinal = ordinals.read(tokens, i + 1);
        return (wordClass.equals("GPERS") || wordClass.equals("NNP") || names.isUnseenName(w)) && ordinal != null
                && agreesWithTitle(tokens.get(i - 1).text(), tokens.get(i + 1).text());
    }

    /**
     * Whether a definite ordinal after a name is the sovereign's number: feminine after a queen's title, masculine
     * after a king's ({@code الملكة … الثانية}, {@code الملك … الثاني}); one that does not agree counts something else
     * ({@code رسالة الملك سلمان الثالثة}, the king's third letter).
     */
    static boolean agreesWithTitle(String title, String ordinal) {
        return OrgRules.isDefinite(ordinal) && title.endsWith("ه") == ordinal.endsWith("ه");
    }

    /**
     * A known foreign name that begins as the article does once normalized (إليزابيث, ألفريد → اليزابيث, الفريد),
     * the rest no word of the treebank.
     */
    private boolean isNameInAlef(String w) {
        return OrgRules.isDefinite(w) && !OrgRules.isNisba(w) && NameLexicon.isPersonToken(w)
                && !crf.knowsAsWritten(w.substring(2));
    }

    /**
     * A given name that ANERGazet lists as a place too ({@code عمر الجاسر}), before a family name the treebank knows in
     * no form, and not after a preposition, where it is as often the common word ({@code في عمر الزهور}, "in the age
     * of flowers").
     */
    private boolean isGivenNameListedAsPlace(List<Token> tokens, int i) {
        return lists.givenNamesListedAsPlaces.contains(tokens.get(i).text())
                && crf.wordClass(tokens.get(i + 1).text()).equals(WordClasses.UNKNOWN)
                && (i == 0 || !tokens.get(i - 1).isWord() || !orgRules.isStopWord(tokens.get(i - 1).text()));
    }

    /**
     * Persons the model missed that are a listed given name and a family name with the article ({@code بدر الحقباني},
     * {@code علي العولقي}), wherever they stand: a definite word that the treebank does not know, or knows as a proper
     * noun, right after a given name is its family name ({@link PersonNameParts#isNamePart}; not a title, الملك, nor a dual), then the
     * name's other parts. The given name is a plain one ({@link NameEvidence#isPlainGivenName}) that is no place,
     * organization or country's adjective (a given name first that ANERGazet lists as a place too, عمر, is no place
     * here), or {@code علي} by its spelling ({@link NameEvidence#givenNamesBySpelling}); not after a noun of places, of
     * facilities or of organizations, whose name it begins ({@code شارع عمر المختار}).
     */
    private List<NameCandidate> givenAndFamilyNames(List<Token> tokens, String[] tags, boolean[] blocked,
                                            boolean[] givenBySpelling) {
        List<NameCandidate> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (blocked[i] || blocked[i + 1] || !tags[i].equals("O") || !tags[i + 1].equals("O") || !t.isWord()
                    || !next.isWord() || !OrgRules.isDefinite(next.text())) {
                continue;
            }
            boolean given = givenBySpelling[i] || parts.isGivenName(t, false) && names.isPlainGivenName(t.text())
                    && (!lists.placeNames.contains(t.text()) || isGivenNameListedAsPlace(tokens, i))
                    && !organizations.isOneWordName(t.text())
                    && !adjectives.isAdjectiveOfCountry(t.text()) && !PersonNameParts.hasPronounSuffix(t.text());
            if (!given || i > 0 && (lists.isPlaceNoun(tokens.get(i - 1)) || lists.isFacilityNoun(tokens.get(i - 1))
                    || tokens.get(i - 1).isWord() && orgRules.isTrigger(tokens.get(i - 1).text()))) {
                continue;
            }
            if (orgRules.isPersonTitle(next.text()) || next.text().endsWith("تين")
                    || !parts.isNamePart(t, next, false, false, false, true)) {
                continue; // باب الملك, مسجد الإمام; a dual (الحقيبتين)
            }
            int last = parts.personEnd(tokens, tags, blocked, i, i + 1, false);
            out.add(new NameCandidate(PERS, i, last, 0, Source.PATTERN, null, null));
            i = last;
        }
        return out;
    }
}
