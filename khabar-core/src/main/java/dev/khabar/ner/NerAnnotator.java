package dev.khabar.ner;

import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.MentionType;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Source;
import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Background;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.MentionSink;
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
    private static final int MAX_SENTENCE_TOKENS = 150;
    private static final int MAX_ACRONYM_WORDS = 3;
    /** A sports report has at least one word of sports-words.tsv in this many tokens. */
    private static final int TOKENS_PER_SPORTS_WORD = 100;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟");
    private static final String STEP = "ner";
    /** How many words a person's name may run on past where the model ended it. */
    private static final int MAX_NAME_EXTENSION = 4;
    /** Classes of a word that may be a given name after a title: names, unknown words, nouns and adjectives (موفق). */
    private static final Set<String> GIVEN_NAME_CLASSES = Set.of(WordClasses.UNKNOWN, "NNP", "GPERS", "JJ");
    /** The source of a one-word person that waits for evidence from the document ({@link #confirm}). */
    private static final String UNCONFIRMED = "unconfirmed";
    /** Classes of a definite word that can be a family name: unknown, proper nouns, listed persons. */
    private static final Set<String> FAMILY_NAME_CLASSES = Set.of(WordClasses.UNKNOWN, "DTNNP", "NNP", "GPERS");

    private final CrfModel crf;
    private final NameEvidence names;
    private final NameGazetteer organizations;
    /** Well-known places, reported where nothing else was found. */
    private final NameGazetteer places;
    /** Religious formulas (بمشيئة الله): never part of a mention. */
    private final NameGazetteer setPhrases;
    private final OrgRules orgRules;
    private final PlaceBodies placeBodies;
    private final OrgShortNames orgShortNames;
    private final MediaCues mediaCues;
    private final OrgLists orgLists;
    /** Null when the stage runs without it. */
    private final DocumentPass documentPass;
    private final Set<String> locationTriggers = new HashSet<>();
    /** Nouns that describe a place before its name (منطقة عسير): a person after one is a place. */
    private final Set<String> placeNouns = new HashSet<>();
    /** Nouns that head a facility's name (مطار الملك عبدالعزيز): a person after one is part of that name. */
    private final Set<String> facilityNouns = new HashSet<>();
    /** Words of sports reports, where clubs' short names need no cue word (isSportsText). */
    private final Set<String> sportsWords = new HashSet<>();
    /** compass-words.tsv: nouns that join the place after them (شمال), adjectives that make a region (الشرقية). */
    private final Set<String> compassNouns = new HashSet<>();
    private final Set<String> compassAdjectives = new HashSet<>();
    private final Set<String> regionNouns = new HashSet<>();
    /** The regions' names of {@code places.tsv} (continents), normalized: a compass noun before one joins its name. */
    private final Set<String> regions = new HashSet<>();
    private final Set<String> knownNames = new HashSet<>();
    /**
     * One-word place names: after a trigger noun they end a name (مؤسسة قطر). Not person names: normalized, the
     * list's علي is also the preposition على.
     */
    private final Set<String> placeNames = new HashSet<>();
    /** The countries' names of {@code places.tsv}, whose adjectives (التونسية) the model may take for places. */
    private final Set<String> countries = new HashSet<>();
    /** ANERGazet's one-word persons: a word listed as a place too (عمان) is not taken from them for a place. */
    private final Set<String> personNames = new HashSet<>();
    /** Countries and GeoNames ids of listed places (knowledge/places.tsv), whose names also join {@link #places}. */
    private final PlaceLinker placeLinker;
    /** Nationality adjectives: an organization's country, and السعودية the adjective after a noun. */
    private final Demonyms demonyms = new Demonyms();
    /** The country the words after a place give it (بالنسيا الإسبانية, طرابلس شمال لبنان). */
    private final NearbyCountry nearbyCountry = new NearbyCountry(demonyms, compassNouns);
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
        this.names = new NameEvidence(crf, normalizer);
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
        this.setPhrases = new NameGazetteer("set-phrases.tsv", null, normalizer, tokenizer);
        this.orgRules = new OrgRules(normalizer, crf::isCommonNoun, crf::wordClass,
                w -> placeNames.contains(w) || placeNouns.contains(w));
        this.documentPass = documentPass
                ? new DocumentPass(normalizer,
                        word -> names.isUnseenName(word) || !crf.tag(List.of(word)).get(0).equals("O"),
                        orgRules::isPersonTitle,
                        word -> crf.wordClass(word).equals("GPERS") || NameLexicon.isPersonToken(word)) : null;
        for (NerData.Row row : NerData.rows("location-triggers.tsv")) {
            locationTriggers.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("place-nouns.tsv")) {
            placeNouns.add(normalizer.normalizeWord(row.field(0)));
        }
        this.placeBodies = new PlaceBodies(normalizer, placeNouns);
        this.mediaCues = new MediaCues(normalizer);
        this.orgLists = new OrgLists(normalizer, orgRules, crf::wordClass, this::isVerb);
        this.orgShortNames = new OrgShortNames(orgRules, crf::isNameWord, t -> isNounOf(sportsWords, t));
        for (NerData.Row row : NerData.rows("facility-nouns.tsv")) {
            facilityNouns.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("compass-words.tsv")) {
            switch (row.field(1)) {
                case "noun" -> compassNouns.add(normalizer.normalizeWord(row.field(0)));
                case "adjective" -> compassAdjectives.add(normalizer.normalizeWord(row.field(0)));
                case "region" -> regionNouns.add(normalizer.normalizeWord(row.field(0)));
                default -> throw row.error("KIND must be noun, adjective or region");
            }
        }
        for (NerData.Row row : NerData.rows("sports-words.tsv")) {
            sportsWords.add(normalizer.normalizeWord(row.field(0)));
        }
        for (String list : List.of("anergazet/locations.txt", "anergazet/persons.txt", "anergazet/organizations.txt",
                "organizations.tsv")) {
            for (NerData.Row row : NerData.rows(list)) {
                // Only a name that is one word by itself: the words inside longer names (ريد in ريد بول) are often
                // ordinary words, and would make فريد read as ف + ريد.
                List<Token> words = tokenizer.tokenize(normalizer.normalizeWord(row.field(0)));
                if (words.size() == 1 && words.get(0).isWord()) {
                    knownNames.add(words.get(0).text());
                }
            }
        }
        for (NerData.Row row : NerData.rows("anergazet/locations.txt")) {
            String name = normalizer.normalizeWord(row.field(0));
            if (!name.contains(" ")) {
                placeNames.add(name);
            }
        }
        placeNames.addAll(places.oneWordNames());
        for (NerData.Row row : NerData.rows("anergazet/persons.txt")) {
            personNames.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("places.tsv")) {
            if (row.field(2).equals("region")) {
                for (String name : (row.field(0) + "|" + row.field(1)).split("\\|")) {
                    if (!name.isBlank() && !name.strip().contains(" ")) { // not شمال قطاع غزة, the strip's north
                        regions.add(normalizer.normalizeWord(name.strip()));
                    }
                }
            }
            if (row.field(2).equals("country")) {
                countries.add(normalizer.normalizeWord(row.field(0)));
                for (String alias : row.field(1).split("\\|")) {
                    if (!alias.isBlank()) {
                        countries.add(normalizer.normalizeWord(alias.strip()));
                    }
                }
            }
        }
        knownNames.addAll(places.oneWordNames());
        this.placeNounNames = new PlaceNounNames(normalizer, this::isPlaceNoun, this::locationHead, crf::wordClass);
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
    }

    /** Names are not read inside hashtags, dates or durations. */
    @Override
    public Set<MentionType> reads() {
        return Set.of(MentionType.HASHTAG, MentionType.DATE, MentionType.DURATION);
    }

    @Override
    public void annotate(Document doc, Mentions earlier, MentionSink out) {
        List<Token> tokens = doc.tokens();
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        boolean[] blocked = blocked(doc, earlier);
        boolean[] givenBySpelling = NameEvidence.givenNamesBySpelling(doc); // علي, not على
        String[] tags = tag(doc, tokens);
        for (int i = 0; i < n; i++) {
            NameGazetteer.Match m = setPhrases.longestAt(tokens, i);
            if (m != null) {
                // بمشيئة الله names nothing, though the model learned الله in حزب الله and عبد الله
                Arrays.fill(tags, m.first(), m.last() + 1, "O");
                Arrays.fill(blocked, m.first(), m.last() + 1, true);
                i = m.last();
            }
        }
        boolean[] properNoun = new boolean[n];
        Set<String> standalone = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            properNoun[i] = !tags[i].equals("O") || organizations.isOneWordName(t.text())
                    || placeNames.contains(t.text());
            if (t.isWord() && properNoun[i]) {
                standalone.add(t.text()); // a name seen bare elsewhere: the same word with و/ب/ل carries a proclitic
            }
        }

        boolean sportsText = isSportsText(tokens);
        List<Found> orgs = ruleOrganizations(doc, tokens, tags, properNoun, blocked, sportsText);
        boolean[] inOrg = covered(n, orgs);
        List<Found> others = new ArrayList<>();
        for (Found f : crfMentions(tokens, tags, blocked, standalone, givenBySpelling)) {
            if (f.type().equals("ORG") && f.first() == f.last() && orgRules.isTrigger(tokens.get(f.first()).text())) {
                continue; // a bare "منظمة" or "الوزارة" names nothing
            }
            if (!anyBlocked(inOrg, f.first(), f.last())) {
                others.add(f); // the rules' organizations win over the CRF's, and over names inside them
            }
        }
        List<Found> rulePersons = new ArrayList<>(titledPersons(tokens, tags, blocked));
        rulePersons.addAll(givenAndFamilyNames(tokens, tags, blocked, givenBySpelling));
        for (Found f : rulePersons) {
            if (orgs.stream().noneMatch(f::overlaps) && others.stream().noneMatch(f::overlaps)) {
                others.add(f);
            }
        }
        List<Found> all = new ArrayList<>(orgs);
        all.addAll(others);
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
                    j -> places.longestAt(tokens, j) != null || placeNames.contains(tokens.get(j).text()), sportsText);
            all = documentPass.apply(tokens, all, aliases, tags, blocked,
                    f -> f.type().equals("LOC") && f.prefixLength() == 0 && readsAsPlace(tokens, f.first()),
                    units -> doc.work(units, STEP));
        }
        // الحكومة السعودية: the adjective, not the country (knowledge/demonyms.tsv)
        all = all.stream().filter(f -> !(f.type().equals("LOC") && f.first() == f.last() && f.prefixLength() == 0
                && demonyms.isAdjectiveAt(tokens, f.first(), crf::isCommonNoun))).toList();
        emit(doc, tokens, all, out);
    }

    /** Gazetteer names and shaped names, longest first, without overlaps. */
    private List<Found> ruleOrganizations(Document doc, List<Token> tokens, String[] tags, boolean[] properNoun,
                                          boolean[] blocked, boolean sportsText) {
        List<Found> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = blocked[i] ? null : organizations.longestAt(tokens, i);
            if (m == null && sportsText && !blocked[i] && !tags[i].endsWith("PERS") && !readsAsPlace(tokens, i)) {
                // In a sports report a club's short name needs no cue word, unless it is also a common word
                // (الاتفاق "the agreement"), part of a person's name (سانتوس) or reads as a place.
                m = organizations.longestAt(tokens, i, crf::isNameWord);
            }
            if (m != null && m.prefixLength() == 0 && m.first() == m.last()
                    && !OrgRules.isDefinite(tokens.get(i).text()) && afterConstructPlaceNoun(tokens, tags, i)) {
                m = null; // مدينة لاتسيو: after a noun of places a club's one-word name is its town
            }
            if (m != null && !anyBlocked(blocked, m.first(), m.last())) {
                candidates.add(new Found("ORG", m.first(), m.last(), m.prefixLength(), "gazetteer", m.canonical(), null));
            }
        }
        boolean[] personStart = new boolean[tokens.size()];
        for (int i = 0; i < personStart.length; i++) {
            personStart[i] = tags[i].equals("B-PERS");
        }
        for (OrgRules.Found f : orgRules.find(doc, tokens, properNoun, personStart, blocked)) {
            int last = f.first();
            while (last < f.last() && !isVerb(tokens.get(last + 1).text())) {
                last++; // شركة بنده بدأت الشراكة: a verb the treebank knows ends the chain
            }
            if (last > f.first()) {
                candidates.add(new Found("ORG", f.first(), last, f.prefixLength(), "pattern", null, null));
            }
        }
        for (OrgRules.Found f : orgLists.find(tokens, blocked)) {
            candidates.add(new Found("ORG", f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        for (OrgRules.Found f : mediaCues.find(tokens, blocked)) {
            candidates.add(new Found("ORG", f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        for (OrgRules.Found f : placeBodies.find(tokens, blocked, j -> placeEnd(tokens, tags, j))) {
            candidates.add(new Found("ORG", f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        // Longest first; at equal length the gazetteer (listed first) wins.
        List<Found> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Found::length).reversed());
        List<Found> kept = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()]; // the tokens of the names kept so far
        for (Found c : sorted) {
            if (!anyBlocked(taken, c.first(), c.last())) {
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
        if (!tags[j].equals("B-LOC")) {
            return -1;
        }
        int last = j;
        while (last + 1 < tags.length && tags[last + 1].equals("I-LOC")) {
            last++;
        }
        return last;
    }

    /** The tokens that one of {@code found} covers. */
    private static boolean[] covered(int n, List<Found> found) {
        boolean[] covered = new boolean[n];
        for (Found f : found) {
            Arrays.fill(covered, f.first(), f.last() + 1, true);
        }
        return covered;
    }

    /**
     * A sports report: at least one word of {@code sports-words.tsv} in every {@value #TOKENS_PER_SPORTS_WORD} tokens
     * (and one at least). In one, a club's short name needs no cue word before it: the text is the cue.
     */
    private boolean isSportsText(List<Token> tokens) {
        int count = 0;
        for (Token t : tokens) {
            if (t.isWord() && isNounOf(sportsWords, t)) {
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
            if (m == null || anyBlocked(blocked, m.first(), m.last()) || shortAfterConjunction(tokens.get(i), m)
                    || likeBeforeName(tokens.get(i), m)) {
                continue;
            }
            Found place = new Found("LOC", m.first(), m.last(), m.prefixLength(), "gazetteer", m.canonical(), null);
            boolean onlyInnerLocations = true;
            for (int k = place.first(); k <= place.last() && onlyInnerLocations; k++) {
                Found f = at[k];
                onlyInnerLocations = f == null || f.type().equals("LOC")
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
        return f.type().equals("PERS") && f.source().equals("crf") && place.length() > 0 && place.prefixLength() == 0
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
            if (!f.type().equals("LOC") || f.prefixLength() > 0 || !regions.contains(words(tokens, f))) {
                out.add(f); // شمال أفريقيا is a region's name, جنوب صنعاء and شمال العراق a direction from the place
                continue;
            }
            int first = f.first();
            int prefix = 0;
            for (int k = first - 1; k >= 0 && k >= f.first() - 2 && !covered[k] && !blocked[k] && prefix == 0; k--) {
                int p = compassNounPrefix(tokens.get(k));
                if (p < 0) {
                    break;
                }
                first = k;
                prefix = p;
            }
            out.add(first == f.first() ? f : new Found("LOC", first, f.last(), prefix, f.source(), null, null));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token noun = tokens.get(i);
            Token adjective = tokens.get(i + 1);
            if (blocked[i] || blocked[i + 1] || !noun.isWord() || !compassAdjectives.contains(adjective.text())) {
                continue;
            }
            for (Clitics.Reading r : nameReadings(noun)) {
                if (r.stem().startsWith("ال") && regionNouns.contains(r.stem().substring(2))) {
                    boolean two = i + 2 < tokens.size() && !blocked[i + 2]
                            && compassAdjectives.contains(tokens.get(i + 2).text()); // البادية الشمالية الشرقية
                    Found region = new Found("LOC", i, two ? i + 2 : i + 1, r.prefixLength(), "pattern", null, null);
                    List<Found> inside = out.stream().filter(region::overlaps).toList();
                    if (inside.stream().allMatch(f -> f.type().equals("LOC"))) {
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

    private static String words(List<Token> tokens, Found f) {
        StringBuilder b = new StringBuilder(tokens.get(f.first()).text());
        for (int k = f.first() + 1; k <= f.last(); k++) {
            b.append(' ').append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** A word the treebank knows as written as a verb (بدأت, يقدم): no name's part. */
    private boolean isVerb(String word) {
        return crf.knowsAsWritten(word) && crf.wordClass(word).startsWith("VB");
    }

    /** The proclitic chars before a compass noun ({@code وشمال} → 1), or -1 when the token is none. */
    private int compassNounPrefix(Token t) {
        if (!t.isWord()) {
            return -1;
        }
        for (Clitics.Reading r : t.readings()) {
            if (compassNouns.contains(r.stem())) {
                return r.prefixLength();
            }
        }
        return -1;
    }

    /** وجده is "and found it" far more often than "and Jeddah": a name of three letters takes no و or ف. */
    private static boolean shortAfterConjunction(Token word, NameGazetteer.Match m) {
        char first = word.text().charAt(0);
        return m.first() == m.last() && m.prefixLength() > 0 && (first == 'و' || first == 'ف')
                && stemAfter(word, m.prefixLength()).length() <= 3;
    }

    /**
     * Whether token {@code i} begins a line and may begin a dateline, the place a report was filed from before a
     * dash ({@code المفرق - غيث الطراونة -}): there a listed place that is also a word ({@code *}) is the place.
     */
    private static boolean isDatelineStart(String text, List<Token> tokens, int i) {
        return tokens.get(i).isWord() && (i == 0 || hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start()));
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
                && !stemAfter(word, m.prefixLength()).startsWith("ال");
    }

    private static boolean anyBlocked(boolean[] blocked, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (blocked[k]) {
                return true;
            }
        }
        return false;
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
            String type = tag.substring(2);
            int last = i;
            while (last + 1 < tags.length && tags[last + 1].equals("I-" + type)
                    && !startsAnotherName(type, tokens.get(last + 1), standalone)) {
                last++;
            }
            while (last > i && tokens.get(last).kind() == Token.Kind.PUNCT) {
                last--; // الملك عبدالله - رحمه الله -: the dash the model took in is not the name's
            }
            if (!type.equals("MISC") && tokens.get(i).isWord()) {
                int first = i;
                int prefix = procliticLength(tokens.get(i), standalone);
                if (prefix > 0 && !type.equals("ORG") && afterConstructPlaceNoun(tokens, tags, i)) {
                    prefix = 0; // مدينة بالنسيا: a noun in construct is followed by the name, not by a preposition
                }
                while (type.equals("LOC") && last > i && OrgRules.isDefinite(tokens.get(last).text())
                        && isAdjectiveOfCountry(tokens.get(last).text())) {
                    last--; // بالنسيا الإسبانية: the country's adjective is not the place's name
                }
                if (!type.equals("LOC") && prefix == 0 && inFacilityName(tokens, tags, i, type.equals("PERS"))) {
                    i = last + 1; // مطار الملك عبدالعزيز, المسجد الحرام: the facility's name, not a person or a body
                    continue;
                }
                if (type.equals("PERS") && i > 0 && tags[i - 1].equals("O") && prefix == 0
                        && isPlaceNoun(tokens.get(i - 1))
                        && (last == i || placeNames.contains(tokens.get(i).text())
                            || places.longestAt(tokens, i) != null)) {
                    // بمنطقة عسير: the model took the place for a person. A longer run is a place only when its
                    // first word is a listed place (after its noun, for عسير), and then the rest is the person
                    // (ولاية أوهايو جون كاسيش, وكيل إمارة منطقة عسير سليمان الجريش).
                    type = "LOC";
                    NameGazetteer.Match listed = places.longestAt(tokens, i);
                    last = listed == null ? i : Math.min(last, listed.last()); // محافظة صلاح الدين: the listed name
                }
                if (type.equals("PERS")) {
                    Found person = person(tokens, tags, blocked, standalone, givenBySpelling, first, last, prefix);
                    if (person != null) {
                        (person.source().equals(UNCONFIRMED) ? unconfirmed : out).add(person);
                        last = Math.max(last, person.last());
                    }
                    i = last + 1;
                    continue;
                }
                if (type.equals("LOC") && last == i && isAdjectiveOfPlace(stemAfter(tokens.get(i), prefix))) {
                    i = last + 1; // السلطات التونسية, محامية سعودية: an adjective, not a place
                    continue;
                }
                if (type.equals("LOC") && i > 0 && tags[i - 1].equals("O") && prefix == 0) {
                    int headPrefix = locationHead(tokens.get(i - 1));
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
            confirm(tokens, out, unconfirmed);
        }
        return out;
    }

    /**
     * A person run of the model, made whole ({@code person-titles.tsv}, the word classes): titles, roles and
     * nationality adjectives before it are left out ({@code الفرنسي كيليان مبابي}), a و that is no part of the name
     * too ({@code وبوريس}); it runs on over the name's next parts ({@link #personEnd}) and back to the name before
     * {@code بن} ({@code كعب بن زهير}); a country's adjective after it is not its ({@code جوراني الباراجواني}). One
     * word alone is a place when it is a listed place and no listed person ({@code ردت سول}), nobody when it is a
     * country's adjective ({@code وروسي}), and {@link #UNCONFIRMED} when it is no known name and no title stands before
     * it. Null when nothing is left.
     */
    private Found person(List<Token> tokens, String[] tags, boolean[] blocked, Set<String> standalone,
                         boolean[] givenBySpelling, int first, int last, int prefix) {
        while (first < last && (isBeforeName(stemAfter(tokens.get(first), prefix))
                || demonymAfterTitle(tokens, first, stemAfter(tokens.get(first), prefix)))) {
            first++;
            prefix = procliticLength(tokens.get(first), standalone);
        }
        if (last == first && isAdjectiveOfCountry(stemAfter(tokens.get(first), prefix))) {
            return null; // وروسي: "and Russian"
        }
        NameGazetteer.Match place = last > first ? places.longestAt(tokens, first) : null;
        if (place != null && place.last() == last && place.prefixLength() == prefix && !titleBefore(tokens, first)
                && !crf.wordClass(stemAfter(tokens.get(first), prefix)).equals("GPERS")) {
            return new Found("LOC", first, last, prefix, "crf", null, null); // إلى ريو دي جانيرو
        }
        if (prefix == 0) {
            prefix = procliticBeforeName(tokens.get(first));
        }
        if (first > 0 && prefix == 0 && (tokens.get(first).is("بن") || tokens.get(first).is("بنت"))
                && tags[first - 1].equals("O") && isGivenName(tokens.get(first - 1), blocked[first - 1])
                && (GIVEN_NAME_CLASSES.contains(crf.wordClass(tokens.get(first - 1).text()))
                    || names.isUnseenName(tokens.get(first - 1).text()) || titleBefore(tokens, first - 1))) {
            first--; // الشاعر كعب بن زهير: the model began at بن; not رسالة بن كيران
            prefix = procliticBeforeName(tokens.get(first));
        }
        if (first > 0 && prefix == 0 && tags[first - 1].equals("O") && (givenBySpelling[first - 1]
                && !blocked[first - 1] || startsName(tokens, first - 1, blocked[first - 1]))) {
            first--; // عوض خميس: the model began at the second name
            prefix = procliticBeforeName(tokens.get(first));
        }
        last = personEnd(tokens, tags, blocked, first, last, titleBefore(tokens, first));
        while (last > first && isAdjectiveOfCountry(tokens.get(last).text())
                && !crf.wordClass(tokens.get(last - 1).text()).equals("GPERS")) {
            last--; // جوراني الباراجواني; but عبدالله التركي, محمد المصري are family names
        }
        if (first < last) {
            return new Found("PERS", first, last, prefix, "crf", null, null);
        }
        String word = stemAfter(tokens.get(first), prefix);
        if (isAdjectiveOfCountry(word) || orgRules.isPersonTitle(word)) {
            return null; // وروسي; سماحة alone is a form of address, not the person
        }
        if (placeNames.contains(word) && !personNames.contains(word)) {
            return new Found("LOC", first, last, prefix, "crf", null, null);
        }
        String wordClass = crf.wordClass(word);
        // A known name, or a family name with the article that the treebank does not know (الحسينان).
        boolean known = wordClass.equals("GPERS") || wordClass.equals("NNP") || wordClass.equals("NNPS")
                || OrgRules.isDefinite(word) && (wordClass.equals(WordClasses.UNKNOWN) || wordClass.equals("DTNNP"));
        if (known || personCue(tokens, first)) {
            return new Found("PERS", first, last, prefix, "crf", null, null);
        }
        // A common word (رحمه, زاويتان) is nobody without a title; an unknown one may be confirmed by the document.
        return wordClass.equals(WordClasses.UNKNOWN) ? new Found("PERS", first, last, prefix, UNCONFIRMED, null, null)
                : null;
    }

    /**
     * Keeps the one-word persons that are neither known names nor after a cue only when the document shows the word
     * in a longer person's name ({@code مورا} after {@code رودريجو مورا}) or as a person twice at least: the model also
     * takes fragments of common words, products and clubs for persons ({@code سماحة}, {@code آندرويد}).
     */
    private void confirm(List<Token> tokens, List<Found> out, List<Found> unconfirmed) {
        Set<String> nameWords = new HashSet<>();
        for (Found f : out) {
            if (f.type().equals("PERS")) {
                nameWords.add(stemAfter(tokens.get(f.first()), f.prefixLength()));
                for (int k = f.first() + 1; k <= f.last(); k++) {
                    nameWords.add(tokens.get(k).text());
                }
            }
        }
        Map<String, Integer> times = new HashMap<>();
        for (Found f : unconfirmed) {
            times.merge(stemAfter(tokens.get(f.first()), f.prefixLength()), 1, Integer::sum);
        }
        for (Found f : unconfirmed) {
            String word = stemAfter(tokens.get(f.first()), f.prefixLength());
            if (nameWords.contains(word) || times.get(word) >= 2) {
                out.add(new Found(f.type(), f.first(), f.last(), f.prefixLength(), "crf", null, null));
            }
        }
        out.sort(Comparator.comparingInt(Found::first));
    }

    /**
     * Persons the model missed after a title with the article ({@code اللواء ثامر المحشادي}, {@code الأستاذ موفق منصور
     * جمال}): a word that can be a given name and is no common word of another kind (a verb, a place, an adjective of a
     * country), then the name's other parts ({@link #personEnd}). Not after a royal title, whose names the model and
     * the facility rule ({@code مطار الملك عبدالعزيز}) already read.
     */
    private List<Found> titledPersons(List<Token> tokens, String[] tags, boolean[] blocked) {
        List<Found> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token title = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (blocked[i] || !tags[i].equals("O") || !tags[i - 1].equals("O") || !title.isWord()
                    || !t.isWord()) {
                continue;
            }
            String titleStem = stemAfter(title, procliticLength(title, Set.of()));
            if (!OrgRules.isDefinite(titleStem) || !orgRules.isPersonTitle(titleStem)
                    || orgRules.isRoyalTitle(titleStem) || !isGivenName(t, false)
                    || !GIVEN_NAME_CLASSES.contains(crf.wordClass(t.text())) || placeNames.contains(t.text())
                    || !crf.knowsAsWritten(t.text()) && !crf.wordClass(t.text()).equals(WordClasses.UNKNOWN)
                    || isAdjectiveOfCountry(t.text()) || hasPronounSuffix(t.text())
                    || i + 1 < tokens.size() && tokens.get(i + 1).is("-")) {
                continue;
            }
            int last = personEnd(tokens, tags, blocked, i, i, true);
            String wordClass = crf.wordClass(t.text());
            if (last > i || wordClass.equals("GPERS") || wordClass.equals("NNP")) {
                // one word alone only when it is a known name: not اللاعب باق مع ("remains"), الرئيس سيزور ("will visit")
                out.add(new Found("PERS", i, last, 0, "pattern", null, null));
                i = last;
            }
        }
        return out;
    }

    /**
     * Persons the model missed that are a listed given name and a family name with the article ({@code بدر الحقباني},
     * {@code علي العولقي}), wherever they stand: a definite word that the treebank does not know, or knows as a proper
     * noun, right after a given name is its family name ({@link #isNamePart}; not a title, الملك, nor a dual), then the
     * name's other parts. The given name is a plain one ({@link NameEvidence#isPlainGivenName}) that is no place,
     * organization or country's adjective, or {@code علي} by its spelling ({@link NameEvidence#givenNamesBySpelling}); not after a noun of places, of
     * facilities or of organizations, whose name it begins ({@code شارع عمر المختار}).
     */
    private List<Found> givenAndFamilyNames(List<Token> tokens, String[] tags, boolean[] blocked,
                                            boolean[] givenBySpelling) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (blocked[i] || blocked[i + 1] || !tags[i].equals("O") || !tags[i + 1].equals("O") || !t.isWord()
                    || !next.isWord() || !OrgRules.isDefinite(next.text())) {
                continue;
            }
            boolean given = givenBySpelling[i] || isGivenName(t, false) && names.isPlainGivenName(t.text())
                    && !placeNames.contains(t.text()) && !organizations.isOneWordName(t.text())
                    && !isAdjectiveOfCountry(t.text()) && !hasPronounSuffix(t.text());
            if (!given || i > 0 && (isPlaceNoun(tokens.get(i - 1)) || isNounOf(facilityNouns, tokens.get(i - 1))
                    || tokens.get(i - 1).isWord() && orgRules.isTrigger(tokens.get(i - 1).text()))) {
                continue;
            }
            if (orgRules.isPersonTitle(next.text()) || next.text().endsWith("تين")
                    || !isNamePart(t, next, false, false, false, true)) {
                continue; // باب الملك, مسجد الإمام; a dual (الحقيبتين)
            }
            int last = personEnd(tokens, tags, blocked, i, i + 1, false);
            out.add(new Found("PERS", i, last, 0, "pattern", null, null));
            i = last;
        }
        return out;
    }

    /** The last token of a person's name that begins at {@code first} and that the model ends at {@code last}. */
    private int personEnd(List<Token> tokens, String[] tags, boolean[] blocked, int first, int last, boolean titled) {
        int limit = Math.min(tokens.size() - 1, last + MAX_NAME_EXTENSION);
        while (last < limit) {
            int j = last + 1;
            Token current = tokens.get(last);
            Token next = tokens.get(j);
            if (blocked[j] || !(tags[j].equals("O") || tags[j].endsWith("PERS"))) {
                break;
            }
            if (next.is("-") && j + 1 < tokens.size() && !blocked[j + 1] && tokens.get(j + 1).isWord()
                    && current.end() == next.start() && next.end() == tokens.get(j + 1).start()) {
                last = j + 1; // جان-لوك
                continue;
            }
            if (!next.isWord() || orgRules.isStopWord(next.text())) {
                break;
            }
            if (isCompoundHead(current) && !next.text().startsWith("و")) {
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
    private boolean isNamePart(Token current, Token next, boolean secondOfCompound, boolean shortName,
                               boolean titled, boolean givenBefore) {
        String w = next.text();
        if (isForeignW(w)) {
            return true;
        }
        if (w.startsWith("و") && !crf.knowsAsWritten(w) || placeNames.contains(w) || orgRules.isTrigger(w)
                || isAdjectiveOfCountry(w)) {
            return false; // وقطر, ومحمد: the next name of a list
        }
        for (Clitics.Reading r : next.readings()) {
            if (r.prefixLength() > 0 && orgRules.isStopWord(r.stem())) {
                return false; // بأن
            }
        }
        if (!OrgRules.isDefinite(w) && !OrgRules.isDefinite(current.text()) && names.isUnseenName(w)
                && next.readings().stream().noneMatch(r -> r.prefixLength() > 0 && r.stem().startsWith("ال"))) {
            return true; // نبيل بهوي: a name token no common word spells, though ب + هوي reads as a verb
        }
        String wordClass = crf.wordClass(w);
        if (!crf.knowsAsWritten(w) && !wordClass.equals(WordClasses.UNKNOWN)
                || w.startsWith("ل") && crf.knowsAsWritten(w.substring(1))) {
            return false; // a known word behind proclitics (لصالح, لليوناني) is no part of the name
        }
        if (OrgRules.isDefinite(w)) {
            // After a listed (Arabic) given name only (علي السيهاتي; not سلفان شالوم النقاب); an adjective only right
            // after one (عبدالعزيز المسند, not صالح المتحالف after علي عبد الله).
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
        return names.isName(w) || shortName && isForeignSurnameAfter(current, w);
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
        return w.endsWith("ه") || w.endsWith("ات") || w.startsWith("الم") && (w.endsWith("ين") || w.endsWith("ون"))
                || w.startsWith("المت") || w.startsWith("المست");
    }

    /** A word that ends in an attached pronoun, which no name does: قصيدته, أعمالها, منهم (not مها). */
    private static boolean hasPronounSuffix(String w) {
        return w.length() > 3 && (w.endsWith("ته") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("كم")
                || w.endsWith("هما"));
    }

    /**
     * A foreign name that begins with W (ويلهامسون, وودي): و, then ي or و, and unknown as written. Not و + ا, which is
     * as often و before a name in أ, إ or آ (وآرتورو), the hamza folded by the normalizer.
     */
    private boolean isForeignW(String w) {
        return w.length() >= 5 && w.charAt(0) == 'و' && "يو".indexOf(w.charAt(1)) >= 0 && !crf.knowsAsWritten(w)
                && crf.wordClass(w).equals(WordClasses.UNKNOWN) && !isAdjectiveOfCountry(w.substring(1));
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
        for (Clitics.Reading r : nameReadings(t)) {
            String wordClass = crf.wordClass(r.stem());
            if (r.prefixLength() == 1 && (knownNames.contains(r.stem()) || crf.knowsAsWritten(r.stem())
                    && (wordClass.equals("GPERS") || wordClass.equals("NNP")))) {
                return r.prefixLength(); // وبوريس; not لبيد, لمار: names begin with ل and ب too
            }
        }
        return w.charAt(0) == 'و' && !isForeignW(w) ? 1 : 0;
    }

    /**
     * A title with the article, a role or a nationality adjective before a name: الوزير, اللاعب, الفرنسي,
     * الأوروجوياني. Not a royal title, which may be part of the name (الأمير تشارلز), nor one without the article
     * (سلطان, أمير are names too).
     */
    private boolean isBeforeName(String word) {
        return OrgRules.isDefinite(word) && orgRules.isPersonTitle(word) && !orgRules.isRoyalTitle(word)
                || OrgRules.isDefinite(word) && OrgRules.isNisba(word) && !personNames.contains(word)
                && (isAdjectiveOfCountry(word) || crf.wordClass(word).equals(WordClasses.UNKNOWN));
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
     * Whether the words before token {@code i} show a person: a title ({@link #titleBefore}), a nationality adjective
     * (الإسباني فابريغاس), or a verb the treebank knows, whose agent the name is (وقال بوين, وأضاف فيشمان).
     */
    private boolean personCue(List<Token> tokens, int i) {
        if (titleBefore(tokens, i)) {
            return true;
        }
        if (i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        return isAdjectiveOfCountry(before) && OrgRules.isDefinite(before)
                || crf.wordClass(before).startsWith("VB");
    }

    /** بن, بنت, ابن, آل (ال when normalized): a name follows. */
    private static boolean isFiliation(Token t) {
        return t.is("بن") || t.is("بنت") || t.is("ابن");
    }

    private static boolean isLinker(Token t) {
        return isFiliation(t) || t.is("ال") || t.is("ابو") || t.is("ابي") || t.is("عبد");
    }

    /** عبد and أبو are written apart from the rest of the name: عبد الله, أبو بكر. */
    private static boolean isCompoundHead(Token t) {
        return t.is("عبد") || t.is("ابو") || t.is("ابي") || t.is("ام");
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
        return isGivenName(t, blocked) && names.isFirstNameBefore(t.text()) && !placeNames.contains(t.text())
                && !organizations.isOneWordName(t.text()) && !isAdjectiveOfCountry(t.text())
                && !hasPronounSuffix(t.text());
    }

    /** A word that can be a person's given name: no article, no و, no stop word, title or trigger noun. */
    private boolean isGivenName(Token t, boolean blocked) {
        String w = t.text();
        if (!t.isWord() || blocked || OrgRules.isDefinite(w) || w.startsWith("و") || w.length() < 2
                || orgRules.isStopWord(w) || orgRules.isPersonTitle(w) || orgRules.isTrigger(w)) {
            return false;
        }
        for (Clitics.Reading r : t.readings()) {
            if (r.prefixLength() > 0 && r.stem().startsWith("ال")) {
                return false; // بالبدلة
            }
        }
        return true;
    }

    /**
     * A country's adjective, with or without the article, not itself a listed place or person: الفرنسي, روسي, and the
     * forms of {@code knowledge/demonyms.tsv} that are no country's name plus ي (الأفغاني).
     */
    private boolean isAdjectiveOfCountry(String word) {
        String bare = Clitics.withoutArticle(word);
        return (bare.endsWith("ي") || bare.endsWith("يه")) && bare.length() >= 4 && !places.isOneWordName(word)
                && !places.isOneWordName(bare) && !personNames.contains(word)
                && (isAdjectiveOf(bare) || demonyms.country(word) != null); // الأفغاني: أفغانستان
    }

    /**
     * The model's IO labels cannot mark where one name ends and the next of the same type begins; a word inside a
     * person or place that carries a proclitic ({@code الخرطوم بالسودان}, {@code أحمد ومحمد}) starts a new one.
     * Organizations keep theirs: {@code الاتحاد الدولي لكرة القدم} is one name. {@link CrfModel#tag} already splits
     * at a و-word from its lists alone ({@link ConjunctionBoundary}); this adds the other proclitics and the names the
     * document itself shows bare.
     */
    private boolean startsAnotherName(String type, Token t, Set<String> standalone) {
        if (type.equals("ORG") || !t.isWord()) {
            return false;
        }
        // Inside a person only و and ف begin another: بريم in إيزابيل بريم is the name, not ب + ريم.
        return (!type.equals("PERS") || t.text().charAt(0) == 'و' || t.text().charAt(0) == 'ف')
                && procliticLength(t, standalone) > 0;
    }

    /** A noun that describes a place before its name, with or without proclitics and the article (بمنطقة, المدينة). */
    /** A word after a noun of places (منطقة نجران), or a listed place after في (في روما): the place, not its club. */
    private boolean readsAsPlace(List<Token> tokens, int i) {
        return i > 0 && (isPlaceNoun(tokens.get(i - 1))
                || tokens.get(i - 1).is("في") && placeNames.contains(tokens.get(i).text()));
    }

    /** Whether token {@code i} follows a noun of places without the article, in construct with it (مدينة بالنسيا). */
    private boolean afterConstructPlaceNoun(List<Token> tokens, String[] tags, int i) {
        if (i == 0 || !tags[i - 1].equals("O") || !isPlaceNoun(tokens.get(i - 1))) {
            return false;
        }
        return tokens.get(i - 1).readings().stream().noneMatch(r -> r.stem().startsWith("ال"));
    }

    private boolean isPlaceNoun(Token t) {
        return isNounOf(placeNouns, t);
    }

    /**
     * Whether the name at token {@code i} is part of a facility's name: a person after a facility noun, directly or
     * after a royal title (مطار الملك عبدالعزيز), or any definite word after a definite facility noun, which is its
     * adjective (المسجد الحرام).
     */
    private boolean inFacilityName(List<Token> tokens, String[] tags, int i, boolean person) {
        int k = i - 1;
        if (person && k > 0 && orgRules.isRoyalTitle(tokens.get(k).text())) {
            k--;
        }
        if (k < 0 || !tags[k].equals("O") || !isNounOf(facilityNouns, tokens.get(k))) {
            return false;
        }
        if (person) {
            // A name in construct with the noun, so after it without the article (مطار الملك عبدالعزيز), or the
            // noun's adjectives (المسجد الإبراهيمي الشريف); منسق البرنامج أسامة الغامدي is a person of the text.
            return tokens.get(k).readings().stream().anyMatch(r -> facilityNouns.contains(r.stem()))
                    || OrgRules.isDefinite(tokens.get(i).text());
        }
        return k == i - 1 && OrgRules.isDefinite(tokens.get(i).text())
                && tokens.get(k).readings().stream().anyMatch(r -> r.stem().startsWith("ال"));
    }

    /** Whether {@code t}, with or without proclitics and the article, is one of {@code nouns}. */
    private static boolean isNounOf(Set<String> nouns, Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (Clitics.Reading r : t.readings()) {
            if (nouns.contains(r.stem()) || nouns.contains(Clitics.withoutArticle(r.stem()))) {
                return true;
            }
        }
        return false;
    }

    /** The proclitic chars of a location head noun ({@code بقطاع} → 1), or -1 when the token is none. */
    private int locationHead(Token t) {
        if (!t.isWord()) {
            return -1;
        }
        for (Clitics.Reading r : t.readings()) {
            if (locationTriggers.contains(r.stem())) {
                return r.prefixLength();
            }
        }
        return -1;
    }

    /** How many chars of proclitics the first word of a name carries (0 when the word is itself a name). */
    private int procliticLength(Token token, Set<String> standalone) {
        String word = token.text();
        if (knownNames.contains(word) && !(word.startsWith("و") && placeNames.contains(word.substring(1)))) {
            return 0; // وهران is a name; وجدة is more often "and Jeddah" than the Moroccan city
        }
        List<Clitics.Reading> readings = nameReadings(token);
        for (Clitics.Reading r : readings) {
            if (r.prefixLength() > 0 && (knownNames.contains(r.stem()) || locationTriggers.contains(r.stem())
                    || standalone.contains(r.stem()))) {
                return r.prefixLength();
            }
        }
        for (Clitics.Reading r : token.readings()) {
            if (r.prefixLength() > 0 && r.stem().startsWith("ال") && knownNames.contains(r.stem())) {
                return r.prefixLength(); // كالإمارات: ك before the article and a known name
            }
        }
        for (Clitics.Reading r : readings) {
            if (r.prefixLength() > 0 && r.stem().startsWith("ال") && !word.startsWith("ال")) {
                return r.prefixLength();
            }
        }
        return 0;
    }

    /**
     * The readings of a token that may begin a name, but not with ك ("like"): rare before a name in news, while names
     * that begin with ك are many (كوفي، كلاوس، كريم), and كلاوس is not ك + لاوس.
     */
    static List<Clitics.Reading> nameReadings(Token token) {
        String word = token.text();
        int kaf = word.indexOf('ك');
        if (kaf < 0 || kaf > 1) {
            return token.readings(); // no ك where a proclitic can be (a prefix has at most two letters)
        }
        List<Clitics.Reading> out = new ArrayList<>(token.readings().size());
        for (Clitics.Reading r : token.readings()) {
            if (word.lastIndexOf('ك', r.prefixLength() - 1) < 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** {@code NAME (ACRONYM)}: the acronym is a mention of its own, with the name's canonical form. */
    private List<Found> acronyms(List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>();
        boolean[] covered = null; // made for the first acronym
        for (Found f : found) {
            if (!f.type().equals("ORG") || f.last() + 2 >= tokens.size() || !tokens.get(f.last() + 1).is("(")) {
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
                Found acronym = new Found("ORG", f.last() + 2, close - 1, 0, "pattern", null, f);
                covered = covered != null ? covered : covered(tokens.size(), found);
                if (!anyBlocked(covered, acronym.first(), acronym.last())) {
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
    private void emit(Document doc, List<Token> tokens, List<Found> all, MentionSink out) {
        Map<String, String> names = new HashMap<>();
        Map<Integer, String> nameByFirst = new HashMap<>();
        List<Location> locations = new ArrayList<>(); // given to out at the end, a country filled in
        List<Integer> unlinked = new ArrayList<>(); // unlisted places, which may take the story's country
        Map<String, PlaceLinker.Place> placedNearby = new HashMap<>();
        Map<Integer, Found> locationAt = new HashMap<>();
        for (Found f : all) {
            if (f.type().equals("LOC")) {
                locationAt.put(f.first(), f);
            }
        }
        for (Found f : all) {
            Token first = tokens.get(f.first());
            String stem = stemAfter(first, f.prefixLength());
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
                        : f.type().equals("ORG") ? organizations.canonical(key.toString())
                        : f.type().equals("LOC") ? places.canonical(key.toString()) : null;
                String text = withoutMarks(span.text());
                String written = lamArticle ? "ال" + text.substring(2) : text; // للسعودية → السعودية
                String fallback = canonical != null ? canonical : written;
                name = canonical != null ? canonical : names.getOrDefault(f.type() + key, fallback);
                names.putIfAbsent(f.type() + key, name);
            }
            nameByFirst.put(f.first(), name);
            Source source = Source.fromJsonName(f.source());
            switch (f.type()) {
                case "ORG" -> {
                    Found named = f.sameAs() != null ? f.sameAs() : f; // an acronym: its name's country
                    out.add(new Organization(span.text(), span.start(), span.end(), name, source,
                            demonyms.countryOfName(tokens, named.first(), named.last())));
                }
                case "PERS" -> out.add(new Person(span.text(), span.start(), span.end(), name, source));
                case "LOC" -> {
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
                        unlinked.add(locations.size());
                    }
                    locations.add(place == null
                            ? new Location(span.text(), span.start(), span.end(), name, source)
                            : new Location(span.text(), span.start(), span.end(), name, source, place.country(),
                                    place.geonamesId()));
                }
                default -> {
                }
            }
        }
        StoryCountry.fill(locations, 0, unlinked);
        locations.forEach(out::add);
    }

    /** The place a location mention names, by its canonical name or its words; null when not listed. */
    private PlaceLinker.Place link(List<Token> tokens, Found f) {
        String key = stemAfter(tokens.get(f.first()), f.prefixLength())
                + (f.first() < f.last() ? " " + words(tokens, new Found(f.type(), f.first() + 1, f.last(), 0,
                        f.source(), null, null)) : "");
        return placeLinker.place(f.canonical() != null ? f.canonical() : places.canonical(key), key);
    }

    /**
     * The word after its first {@code prefixLength} chars of proclitics, as the tokenizer reads it: with the article
     * restored after لل ({@code للسعودية} → {@code السعوديه}).
     */
    /**
     * The adjective of a listed country, not a place: التونسية (تونس), سعودية, الأمريكي (أمريكا). A word that
     * {@code places.tsv} lists itself is a place (السعودية); other words of this shape are left to the model
     * (الدرعية, الشرقية, حي العزيزية), though ANERGazet lists some adjectives as places (التونسية).
     */
    private boolean isAdjectiveOfPlace(String word) {
        boolean article = word.startsWith("ال");
        boolean nisba = article ? OrgRules.isNisba(word) : word.length() > 4 && word.endsWith("يه");
        String bare = article ? word.substring(2) : word;
        return nisba && !places.isOneWordName(word) && !places.isOneWordName(bare) && isAdjectiveOf(bare);
    }

    /** Whether {@code bare} (no article) is the nisba of a listed country: تونسيه of تونس, فرنسيه of فرنسا. */
    private boolean isAdjectiveOf(String bare) {
        String stem = bare.substring(0, bare.length() - (bare.endsWith("يه") ? 2 : 1));
        for (String country : List.of(stem, stem + "ا", stem + "يا", "ال" + stem)) {
            if (countries.contains(country)) {
                return true;
            }
        }
        return false;
    }

    private static String stemAfter(Token word, int prefixLength) {
        for (Clitics.Reading r : word.readings()) {
            if (r.prefixLength() == prefixLength) {
                return r.stem();
            }
        }
        return word.text().substring(prefixLength);
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

    /** CRF tags for every token, sentence by sentence. */
    private String[] tag(Document doc, List<Token> tokens) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        String text = doc.text();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean lineBreakAfter = i + 1 < tokens.size()
                    && hasLineBreak(text, tokens.get(i).end(), tokens.get(i + 1).start());
            boolean end = i + 1 == tokens.size() || SENTENCE_ENDS.contains(tokens.get(i).text()) || lineBreakAfter
                    || i + 1 - start >= MAX_SENTENCE_TOKENS;
            if (end) {
                List<String> words = new ArrayList<>(i + 1 - start);
                for (int k = start; k <= i; k++) {
                    words.add(tokens.get(k).text());
                }
                List<String> t = crf.tag(words);
                for (int k = 0; k < t.size(); k++) {
                    tags[start + k] = t.get(k);
                }
                start = i + 1;
            }
        }
        return tags;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
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
