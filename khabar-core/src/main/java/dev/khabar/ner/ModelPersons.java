package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.OrdinalReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.PERS;


/**
 * The model's person runs made whole: the titles and adjectives before a name left out, the words it missed before
 * and after taken in; one word alone kept when it is a known name, follows a cue, or the document confirms it.
 */
final class ModelPersons {
    /**
     * A person run as read: a person or a place; not {@code confirmed} when it is one unknown word, kept only when the
     * document confirms it ({@link #confirm}).
     */
    record Run(NameCandidate found, boolean confirmed) {
    }

    /**
     * The filiation particles of {@code name-particles.tsv} written without their initial alef (بن, بنت), the form
     * that stands only between two names; ابن also begins one (ابن العباس, ابن خلدون), so no name need stand before it.
     */
    private static final Set<String> FILIATION = NameParticles.of(NameParticles.Kind.SON_OF,
            NameParticles.Kind.DAUGHTER_OF).stream().filter(p -> !p.startsWith("ا"))
            .collect(Collectors.toUnmodifiableSet());
    /** The pronouns attached to a preposition: لي, له, لها, لنا, لهم, لك, لكم. */
    private static final Set<String> PRONOUN_SUFFIXES = Set.of("ي", "ه", "ها", "نا", "هم", "هما", "ك", "كم");
    /** Classes of a noun or adjective that takes the indefinite accusative ending ا (برنامجا, كبيرا). */
    private static final Set<String> ACCUSATIVE_STEM_CLASSES = Set.of("NN", "JJ");
    /**
     * Treebank classes of a second name that is also a common word: nouns, names, unknown words, and verbs of the
     * past (بشر, "he announced"), for which no verb could stand between a name and an office.
     */
    private static final Set<String> SECOND_NAME_CLASSES = Set.of("NN", "NNP", "GPERS", "VBD", WordClasses.UNKNOWN);

    /** Ordinals after a sovereign's name (الثاني, السادس عشر). */
    private final OrdinalReader ordinals = new OrdinalReader();
    private final CrfModel crf;
    private final OrgRules orgRules;
    private final NameEvidence names;
    private final NameGazetteer places;
    private final NameGazetteer organizations;
    private final Set<String> placeNames;
    private final Set<String> personNames;
    private final Set<String> knownNames;
    private final Demonyms demonyms;
    private final CountryAdjectives adjectives;
    private final NameWords nameWords;
    private final PersonNameParts parts;

    ModelPersons(CrfModel crf, OrgRules orgRules, NameEvidence names, NameGazetteer places,
                 NameGazetteer organizations, NerWordLists lists, Demonyms demonyms, CountryAdjectives adjectives,
                 NameWords nameWords, PersonNameParts parts) {
        this.crf = crf;
        this.orgRules = orgRules;
        this.names = names;
        this.places = places;
        this.organizations = organizations;
        this.placeNames = lists.placeNames;
        this.personNames = lists.personNames;
        this.knownNames = lists.knownNames;
        this.demonyms = demonyms;
        this.adjectives = adjectives;
        this.nameWords = nameWords;
        this.parts = parts;
    }

    /**
     * A person run of the model, made whole ({@code person-titles.tsv}, the word classes): titles, roles and
     * nationality adjectives before it are left out ({@code الفرنسي كيليان مبابي}), a و that is no part of the name
     * too ({@code وبوريس}); it runs on over the name's next parts ({@link PersonNameParts#personEnd}) and back to the name before
     * {@code بن} ({@code كعب بن زهير}); a country's adjective after it is not its ({@code جوراني الباراجواني}); a
     * given name alone takes the next word when an office follows that ({@code كمال بشر أمين عام}); after a royal
     * title the sovereign's ordinal joins ({@code الملكة مارغريت الثانية}). One word alone
     * is read by {@link #oneWord}. Null when nothing is left.
     */
    Run person(List<Token> tokens, String[] tags, boolean[] blocked, Set<String> standalone,
                         boolean[] givenBySpelling, int first, int last, int prefix) {
        while (first < last && (isBeforeName(NameWords.stemAfter(tokens.get(first), prefix))
                || demonymAfterTitle(tokens, first, NameWords.stemAfter(tokens.get(first), prefix)))) {
            first++;
            prefix = nameWords.procliticLength(tokens.get(first), standalone);
        }
        if (last == first && adjectives.isAdjectiveOfCountry(NameWords.stemAfter(tokens.get(first), prefix))) {
            return null; // وروسي: "and Russian"
        }
        NameGazetteer.Match place = last > first ? places.longestAt(tokens, first) : null;
        if (place != null && place.last() == last && place.prefixLength() == prefix && !titleBefore(tokens, first)
                && !crf.wordClass(NameWords.stemAfter(tokens.get(first), prefix)).equals("GPERS")) {
            return new Run(new NameCandidate(LOC, first, last, prefix, Source.CRF, null, null), true); // إلى ريو دي جانيرو
        }
        NameCandidate start = withNameBefore(tokens, tags, blocked, givenBySpelling, first, prefix == 0
                ? procliticBeforeName(tokens.get(first)) : prefix);
        first = start.first();
        prefix = start.prefixLength();
        last = parts.personEnd(tokens, tags, blocked, first, last, titleBefore(tokens, first));
        while (last > first && adjectives.isAdjectiveOfCountry(tokens.get(last).text())
                && !crf.wordClass(tokens.get(last - 1).text()).equals("GPERS")) {
            last--; // جوراني الباراجواني; but عبدالله التركي, محمد المصري are family names
        }
        while (last > first && isIndefiniteAccusative(tokens.get(last).text())) {
            last--; // قدمت الفنانة مها أحمد برنامجا: "a programme", the object after the name, is no part of it
        }
        NumberMatch ordinal = first > 0 && tokens.get(first - 1).isWord()
                && orgRules.isRoyalTitle(tokens.get(first - 1).text()) ? ordinals.read(tokens, last + 1) : null;
        if (ordinal != null && RulePersons.agreesWithTitle(tokens.get(first - 1).text(), tokens.get(last + 1).text())
                && (!OrgRules.isDefinite(tokens.get(last).text()) || tokens.get(last).is("الله"))
                && !blocked[ordinal.lastToken()]) {
            // الملكة مارغريت الثانية, not رسالة الملك سلمان الثالثة ("the king's third letter") nor a family name's
            last = ordinal.lastToken();
        }
        if (first == last && prefix == 0 && isSecondNameBeforeRole(tokens, tags, blocked, first)) {
            last++; // وقال كمال بشر أمين عام الاتحاد: a given name, one more name, then the office it holds
        }
        if (first < last) {
            return new Run(new NameCandidate(PERS, first, last, prefix, Source.CRF, null, null), true);
        }
        return oneWord(tokens, first, prefix);
    }

    /**
     * Whether the model's one-word location at {@code i} is the family name of a given name right before it that the
     * model left out ({@code وعلي الحجار}, {@code ونيكول سابا}): the same reading {@link #withNameBefore} gives a
     * person's run. The caller checks that the stage's place lists do not hold the word; ANERGazet's one-word places
     * may (سابا).
     */
    boolean isFamilyNameAfterGivenName(List<Token> tokens, String[] tags, boolean[] blocked,
                                       boolean[] givenBySpelling, int i) {
        String word = tokens.get(i).text();
        if (i == 0 || blocked[i] || adjectives.isAdjectiveOfCountry(word)
                || OrgRules.isDefinite(word) && placeNames.contains(word)) { // بدول الخليج
            return false;
        }
        NameCandidate start = withNameBefore(tokens, tags, blocked, givenBySpelling, i, 0);
        if (start.first() == i || start.prefixLength() > 0 && !Clitics.startsWithConjunction(tokens.get(i - 1).text())
                || places.longestAt(tokens, i - 1) != null) {
            return false; // خميس مشيط: the two words are a listed place; بدول الخليج: ب + a noun
        }
        String given = NameWords.stemAfter(tokens.get(i - 1), start.prefixLength());
        // a given name the lists hold as one (بيتر, فرنسوا), not a linker (آل عمران) or a short word (لي "to me")
        return given.length() >= 3 && !given.equals("ال")
                && (crf.wordClass(given).equals("GPERS") || NameLexicon.isPersonToken(given));
    }


    /**
     * A common noun or adjective with the indefinite accusative ا ({@code برنامجا}, {@code رسميا}): the word without
     * it is a noun or adjective the treebank knows, and the word itself is no listed name (دينا, لينا are GPERS).
     */
    private boolean isIndefiniteAccusative(String word) {
        if (word.length() < 5 || !word.endsWith("ا") || OrgRules.isDefinite(word)) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1);
        String wordClass = crf.wordClass(word);
        return crf.knowsAsWritten(stem) && ACCUSATIVE_STEM_CLASSES.contains(crf.wordClass(stem))
                && (ACCUSATIVE_STEM_CLASSES.contains(wordClass) || wordClass.equals(WordClasses.UNKNOWN))
                && !personNames.contains(word);
    }

    /**
     * Where the person begins when the model began it one word late: at the name before {@code بن} ({@code الشاعر
     * كعب بن زهير}; not {@code رسالة بن كيران}), or at a given name before the second name ({@code عوض خميس}), also behind و ({@code وغادة عادل}). The
     * candidate's {@code first} and {@code prefixLength} only are meant.
     */
    private NameCandidate withNameBefore(List<Token> tokens, String[] tags, boolean[] blocked,
                                         boolean[] givenBySpelling, int first, int prefix) {
        if (first > 0 && prefix == 0 && FILIATION.contains(tokens.get(first).text())
                && tags[first - 1].equals("O") && parts.isGivenName(tokens.get(first - 1), blocked[first - 1])
                && (PersonNameParts.GIVEN_NAME_CLASSES.contains(crf.wordClass(tokens.get(first - 1).text()))
                    || names.isUnseenName(tokens.get(first - 1).text()) || titleBefore(tokens, first - 1))) {
            first--;
            prefix = procliticBeforeName(tokens.get(first));
        }
        if (first > 0 && prefix == 0 && tags[first - 1].equals("O") && (givenBySpelling[first - 1]
                && !blocked[first - 1] || startsName(tokens, first - 1, blocked[first - 1]))) {
            first--;
            prefix = procliticBeforeName(tokens.get(first));
        } else if (first > 0 && prefix == 0 && tags[first - 1].equals("O") && !blocked[first - 1]
                && isGivenNameAfterWa(tokens, first - 1)) {
            first--; // وغادة عادل, ونيكول سابا: the model began after the و of the name's first word
            prefix = 1;
        }
        return new NameCandidate(PERS, first, first, prefix, Source.CRF, null, null);
    }

    /**
     * A person run of one word: a place when it is a listed place and no listed person ({@code ردت سول}), or an
     * unknown word after في; nobody when it is a country's adjective, a title alone, or a preposition with a pronoun
     * after a verb ({@code قال لي}, "he told me"); a person when it is a known name or follows a cue; else not
     * {@link Run#confirmed} when it is unknown, and nobody when it is a common word.
     */
    private Run oneWord(List<Token> tokens, int first, int prefix) {
        String word = NameWords.stemAfter(tokens.get(first), prefix);
        if (adjectives.isAdjectiveOfCountry(word) || orgRules.isPersonTitle(word)
                || isPrepositionWithPronoun(word) && first > 0 && crf.wordClass(tokens.get(first - 1).text()).startsWith("VB")) {
            return null; // وروسي; سماحة alone is a form of address, not the person; قال لي
        }
        if (placeNames.contains(word) && !personNames.contains(word)) {
            return new Run(new NameCandidate(LOC, first, first, prefix, Source.CRF, null, null), true);
        }
        String wordClass = crf.wordClass(word);
        if (prefix == 0 && wordClass.equals(WordClasses.UNKNOWN) && afterPlacePreposition(tokens, first)) {
            return new Run(new NameCandidate(LOC, first, first, prefix, Source.CRF, null, null), true); // وفي مانوس
        }
        // A known name, a Wikidata name token no treebank word spells (هينان), or a family name with the article
        // that the treebank does not know (الحسينان).
        boolean known = wordClass.equals("GPERS") || wordClass.equals("NNP") || wordClass.equals("NNPS")
                || names.isUnseenName(word)
                || OrgRules.isDefinite(word) && (wordClass.equals(WordClasses.UNKNOWN) || wordClass.equals("DTNNP"));
        if (known || personCue(tokens, first)) {
            return new Run(new NameCandidate(PERS, first, first, prefix, Source.CRF, null, null), true);
        }
        // A common word (رحمه, زاويتان) is nobody without a title; an unknown one may be confirmed by the document.
        return wordClass.equals(WordClasses.UNKNOWN)
                ? new Run(new NameCandidate(PERS, first, first, prefix, Source.CRF, null, null), false) : null;
    }

    /** ل or ب with an attached pronoun (لي, له, بها): "to me", "with it", though لي is a Chinese name too. */
    private static boolean isPrepositionWithPronoun(String w) {
        return w.length() >= 2 && w.length() <= 4 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب')
                && PRONOUN_SUFFIXES.contains(w.substring(1));
    }

    /**
     * Whether the word after the listed given name at {@code i} is the name's second part because an indefinite
     * office governing the next word follows it ({@code كمال بشر أمين عام}): a word tagged O with no article, و or
     * pronoun, no stop word or title. Not after a family name ({@code الشمري اهتمام أمير المنطقة}).
     */
    private boolean isSecondNameBeforeRole(List<Token> tokens, String[] tags, boolean[] blocked, int i) {
        int j = i + 1;
        if (!crf.wordClass(tokens.get(i).text()).equals("GPERS") || OrgRules.isDefinite(tokens.get(i).text())
                || j + 2 >= tokens.size() || blocked[j]
                || !tags[j].equals("O") || !tokens.get(j).isWord()) {
            return false;
        }
        String w = tokens.get(j).text();
        return !OrgRules.isDefinite(w) && !Clitics.startsWithAnd(w) && !orgRules.isStopWord(w)
                && !orgRules.isPersonTitle(w) && !PersonNameParts.hasPronounSuffix(w)
                && SECOND_NAME_CLASSES.contains(crf.wordClass(w))
                && CuedPersons.isRoleAt(orgRules, tokens, j + 1);
    }

    /**
     * Keeps the one-word persons that are neither known names nor after a cue only when the document shows the word
     * in a longer person's name ({@code مورا} after {@code رودريجو مورا}) or as a person twice at least: the model also
     * takes fragments of common words, products and clubs for persons ({@code سماحة}, {@code آندرويد}).
     */
    void confirm(List<Token> tokens, List<NameCandidate> out, List<NameCandidate> unconfirmed) {
        Set<String> nameWords = new HashSet<>();
        for (NameCandidate f : out) {
            if (f.is(PERS)) {
                nameWords.add(NameWords.stemAfter(tokens.get(f.first()), f.prefixLength()));
                for (int k = f.first() + 1; k <= f.last(); k++) {
                    nameWords.add(tokens.get(k).text());
                }
            }
        }
        Map<String, Integer> times = new HashMap<>();
        for (NameCandidate f : unconfirmed) {
            times.merge(NameWords.stemAfter(tokens.get(f.first()), f.prefixLength()), 1, Integer::sum);
        }
        for (NameCandidate f : unconfirmed) {
            String word = NameWords.stemAfter(tokens.get(f.first()), f.prefixLength());
            if (nameWords.contains(word) || times.get(word) >= 2) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(NameCandidate::first));
    }

    /**
     * A word و + a given name right before a person the model began at the next word, in a list of names
     * ({@code وأشرف عبد الباقي وغادة عادل}): the word is no word of the treebank as written, the rest a name
     * ({@link NameEvidence#isNameNotWord}) that is no place, organization or title, nor a known word + the pronoun
     * ه ({@code وأمامه}: أمام + ه, "in front of him", though أمامة is a name). Not علي, which the normalizer cannot
     * tell from على ("and he must").
     */
    private boolean isGivenNameAfterWa(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (!t.isWord() || w.length() < 4 || !Clitics.startsWithAnd(w) || crf.knowsAsWritten(w)
                || parts.isForeignW(w)) {
            return false;
        }
        String given = Clitics.afterProclitic(w);
        return !given.equals("علي") && !OrgRules.isDefinite(given) && names.isNameNotWord(given)
                && !placeNames.contains(given) && !organizations.isOneWordName(given)
                && !orgRules.isPersonTitle(given) && !orgRules.isTrigger(given)
                && !adjectives.isAdjectiveOfCountry(given) && !PersonNameParts.hasPronounSuffix(given)
                && !(given.endsWith("ه") && crf.knowsAsWritten(given.substring(0, given.length() - 1)));
    }

    /**
     * The proclitics before a person's first word that no list or treebank word holds as written: those before a
     * known name (وبوريس), else a و before an unknown word (وسبيستيان, ولمار). Not before a foreign name in W
     * (ويليام), nor ف (فلاديمير, فرانسوا are names).
     */
    private int procliticBeforeName(Token t) {
        String w = t.text();
        if (w.length() < 4 || crf.knowsAsWritten(w) || knownNames.contains(w)) {
            return 0;
        }
        for (Clitics.Reading r : NameWords.nameReadings(t)) {
            String wordClass = crf.wordClass(r.stem());
            if (r.prefixLength() == 1 && (knownNames.contains(r.stem()) || crf.knowsAsWritten(r.stem())
                    && (wordClass.equals("GPERS") || wordClass.equals("NNP")))) {
                return r.prefixLength(); // وبوريس; not لبيد, لمار: names begin with ل and ب too
            }
        }
        return Clitics.startsWithAnd(w) && !parts.isForeignW(w) ? 1 : 0;
    }

    /**
     * A title with the article, a role or a nationality adjective before a name: الوزير, اللاعب, الفرنسي,
     * الأوروجوياني. Not a royal title, which may be part of the name (الأمير تشارلز), nor one without the article
     * (سلطان, أمير are names too).
     */
    private boolean isBeforeName(String word) {
        return OrgRules.isDefinite(word) && orgRules.isPersonTitle(word) && !orgRules.isRoyalTitle(word)
                || OrgRules.isDefinite(word) && OrgRules.isNisba(word) && !personNames.contains(word)
                && (adjectives.isAdjectiveOfCountry(word) || crf.wordClass(word).equals(WordClasses.UNKNOWN));
    }

    /**
     * A definite nationality adjective of {@code knowledge/demonyms.tsv} right after a title ({@code الرئيس الأفغاني}):
     * the title's adjective, though the word is a family name too (جمال الدين الأفغاني).
     */
    private boolean demonymAfterTitle(List<Token> tokens, int i, String word) {
        return i > 0 && OrgRules.isDefinite(word) && demonyms.country(word) != null && tokens.get(i - 1).isWord()
                && orgRules.isPersonTitle(tokens.get(i - 1).text());
    }

    /** Whether a title or role stands before token {@code i}, directly or before a nationality adjective. */
    private boolean titleBefore(List<Token> tokens, int i) {
        int k = i - 1;
        if (k > 0 && tokens.get(k).isWord() && OrgRules.isDefinite(tokens.get(k).text())
                && OrgRules.isNisba(tokens.get(k).text())) {
            k--; // النجم البرازيلي نيمار
        }
        return k >= 0 && tokens.get(k).isWord() && orgRules.isPersonTitle(tokens.get(k).text());
    }

    /**
     * Whether token {@code i} comes right after في ("in"): an unknown word there is a place far more often than a
     * person (وفي مانوس أكد مصدر), though the treebank reads وفي as a verb ("he fulfilled").
     */
    private static boolean afterPlacePreposition(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).is("في") || tokens.get(i - 1).is("وفي"));
    }

    /**
     * Whether the words around token {@code i} show a person: a title ({@link #titleBefore}), a nationality adjective
     * (الإسباني فابريغاس), or a verb the treebank knows, whose agent the name is (وقال بوين, وأضاف فيشمان), before
     * it; or a role after it that governs the next word (أوستاريز لاعب بيلباو).
     */
    private boolean personCue(List<Token> tokens, int i) {
        if (titleBefore(tokens, i) || CuedPersons.isRoleAt(orgRules, tokens, i + 1)) {
            return true; // a title before, or a role after that governs the next word (أوستاريز لاعب بيلباو)
        }
        if (i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        return adjectives.isAdjectiveOfCountry(before) && OrgRules.isDefinite(before)
                || crf.wordClass(before).startsWith("VB");
    }

    /**
     * A known given name at {@code i}, right before a person that the model began one word late: not a place, an
     * organization or an adjective, nor the complement of an indefinite noun before it ({@code شاعر عكاظ}).
     */
    private boolean startsName(List<Token> tokens, int i, boolean blocked) {
        Token t = tokens.get(i);
        if (i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).readings().stream()
                .anyMatch(r -> !OrgRules.isDefinite(r.stem()) && (crf.isCommonNoun(r.stem())
                        || crf.wordClass(r.stem()).equals("GLOC") || crf.wordClass(r.stem()).equals("GORG")))) {
            return false; // بسوق عكاظ خالد الحارثي
        }
        return parts.isGivenName(t, blocked) && names.isFirstNameBefore(t.text()) && !placeNames.contains(t.text())
                && !organizations.isOneWordName(t.text()) && !adjectives.isAdjectiveOfCountry(t.text())
                && !PersonNameParts.hasPronounSuffix(t.text());
    }
}
