package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.util.List;
import java.util.Set;

import static dev.khabar.ner.EntityType.PERS;
import static dev.khabar.ner.NameParticles.Kind.COMPOUND;
import static dev.khabar.ner.NameParticles.Kind.COMPOUND_GENITIVE;
import static dev.khabar.ner.NameParticles.Kind.DAUGHTER_OF;
import static dev.khabar.ner.NameParticles.Kind.FAMILY;
import static dev.khabar.ner.NameParticles.Kind.MOTHER_OF;
import static dev.khabar.ner.NameParticles.Kind.SON_OF;


/**
 * How far a person's name runs and which words can be its parts: given names, family names with the article,
 * compounds written apart ({@code عبد الله}), linkers ({@code بن}, {@code آل}), foreign names; and the words no name
 * is (stop words, titles, words with an attached pronoun).
 */
final class PersonNameParts {
    /** How many words a person's name may run on past where the model ended it. */
    private static final int MAX_NAME_EXTENSION = 4;
    /** Classes of a word that may be a given name after a title: names, unknown words, nouns and adjectives (موفق). */
    static final Set<String> GIVEN_NAME_CLASSES = Set.of(WordClasses.UNKNOWN, "NNP", "GPERS", "JJ");
    /** Classes of a definite word that can be a family name: unknown, proper nouns, listed persons. */
    private static final Set<String> FAMILY_NAME_CLASSES = Set.of(WordClasses.UNKNOWN, "DTNNP", "NNP", "GPERS");
    private static final Set<String> FILIATION = NameParticles.of(SON_OF, DAUGHTER_OF);
    private static final Set<String> LINKERS = NameParticles.of(SON_OF, DAUGHTER_OF, FAMILY, COMPOUND, COMPOUND_GENITIVE);
    private static final Set<String> COMPOUND_HEADS = NameParticles.of(COMPOUND, COMPOUND_GENITIVE, MOTHER_OF);

    private final CrfModel crf;
    private final OrgRules orgRules;
    private final NameEvidence names;
    private final Set<String> placeNames;
    private final CountryAdjectives adjectives;

    PersonNameParts(CrfModel crf, OrgRules orgRules, NameEvidence names, NerWordLists lists,
                    CountryAdjectives adjectives) {
        this.crf = crf;
        this.orgRules = orgRules;
        this.names = names;
        this.placeNames = lists.placeNames;
        this.adjectives = adjectives;
    }

    /** The last token of a person's name that begins at {@code first} and that the model ends at {@code last}. */
    int personEnd(List<Token> tokens, String[] tags, boolean[] blocked, int first, int last, boolean titled) {
        int limit = Math.min(tokens.size() - 1, last + MAX_NAME_EXTENSION);
        while (last < limit) {
            int j = last + 1;
            Token current = tokens.get(last);
            Token next = tokens.get(j);
            if (blocked[j] || !(tags[j].equals("O") || PERS.tags(tags[j]))) {
                break;
            }
            if (next.is("-") && j + 1 < tokens.size() && !blocked[j + 1] && tokens.get(j + 1).isWord()
                    && current.end() == next.start() && next.end() == tokens.get(j + 1).start()) {
                last = j + 1; // جان-لوك
                continue;
            }
            if (next.isWord() && last > first && isFatherWithArticle(tokens.get(last - 1).text())
                    && isFatherWithArticle(current.text()) && isFamilyThatIsATimeWord(next.text())) {
                last = j; // الصباح after two fathers' names (جابر الأحمد الجابر الصباح; not الغنام الجميع)
                continue;
            }
            if (!next.isWord() || orgRules.isStopWord(next.text())) {
                break;
            }
            if (isCompoundHead(current) && !Clitics.startsWithAnd(next.text())) {
                last = j; // عبد الملك, أبو بكر: one name written apart
                continue;
            }
            if (orgRules.isPersonTitle(next.text())) {
                break;
            }
            if (isLinker(next) && j + 1 <= limit && !blocked[j + 1] && isGivenName(tokens.get(j + 1), false)) {
                last = j + 1; // بن زهير, آل سعود
                continue;
            }
            if (isNamePart(current, next, last > first && isCompoundHead(tokens.get(last - 1)), last == first,
                    titled, false)) {
                last = j;
                continue;
            }
            break;
        }
        return last;
    }

    /**
     * Whether {@code next} continues the person's name that ends with {@code current}: a foreign name in و that the
     * treebank does not know ({@code ويلهامسون}), a known name, a family name with the article that is no common noun
     * and no country's adjective after a listed given name ({@code علي السيهاتي}; an adjective right after one,
     * {@code عبدالعزيز المسند}).
     */
    boolean isNamePart(Token current, Token next, boolean secondOfCompound, boolean shortName,
                               boolean titled, boolean givenBefore) {
        String w = next.text();
        if (isForeignW(w)) {
            return true;
        }
        if (Clitics.startsWithAnd(w) && !crf.knowsAsWritten(w) || placeNames.contains(w) || orgRules.isTrigger(w)
                || adjectives.isAdjectiveOfCountry(w)) {
            return false; // وقطر, ومحمد: the next name of a list
        }
        for (Clitics.Reading r : next.readings()) {
            if (r.prefixLength() > 0 && orgRules.isStopWord(r.stem())) {
                return false; // بأن
            }
        }
        if (!OrgRules.isDefinite(w) && !OrgRules.isDefinite(current.text()) && names.isUnseenName(w)
                && next.readings().stream().noneMatch(r -> r.prefixLength() > 0 && Clitics.hasArticle(r.stem()))) {
            return true; // نبيل بهوي: a name token no common word spells, though ب + هوي reads as a verb
        }
        String wordClass = crf.wordClass(w);
        if (!crf.knowsAsWritten(w) && !wordClass.equals(WordClasses.UNKNOWN)
                || Clitics.startsWith(w, Clitics.LAM) && crf.knowsAsWritten(Clitics.afterProclitic(w))) {
            return false; // a known word behind proclitics (لصالح, لليوناني) is no part of the name
        }
        if (OrgRules.isDefinite(w)) {
            // After a listed (Arabic) given name only (علي السيهاتي; not سلفان شالوم النقاب); an adjective only right
            // after one (عبدالعزيز المسند, not صالح المتحالف after علي عبد الله).
            if (isFatherWithArticle(current.text()) && isAncestorOrFamily(w)) {
                return true; // جابر الأحمد الجابر الصباح: a chain of fathers' names with the article, then the family
            }
            boolean listedBefore = givenBefore || crf.wordClass(current.text()).equals("GPERS");
            boolean adjective = wordClass.equals("DTJJ") && shortName && listedBefore;
            return (!OrgRules.isDefinite(current.text()) && listedBefore || secondOfCompound) && !hasPronounSuffix(w)
                    && !isInflectedWord(w) && (FAMILY_NAME_CLASSES.contains(wordClass) || adjective);
        }
        if (OrgRules.isDefinite(current.text())) {
            return false; // after a family name with the article the name has ended (عبدالرحمن السلمي أنهم)
        }
        // An unknown word without the article is as often a verb or a noun the dictionary lacks in that form
        // (طالباني متضامنا, طلعت زكريا حلمه): only known names continue, and name tokens no common word spells;
        // after a foreign given name alone, an unknown word without the prefixes of verbs and participles too.
        return names.isNameNotWord(w) || shortName && isForeignSurnameAfter(current, w);
    }

    /**
     * A listed given name with the article, as a father's or grandfather's name in Gulf names (الأحمد, الجابر); not a
     * nisba (العامري), which is the family's name and ends the chain.
     */
    private boolean isFatherWithArticle(String w) {
        return OrgRules.isDefinite(w) && w.length() > 4 && !OrgRules.isNisba(w) && names.isPlainGivenName(w.substring(2));
    }

    /**
     * A word after a father's name with the article that goes on with the name: another father's name (الجابر), or
     * a family name the treebank knows as a proper noun.
     */
    private boolean isAncestorOrFamily(String w) {
        return isFatherWithArticle(w) || crf.wordClass(w).equals("DTNNP")
                && !hasPronounSuffix(w) && !isInflectedWord(w);
    }

    /**
     * A given name with the article that is a common word too, a word of time even (الصباح): after two fathers' names
     * it is the family's name (جابر الأحمد الجابر الصباح); not الذي.
     */
    private boolean isFamilyThatIsATimeWord(String w) {
        return OrgRules.isDefinite(w) && w.length() >= 6 && crf.wordClass(w.substring(2)).equals("GPERS")
                && !orgRules.isStopWord(w.substring(2));
    }

    /** A word that can be a person's given name: no article, no و, no stop word, title or trigger noun. */
    boolean isGivenName(Token t, boolean blocked) {
        String w = t.text();
        if (!t.isWord() || blocked || OrgRules.isDefinite(w) || Clitics.startsWithAnd(w) || w.length() < 2
                || orgRules.isStopWord(w) || orgRules.isPersonTitle(w) || orgRules.isTrigger(w)) {
            return false;
        }
        for (Clitics.Reading r : t.readings()) {
            if (r.prefixLength() > 0 && Clitics.hasArticle(r.stem())) {
                return false; // بالبدلة
            }
        }
        return true;
    }

    /**
     * A foreign name that begins with W (ويلهامسون, وودي): و, then ي or و, and unknown as written. Not و + ا, which is
     * as often و before a name in أ, إ or آ (وآرتورو), the hamza folded by the normalizer.
     */
    boolean isForeignW(String w) {
        return w.length() >= 5 && Clitics.startsWithAnd(w) && "يو".indexOf(w.charAt(1)) >= 0 && !crf.knowsAsWritten(w)
                && crf.wordClass(w).equals(WordClasses.UNKNOWN)
                && !adjectives.isAdjectiveOfCountry(Clitics.afterProclitic(w));
    }

    /** A word that ends in an attached pronoun, which no name does: قصيدته, أعمالها, منهم (not مها). */
    static boolean hasPronounSuffix(String w) {
        return w.length() > 3 && (w.endsWith("ته") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("كم")
                || w.endsWith("هما"));
    }

    /**
     * An unknown word after a foreign given name ({@code إدواردو بانياجوا}): the given name a Wikidata name token the
     * treebank knows as a proper noun (not a listed Arabic name: وقوات صالح قصفوا), the word one the treebank does not know in any form, of four letters at least, not
     * beginning like a verb or a participle (م ت ي ن ا: متضامنا) nor ending in ه or a pronoun.
     */
    private boolean isForeignSurnameAfter(Token current, String w) {
        String given = current.text();
        String givenClass = crf.wordClass(given);
        return NameLexicon.isPersonToken(given) && givenClass.equals("NNP")
                && !OrgRules.isDefinite(given) && w.length() >= 4 && crf.wordClass(w).equals(WordClasses.UNKNOWN)
                && "متينا".indexOf(w.charAt(0)) < 0 && !w.endsWith("ه") && !hasPronounSuffix(w);
    }

    /**
     * A definite word whose shape is a common word's, which the treebank's dictionary may lack in that form: feminine
     * (الفاحشة), sound plurals of participles (المشرعين, المواطنون, الجماعات) and participles in مت/مست (المتحالف,
     * المستشار). Family names are mostly nisbas or plain stems (القحطاني, الحسينان, السليطين).
     */
    private static boolean isInflectedWord(String w) {
        return w.endsWith("ه") || w.endsWith("ات")
                || WordForms.hasMimAfterArticle(w) && (w.endsWith("ين") || w.endsWith("ون"))
                || WordForms.isDefiniteParticipleInMutOrMust(w);
    }

    /** بن, بنت, ابن, آل (ال when normalized): a name follows. */
    private static boolean isFiliation(Token t) {
        return FILIATION.contains(t.text());
    }

    /** A filiation, آل, عبد or أبو (not أم, which is also "or"): a given name after it is the name's next part. */
    private static boolean isLinker(Token t) {
        return LINKERS.contains(t.text());
    }

    /** عبد, أبو and أم are written apart from the rest of the name: عبد الله, أبو بكر, أم كلثوم. */
    private static boolean isCompoundHead(Token t) {
        return COMPOUND_HEADS.contains(t.text());
    }
}
