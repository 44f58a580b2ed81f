package dev.khabar.ner;

import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Source;
import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Background;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.pipeline.Span;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.MISC;
import static dev.khabar.ner.EntityType.ORG;
import static dev.khabar.ner.EntityType.PERS;

/**
 * Finds organizations, persons and locations.
 *
 * <ol>
 *   <li>A CRF ({@link CrfModel}, trained on ANERcorp) tags each sentence's tokens PERS / LOC / ORG / MISC (MISC is
 *       not reported).</li>
 *   <li>Organizations known by name ({@code organizations.tsv}) and organizations found by their shape
 *       ({@link OrgRules}: trigger noun + construct chain, «» names) take precedence over the CRF's organizations
 *       and over persons and locations inside them.</li>
 *   <li>An acronym in parentheses right after an organization, {@code (فيفا)}, is a mention of its own with the same
 *       name.</li>
 *   <li>Proclitics stay outside a mention ({@code لحركة حماس} → {@code حركة حماس}, {@code بجنيف} → {@code جنيف}) when
 *       the word without them is a known name, starts with the article, or stands alone elsewhere in the text.</li>
 *   <li>{@code name}: the gazetteer's canonical name, else the mention without harakat; mentions of one document with
 *       the same normalized form share the first one's name.</li>
 *   <li>The document pass ({@link DocumentPass}), over the whole text: an entity found once marks its other
 *       occurrences, and a person's last or first word standing alone later is that person, with the full name.</li>
 * </ol>
 * Built once (loads the model and the data, about 0.5 s); {@link #annotate} is thread-safe and linear in the text.
 */
public final class NerAnnotator implements Annotator {
    private static final int MAX_ACRONYM_WORDS = 3;
    /** A sports report has at least one word of sports-words.tsv in this many tokens. */
    private static final int TOKENS_PER_SPORTS_WORD = 100;
    private static final String STEP = "ner";

    private final CrfModel crf;
    private final NameGazetteer organizations;
    /** Well-known places, reported where nothing else was found. */
    private final NameGazetteer places;
    private final OrgRules orgRules;
    private final PlaceBodies placeBodies;
    private final OrgShortNames orgShortNames;
    private final MediaCues mediaCues;
    private final OrgLists orgLists;
    /** Null when the stage runs without it. */
    private final DocumentPass documentPass;
    private final NerWordLists lists;
    private final SentenceTagger tagger;
    private final CountryAdjectives adjectives;
    private final PlaceContext placeContext;
    private final NameWords nameWords;
    private final ModelPersons modelPersons;
    private final RulePersons rulePersons;
    /** Countries and GeoNames ids of listed places (knowledge/places.tsv), whose names also join {@link #places}. */
    private final PlaceLinker placeLinker;
    /** Nationality adjectives: an organization's country, and السعودية the adjective after a noun. */
    private final Demonyms demonyms = new Demonyms();
    /** The country the words after a place give it (بالنسيا الإسبانية, طرابلس شمال لبنان). */
    private final NearbyCountry nearbyCountry;
    /** Unlisted places named after a noun of places (قرية الزهيرات, أحياء الزهيرات والقرينية). */
    private final PlaceNounNames placeNounNames;
    /** Unlisted places in lists of places (تونس وليبيا وأزواد). */
    private final PlaceLists placeLists;

    public NerAnnotator() {
        this(CrfModel.loadDefault());
    }

    /** With another model (for evaluation of a freshly trained one). */
    public NerAnnotator(CrfModel crf) {
        this(crf, true);
    }

    /** With another model, and with or without the document pass (to measure what it adds). */
    public NerAnnotator(CrfModel crf, boolean documentPass) {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        this.crf = crf;
        NameEvidence names = new NameEvidence(crf, normalizer);
        this.organizations = new NameGazetteer("organizations.tsv", normalizer, tokenizer);
        this.places = new NameGazetteer("places.tsv", "place-nouns.tsv", normalizer, tokenizer);
        // knowledge/: open lists of places and clubs, after the stage's own lists, which win the names they share;
        // read on a thread of their own while the rest of the stage loads (only the two tries take them, and
        // nothing below reads the tries before get())
        NameGazetteer placeTrie = places;
        NameGazetteer orgTrie = organizations;
        Background<PlaceLinker> knowledge = Background.start("khabar-ner-knowledge", () -> {
            PlaceLinker linker = new PlaceLinker(placeTrie, "places.tsv");
            for (String[] club : DataFile.table(NerData.class, "knowledge/clubs.tsv", 3)) {
                orgTrie.addKeyed(club[0], club[1], club[2].equals("*"));
            }
            return linker;
        });
        this.tagger = new SentenceTagger(crf, new NameGazetteer("set-phrases.tsv", null, normalizer, tokenizer));
        this.lists = new NerWordLists(normalizer, tokenizer, places);
        this.orgRules = new OrgRules(normalizer, crf::isCommonNoun, crf::wordClass,
                w -> lists.placeNames.contains(w) || lists.placeNouns.contains(w));
        this.documentPass = documentPass
                ? new DocumentPass(normalizer,
                        word -> names.isUnseenName(word) || !crf.tag(List.of(word)).get(0).equals("O"),
                        orgRules::isPersonTitle,
                        word -> crf.wordClass(word).equals("GPERS") || NameLexicon.isPersonToken(word)) : null;
        this.placeBodies = new PlaceBodies(normalizer, lists.placeNouns);
        this.mediaCues = new MediaCues(normalizer);
        this.orgLists = new OrgLists(normalizer, orgRules, crf::wordClass, this::isVerb);
        this.orgShortNames = new OrgShortNames(orgRules, crf::isNameWord, lists::isSportsWord);
        this.nearbyCountry = new NearbyCountry(demonyms, lists.compassNouns);
        this.adjectives = new CountryAdjectives(places, lists, demonyms);
        this.placeContext = new PlaceContext(lists, orgRules);
        this.nameWords = new NameWords(lists);
        PersonNameParts parts = new PersonNameParts(crf, orgRules, names, lists, adjectives);
        this.modelPersons = new ModelPersons(crf, orgRules, names, places, organizations, lists, demonyms, adjectives,
                nameWords, parts);
        this.rulePersons = new RulePersons(crf, orgRules, names, organizations, lists, adjectives, nameWords, parts);
        this.placeNounNames = new PlaceNounNames(normalizer, lists::isPlaceNoun, lists::locationHead, crf::wordClass);
        this.placeLists = new PlaceLists(crf::wordClass);
        this.placeLinker = knowledge.get();
    }


    /**
     * A mention in tokens: {@code [first, last]}, proclitic chars on the first, its type and source; its canonical
     * name when known, or the earlier mention whose name it takes ({@code sameAs}: an acronym, a person's short form).
     */
    record Found(String type, int first, int last, int prefixLength, String source, String canonical, Found sameAs) {
        int length() {
            return last - first;
        }

        boolean overlaps(Found o) {
            return first <= o.last && o.first <= last;
        }

        Found(EntityType type, int first, int last, int prefixLength, String source, String canonical, Found sameAs) {
            this(type.name(), first, last, prefixLength, source, canonical, sameAs);
        }

        boolean is(EntityType t) {
            return type.equals(t.name());
        }

        EntityType entityType() {
            return EntityType.valueOf(type);
        }
    }


    @Override
    public void annotate(Document doc, Mentions out) {
        List<Token> tokens = doc.tokens();
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        boolean[] blocked = blocked(doc, out);
        boolean[] givenBySpelling = NameEvidence.givenNamesBySpelling(doc); // علي, not على
        String[] tags = tagger.tag(doc, tokens, blocked);
        boolean[] properNoun = new boolean[n];
        Set<String> standalone = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            properNoun[i] = !tags[i].equals("O") || organizations.isOneWordName(t.text())
                    || lists.placeNames.contains(t.text());
            if (t.isWord() && properNoun[i]) {
                standalone.add(t.text()); // a name seen bare elsewhere: the same word with و/ب/ل carries a proclitic
            }
        }

        boolean sportsText = isSportsText(tokens);
        List<Found> orgs = ruleOrganizations(doc, tokens, tags, properNoun, blocked, sportsText);
        List<Found> all = MentionOverlaps.merge(tokens, orgs, crfMentions(tokens, tags, blocked, standalone,
                givenBySpelling), rulePersons.find(tokens, tags, blocked, givenBySpelling), orgRules::isTrigger);
        all.addAll(acronyms(tokens, all));
        doc.work(3L * n, STEP); // the gazetteers' and the rules' other passes: a few steps a token, as names are short
        all = withListedPlaces(doc.text(), tokens, all, blocked);
        all = withCompassWords(tokens, all, blocked);
        all = placeNounNames.apply(tokens, all, blocked);
        all.sort(Comparator.comparingInt(Found::first));
        all = placeLists.apply(tokens, all, blocked);
        all.sort(Comparator.comparingInt(Found::first));
        if (documentPass != null) {
            List<Found> aliases = orgShortNames.of(tokens, all, tags, properNoun,
                    j -> places.longestAt(tokens, j) != null || lists.placeNames.contains(tokens.get(j).text()),
                    sportsText);
            all = documentPass.apply(tokens, all, aliases, tags, blocked,
                    f -> f.is(LOC) && f.prefixLength() == 0 && placeContext.readsAsPlace(tokens, f.first()),
                    units -> doc.work(units, STEP));
        }
        // الحكومة السعودية: the adjective, not the country (knowledge/demonyms.tsv)
        all = all.stream().filter(f -> !(f.is(LOC) && f.first() == f.last() && f.prefixLength() == 0
                && demonyms.isAdjectiveAt(tokens, f.first(), crf::isCommonNoun))).toList();
        emit(doc, tokens, all, out);
    }

    /** Gazetteer names and shaped names, longest first, without overlaps. */
    private List<Found> ruleOrganizations(Document doc, List<Token> tokens, String[] tags, boolean[] properNoun,
                                          boolean[] blocked, boolean sportsText) {
        List<Found> candidates = new ArrayList<>();
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
                candidates.add(new Found(ORG, m.first(), m.last(), m.prefixLength(), "gazetteer", m.canonical(), null));
            }
        }
        boolean[] personStart = new boolean[tokens.size()];
        for (int i = 0; i < personStart.length; i++) {
            personStart[i] = PERS.begins(tags[i]);
        }
        for (OrgRules.Found f : orgRules.find(doc, tokens, properNoun, personStart, blocked)) {
            int last = f.first();
            while (last < f.last() && !isVerb(tokens.get(last + 1).text())) {
                last++; // شركة بنده بدأت الشراكة: a verb the treebank knows ends the chain
            }
            if (last > f.first()) {
                candidates.add(new Found(ORG, f.first(), last, f.prefixLength(), "pattern", null, null));
            }
        }
        for (OrgRules.Found f : orgLists.find(tokens, blocked)) {
            candidates.add(new Found(ORG, f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        for (OrgRules.Found f : mediaCues.find(tokens, blocked)) {
            candidates.add(new Found(ORG, f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        for (OrgRules.Found f : placeBodies.find(tokens, blocked, j -> placeEnd(tokens, tags, j))) {
            candidates.add(new Found(ORG, f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        // Longest first; at equal length the gazetteer (listed first) wins.
        List<Found> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Found::length).reversed());
        List<Found> kept = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()]; // the tokens of the names kept so far
        for (Found c : sorted) {
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
    private boolean isSportsText(List<Token> tokens) {
        int count = 0;
        for (Token t : tokens) {
            if (t.isWord() && lists.isSportsWord(t)) {
                count++;
            }
        }
        return count > 0 && count * TOKENS_PER_SPORTS_WORD >= tokens.size();
    }

    /**
     * {@code found} with the listed places where nothing else was found: in a short text the model can miss even a
     * country ({@code سيزور السعودية الشهر المقبل}). A listed place also replaces the model's locations inside it
     * ({@code درمان} in {@code أم درمان}); any other name found where a listed place stands wins.
     */
    private List<Found> withListedPlaces(String text, List<Token> tokens, List<Found> found, boolean[] blocked) {
        // The mentions found do not overlap: each token has at most one, and a place replaces those inside it.
        Found[] at = new Found[tokens.size()];
        for (Found f : found) {
            Arrays.fill(at, f.first(), f.last() + 1, f);
        }
        boolean added = false;
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = blocked[i] ? null : places.longestAt(tokens, i);
            if (m == null && !blocked[i] && isDatelineStart(text, tokens, i)) {
                m = places.longestAt(tokens, i, word -> true); // المفرق - : a place that is also a word
                m = m == null || m.prefixLength() > 0 || !isDash(tokens, m.last() + 1) ? null : m;
            }
            if (m == null || MentionOverlaps.anyBlocked(blocked, m.first(), m.last()) || shortAfterConjunction(tokens.get(i), m)
                    || likeBeforeName(tokens.get(i), m)) {
                continue;
            }
            Found place = new Found(LOC, m.first(), m.last(), m.prefixLength(), "gazetteer", m.canonical(), null);
            boolean onlyInnerLocations = true;
            for (int k = place.first(); k <= place.last() && onlyInnerLocations; k++) {
                Found f = at[k];
                onlyInnerLocations = f == null || f.is(LOC)
                        && f.first() >= place.first() && f.last() <= place.last() && f.length() < place.length()
                        || isPlaceReadAsPerson(f, place);
            }
            if (onlyInnerLocations) {
                Arrays.fill(at, place.first(), place.last() + 1, place);
                added = true;
                i = m.last();
            }
        }
        if (!added) {
            return new ArrayList<>(found);
        }
        List<Found> out = new ArrayList<>(found.size());
        for (int k = 0; k < at.length; k++) {
            if (at[k] != null && (k == 0 || at[k] != at[k - 1])) {
                out.add(at[k]);
            }
        }
        return out;
    }

    /**
     * Whether the model's person {@code f} is exactly a listed place of several words ({@code ريو دي جانيرو}): a
     * foreign city's name looks like a person's to the model, and no person is listed under it.
     */
    private static boolean isPlaceReadAsPerson(Found f, Found place) {
        return f.is(PERS) && f.source().equals("crf") && place.length() > 0 && place.prefixLength() == 0
                && f.first() == place.first() && f.last() == place.last() && f.prefixLength() == 0;
    }

    /**
     * Compass words in places' names: a region of {@code places.tsv} after compass nouns takes them in ({@code شمال
     * أفريقيا}, {@code جنوب شرق آسيا}; before a country or a city the place alone is the mention, POLICY), and a region noun with the article before a compass adjective
     * is a region ({@code المنطقة الشرقية}, {@code الضاحية الجنوبية}; with two, {@code البادية الشمالية الشرقية}), which
     * replaces a place found inside it.
     */
    private List<Found> withCompassWords(List<Token> tokens, List<Found> found, boolean[] blocked) {
        boolean[] covered = new boolean[tokens.size()];
        for (Found f : found) {
            Arrays.fill(covered, f.first(), f.last() + 1, true);
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
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
            out.add(first == f.first() ? f : new Found(LOC, first, f.last(), prefix, f.source(), null, null));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token noun = tokens.get(i);
            Token adjective = tokens.get(i + 1);
            if (blocked[i] || blocked[i + 1] || !noun.isWord() || !lists.compassAdjectives.contains(adjective.text())) {
                continue;
            }
            for (Clitics.Reading r : NameWords.nameReadings(noun)) {
                if (r.stem().startsWith("ال") && lists.regionNouns.contains(r.stem().substring(2))) {
                    boolean two = i + 2 < tokens.size() && !blocked[i + 2]
                            && lists.compassAdjectives.contains(tokens.get(i + 2).text()); // البادية الشمالية الشرقية
                    Found region = new Found(LOC, i, two ? i + 2 : i + 1, r.prefixLength(), "pattern", null, null);
                    List<Found> inside = out.stream().filter(region::overlaps).toList();
                    if (inside.stream().allMatch(f -> f.is(LOC))) {
                        out.removeAll(inside);
                        out.add(region);
                    }
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::first));
        return out;
    }

    /** A word the treebank knows as written as a verb (بدأت, يقدم): no name's part. */
    private boolean isVerb(String word) {
        return crf.knowsAsWritten(word) && crf.wordClass(word).startsWith("VB");
    }

    /** وجده is "and found it" far more often than "and Jeddah": a name of three letters takes no و or ف. */
    private static boolean shortAfterConjunction(Token word, NameGazetteer.Match m) {
        char first = word.text().charAt(0);
        return m.first() == m.last() && m.prefixLength() > 0 && (first == 'و' || first == 'ف')
                && NameWords.stemAfter(word, m.prefixLength()).length() <= 3;
    }

    /**
     * Whether token {@code i} begins a line and may begin a dateline, the place a report was filed from before a
     * dash ({@code المفرق - غيث الطراونة -}): there a listed place that is also a word ({@code *}) is the place.
     */
    private static boolean isDatelineStart(String text, List<Token> tokens, int i) {
        return tokens.get(i).isWord() && (i == 0 || SentenceTagger.hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start()));
    }

    private static boolean isDash(List<Token> tokens, int k) {
        return k < tokens.size() && (tokens.get(k).is("-") || tokens.get(k).is("–") || tokens.get(k).is("—"));
    }

    /**
     * ك ("like") before a listed place without the article: كمين is "ambush", not ك + مين (Maine). News writes ك before
     * a place's name only with the article (كالإمارات), as {@link #nameReadings} has it for the model's names.
     */
    private static boolean likeBeforeName(Token word, NameGazetteer.Match m) {
        return m.prefixLength() > 0 && word.text().lastIndexOf('ك', m.prefixLength() - 1) >= 0
                && !NameWords.stemAfter(word, m.prefixLength()).startsWith("ال");
    }

    /** The CRF's entities (not MISC), proclitics taken off, a location's head noun (قطاع) taken in. */
    private List<Found> crfMentions(List<Token> tokens, String[] tags, boolean[] blocked, Set<String> standalone,
                                    boolean[] givenBySpelling) {
        List<Found> out = new ArrayList<>();
        List<Found> unconfirmed = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            String tag = tags[i];
            if (tag.equals("O")) {
                i++;
                continue;
            }
            EntityType type = EntityType.ofLabel(tag);
            int last = i;
            while (last + 1 < tags.length && type.continues(tags[last + 1])
                    && !startsAnotherName(type, tokens.get(last + 1), standalone)) {
                last++;
            }
            while (last > i && tokens.get(last).kind() == Token.Kind.PUNCT) {
                last--; // الملك عبدالله - رحمه الله -: the dash the model took in is not the name's
            }
            if (type != MISC && tokens.get(i).isWord()) {
                int first = i;
                int prefix = nameWords.procliticLength(tokens.get(i), standalone);
                if (prefix > 0 && type != ORG && placeContext.afterConstructPlaceNoun(tokens, tags, i)) {
                    prefix = 0; // مدينة بالنسيا: a noun in construct is followed by the name, not by a preposition
                }
                while (type == LOC && last > i && OrgRules.isDefinite(tokens.get(last).text())
                        && adjectives.isAdjectiveOfCountry(tokens.get(last).text())) {
                    last--; // بالنسيا الإسبانية: the country's adjective is not the place's name
                }
                if (type != LOC && prefix == 0 && placeContext.inFacilityName(tokens, tags, i, type == PERS)) {
                    i = last + 1; // مطار الملك عبدالعزيز, المسجد الحرام: the facility's name, not a person or a body
                    continue;
                }
                if (type == PERS && i > 0 && tags[i - 1].equals("O") && prefix == 0
                        && lists.isPlaceNoun(tokens.get(i - 1))
                        && (last == i || lists.placeNames.contains(tokens.get(i).text())
                            || places.longestAt(tokens, i) != null)) {
                    // بمنطقة عسير: the model took the place for a person. A longer run is a place only when its
                    // first word is a listed place (after its noun, for عسير), and then the rest is the person
                    // (ولاية أوهايو جون كاسيش, وكيل إمارة منطقة عسير سليمان الجريش).
                    type = LOC;
                    NameGazetteer.Match listed = places.longestAt(tokens, i);
                    last = listed == null ? i : Math.min(last, listed.last()); // محافظة صلاح الدين: the listed name
                }
                if (type == PERS) {
                    ModelPersons.Run person = modelPersons.person(tokens, tags, blocked, standalone, givenBySpelling,
                            first, last, prefix);
                    if (person != null) {
                        (person.confirmed() ? out : unconfirmed).add(person.found());
                        last = Math.max(last, person.found().last());
                    }
                    i = last + 1;
                    continue;
                }
                if (type == LOC && last == i && adjectives.isAdjectiveOfPlace(NameWords.stemAfter(tokens.get(i), prefix))) {
                    i = last + 1; // السلطات التونسية, محامية سعودية: an adjective, not a place
                    continue;
                }
                if (type == LOC && i > 0 && tags[i - 1].equals("O") && prefix == 0) {
                    int headPrefix = lists.locationHead(tokens.get(i - 1));
                    if (headPrefix >= 0) {
                        first = i - 1;
                        prefix = headPrefix;
                    }
                }
                out.add(new Found(type, first, last, prefix, "crf", null, null));
            }
            i = last + 1;
        }
        if (!unconfirmed.isEmpty()) {
            modelPersons.confirm(tokens, out, unconfirmed);
        }
        return out;
    }

    /**
     * The model's IO labels cannot mark where one name ends and the next of the same type begins; a word inside a
     * person or place that carries a proclitic ({@code الخرطوم بالسودان}, {@code أحمد ومحمد}) starts a new one.
     * Organizations keep theirs: {@code الاتحاد الدولي لكرة القدم} is one name. {@link CrfModel#tag} already splits
     * at a و-word from its lists alone ({@link ConjunctionBoundary}); this adds the other proclitics and the names the
     * document itself shows bare.
     */
    private boolean startsAnotherName(EntityType type, Token t, Set<String> standalone) {
        if (type == ORG || !t.isWord()) {
            return false;
        }
        // Inside a person only و and ف begin another: بريم in إيزابيل بريم is the name, not ب + ريم.
        return (type != PERS || t.text().charAt(0) == 'و' || t.text().charAt(0) == 'ف')
                && nameWords.procliticLength(t, standalone) > 0;
    }

    /** {@code NAME (ACRONYM)}: the acronym is a mention of its own, with the name's canonical form. */
    private List<Found> acronyms(List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>();
        boolean[] covered = null; // made for the first acronym
        for (Found f : found) {
            if (!f.is(ORG) || f.last() + 2 >= tokens.size() || !tokens.get(f.last() + 1).is("(")) {
                continue;
            }
            int close = -1;
            for (int j = f.last() + 2; j < tokens.size() && j <= f.last() + 1 + MAX_ACRONYM_WORDS + 1; j++) {
                if (tokens.get(j).is(")")) {
                    close = j;
                    break;
                }
                if (!tokens.get(j).isWord()) {
                    break;
                }
            }
            if (close > f.last() + 2 && looksLikeAcronym(tokens.subList(f.last() + 2, close))) {
                Found acronym = new Found(ORG, f.last() + 2, close - 1, 0, "pattern", null, f);
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
        return words.size() == 1 && (organizations.isOneWordName(word) || !word.startsWith("ال"));
    }

    /** Writes the mentions, naming them; an acronym or a short form takes the name of its earlier mention. */
    private void emit(Document doc, List<Token> tokens, List<Found> all, Mentions out) {
        Map<String, String> names = new HashMap<>();
        Map<Integer, String> nameByFirst = new HashMap<>();
        int locationsFrom = out.locations.size();
        List<Integer> unlinked = new ArrayList<>(); // unlisted places, which may take the story's country
        Map<String, PlaceLinker.Place> placedNearby = new HashMap<>();
        Map<Integer, Found> locationAt = new HashMap<>();
        for (Found f : all) {
            if (f.is(LOC)) {
                locationAt.put(f.first(), f);
            }
        }
        for (Found f : all) {
            Token first = tokens.get(f.first());
            String stem = NameWords.stemAfter(first, f.prefixLength());
            // للنصر: the ل merged with the article, so the span is the whole لل-word (POLICY) and the name has ال.
            boolean lamArticle = stem.length() > first.text().length() - f.prefixLength();
            Span span = doc.span(first.start() + f.prefixLength() - (lamArticle ? 1 : 0), tokens.get(f.last()).end());
            StringBuilder key = new StringBuilder(stem);
            for (int k = f.first() + 1; k <= f.last(); k++) {
                key.append(' ').append(tokens.get(k).text());
            }
            String name;
            if (f.sameAs() != null) {
                name = nameByFirst.get(f.sameAs().first());
                names.putIfAbsent(f.type() + key, name);
            } else {
                String canonical = f.canonical() != null ? f.canonical()
                        : f.is(ORG) ? organizations.canonical(key.toString())
                        : f.is(LOC) ? places.canonical(key.toString()) : null;
                String text = withoutMarks(span.text());
                String written = lamArticle ? "ال" + text.substring(2) : text; // للسعودية → السعودية
                String fallback = canonical != null ? canonical : written;
                name = canonical != null ? canonical : names.getOrDefault(f.type() + key, fallback);
                names.putIfAbsent(f.type() + key, name);
            }
            nameByFirst.put(f.first(), name);
            Source source = Source.fromJsonName(f.source());
            switch (f.entityType()) {
                case ORG -> {
                    Found named = f.sameAs() != null ? f.sameAs() : f; // an acronym: its name's country
                    out.organizations.add(new Organization(span.text(), span.start(), span.end(), name, source,
                            demonyms.countryOfName(tokens, named.first(), named.last())));
                }
                case PERS -> out.persons.add(new Person(span.text(), span.start(), span.end(), name, source));
                case LOC -> {
                    PlaceLinker.Place place = placeLinker.place(name, key.toString());
                    String near = nearbyCountry.countryAfter(tokens, f.last(), locationAt::get, g -> link(tokens, g));
                    if (near != null) {
                        place = NearbyCountry.with(place, near);
                        placedNearby.putIfAbsent(name, place);
                    } else if (placedNearby.containsKey(name)) {
                        place = placedNearby.get(name); // the story's طرابلس is the one it placed in لبنان
                    }
                    if (place == null && !placeLinker.withoutCountry(name, key.toString())
                            && placeLinker.mayTakeStoryCountry(key.toString())) {
                        unlinked.add(out.locations.size());
                    }
                    out.locations.add(place == null
                            ? new Location(span.text(), span.start(), span.end(), name, source)
                            : new Location(span.text(), span.start(), span.end(), name, source, place.country(),
                                    place.geonamesId()));
                }
                default -> {
                }
            }
        }
        StoryCountry.fill(out.locations, locationsFrom, unlinked);
    }

    /** The place a location mention names, by its canonical name or its words; null when not listed. */
    private PlaceLinker.Place link(List<Token> tokens, Found f) {
        String key = NameWords.stemAfter(tokens.get(f.first()), f.prefixLength())
                + (f.first() < f.last() ? " " + NameWords.words(tokens, new Found(f.type(), f.first() + 1, f.last(), 0,
                        f.source(), null, null)) : "");
        return placeLinker.place(f.canonical() != null ? f.canonical() : places.canonical(key), key);
    }

    /**
     * The readings of a token that may begin a name, but not with ك ("like"): {@link NameWords#nameReadings}.
     */
    static List<Clitics.Reading> nameReadings(Token token) {
        return NameWords.nameReadings(token);
    }

    /** The text without harakat, tatweel and invisible format marks. */
    public static String withoutMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640
                    || (c >= 0x200B && c <= 0x200F) || c == 0x061C || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
            if (!mark) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Tokens inside hashtags, dates or durations that earlier stages found. */
    private static boolean[] blocked(Document doc, Mentions found) {
        List<Mention> higher = new ArrayList<>();
        higher.addAll(found.hashtags);
        higher.addAll(found.dates);
        higher.addAll(found.durations);
        higher.sort(Comparator.comparingInt(Mention::start));
        List<Token> tokens = doc.tokens();
        boolean[] blocked = new boolean[tokens.size()];
        int m = 0;
        for (int i = 0; i < tokens.size() && m < higher.size(); i++) {
            int s = doc.normalized().originalStart(tokens.get(i).start());
            int e = doc.normalized().originalEnd(tokens.get(i).end());
            while (m < higher.size() && higher.get(m).end() <= s) {
                m++;
            }
            for (int k = m; k < higher.size() && higher.get(k).start() < e; k++) {
                if (higher.get(k).end() > s) {
                    blocked[i] = true;
                    break;
                }
            }
        }
        return blocked;
    }
}
