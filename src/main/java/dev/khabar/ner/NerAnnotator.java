package dev.khabar.ner;

import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.Organization;
import dev.khabar.Person;
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

    private final CrfModel crf;
    private final NameGazetteer organizations;
    /** Well-known places, reported where nothing else was found. */
    private final NameGazetteer places;
    /** Religious formulas (بمشيئة الله): never part of a mention. */
    private final NameGazetteer setPhrases;
    private final OrgRules orgRules;
    /** Null when the stage runs without it. */
    private final DocumentPass documentPass;
    private final Set<String> locationTriggers = new HashSet<>();
    /** Nouns that describe a place before its name (منطقة عسير): a person after one is a place. */
    private final Set<String> placeNouns = new HashSet<>();
    /** Nouns that head a facility's name (مطار الملك عبدالعزيز): a person after one is part of that name. */
    private final Set<String> facilityNouns = new HashSet<>();
    /** Words of sports reports, where clubs' short names need no cue word (isSportsText). */
    private final Set<String> sportsWords = new HashSet<>();
    private final Set<String> knownNames = new HashSet<>();
    /**
     * One-word place names: after a trigger noun they end a name (مؤسسة قطر). Not person names: normalized, the
     * list's علي is also the preposition على.
     */
    private final Set<String> placeNames = new HashSet<>();
    /** The countries' names of {@code places.tsv}, whose adjectives (التونسية) the model may take for places. */
    private final Set<String> countries = new HashSet<>();
    /** Countries and GeoNames ids of listed places (knowledge/places.tsv), whose names also join {@link #places}. */
    private final PlaceLinker placeLinker;
    /** Nationality adjectives: an organization's country, and السعودية the adjective after a noun. */
    private final Demonyms demonyms = new Demonyms();

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
        this.documentPass = documentPass
                ? new DocumentPass(normalizer, word -> !crf.tag(List.of(word)).get(0).equals("O")) : null;
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
        this.orgRules = new OrgRules(normalizer, crf::isCommonNoun);
        for (NerData.Row row : NerData.rows("location-triggers.tsv")) {
            locationTriggers.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("place-nouns.tsv")) {
            placeNouns.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("facility-nouns.tsv")) {
            facilityNouns.add(normalizer.normalizeWord(row.field(0)));
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
        for (NerData.Row row : NerData.rows("places.tsv")) {
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

    @Override
    public void annotate(Document doc, Mentions out) {
        List<Token> tokens = doc.tokens();
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        boolean[] blocked = blocked(doc, out);
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

        List<Found> orgs = ruleOrganizations(tokens, tags, properNoun, blocked);
        List<Found> others = new ArrayList<>();
        for (Found f : crfMentions(tokens, tags, standalone)) {
            if (f.type().equals("ORG") && f.first() == f.last() && orgRules.isTrigger(tokens.get(f.first()).text())) {
                continue; // a bare "منظمة" or "الوزارة" names nothing
            }
            if (orgs.stream().noneMatch(f::overlaps)) {
                others.add(f); // the rules' organizations win over the CRF's, and over names inside them
            }
        }
        List<Found> all = new ArrayList<>(orgs);
        all.addAll(others);
        all.addAll(acronyms(tokens, all));
        all = withListedPlaces(tokens, all, blocked);
        all.sort(Comparator.comparingInt(Found::first));
        if (documentPass != null) {
            all = documentPass.apply(tokens, all, tags, blocked);
        }
        // الحكومة السعودية: the adjective, not the country (knowledge/demonyms.tsv)
        all = all.stream().filter(f -> !(f.type().equals("LOC") && f.first() == f.last() && f.prefixLength() == 0
                && demonyms.isAdjectiveAt(tokens, f.first(), crf::isCommonNoun))).toList();
        emit(doc, tokens, all, out);
    }

    /** Gazetteer names and shaped names, longest first, without overlaps. */
    private List<Found> ruleOrganizations(List<Token> tokens, String[] tags, boolean[] properNoun,
                                          boolean[] blocked) {
        List<Found> candidates = new ArrayList<>();
        boolean sportsText = isSportsText(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = blocked[i] ? null : organizations.longestAt(tokens, i);
            if (m == null && sportsText && !blocked[i] && !tags[i].endsWith("PERS") && !readsAsPlace(tokens, i)) {
                // In a sports report a club's short name needs no cue word, unless it is also a common word
                // (الاتفاق "the agreement"), part of a person's name (سانتوس) or reads as a place.
                m = organizations.longestAt(tokens, i, crf::isNameWord);
            }
            if (m != null && !anyBlocked(blocked, m.first(), m.last())) {
                candidates.add(new Found("ORG", m.first(), m.last(), m.prefixLength(), "gazetteer", m.canonical(), null));
            }
        }
        for (OrgRules.Found f : orgRules.find(tokens, properNoun, blocked)) {
            candidates.add(new Found("ORG", f.first(), f.last(), f.prefixLength(), "pattern", null, null));
        }
        // Longest first; at equal length the gazetteer (listed first) wins.
        List<Found> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Found::length).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found c : sorted) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        return kept;
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
    private List<Found> withListedPlaces(List<Token> tokens, List<Found> found, boolean[] blocked) {
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i < tokens.size(); i++) {
            NameGazetteer.Match m = blocked[i] ? null : places.longestAt(tokens, i);
            if (m == null || anyBlocked(blocked, m.first(), m.last()) || shortAfterConjunction(tokens.get(i), m)) {
                continue;
            }
            Found place = new Found("LOC", m.first(), m.last(), m.prefixLength(), "gazetteer", m.canonical(), null);
            List<Found> overlapping = out.stream().filter(place::overlaps).toList();
            boolean onlyInnerLocations = overlapping.stream().allMatch(f -> f.type().equals("LOC")
                    && f.first() >= place.first() && f.last() <= place.last() && f.length() < place.length());
            if (onlyInnerLocations) {
                out.removeAll(overlapping);
                out.add(place);
                i = m.last();
            }
        }
        return out;
    }

    /** وجده is "and found it" far more often than "and Jeddah": a name of three letters takes no و or ف. */
    private static boolean shortAfterConjunction(Token word, NameGazetteer.Match m) {
        char first = word.text().charAt(0);
        return m.first() == m.last() && m.prefixLength() > 0 && (first == 'و' || first == 'ف')
                && stemAfter(word, m.prefixLength()).length() <= 3;
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
    private List<Found> crfMentions(List<Token> tokens, String[] tags, Set<String> standalone) {
        List<Found> out = new ArrayList<>();
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
        return out;
    }

    /**
     * The model's IO labels cannot mark where one name ends and the next of the same type begins; a word inside a
     * person or place that carries a proclitic ({@code الخرطوم بالسودان}, {@code أحمد ومحمد}) starts a new one.
     * Organizations keep theirs: {@code الاتحاد الدولي لكرة القدم} is one name. {@link CrfModel#tag} already splits
     * at a و-word from its lists alone ({@link ConjunctionBoundary}); this adds the other proclitics and the names the
     * document itself shows bare.
     */
    private boolean startsAnotherName(String type, Token t, Set<String> standalone) {
        return !type.equals("ORG") && t.isWord() && procliticLength(t, standalone) > 0;
    }

    /** A noun that describes a place before its name, with or without proclitics and the article (بمنطقة, المدينة). */
    /** A word after a noun of places (منطقة نجران), or a listed place after في (في روما): the place, not its club. */
    private boolean readsAsPlace(List<Token> tokens, int i) {
        return i > 0 && (isPlaceNoun(tokens.get(i - 1))
                || tokens.get(i - 1).is("في") && placeNames.contains(tokens.get(i).text()));
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
                if (found.stream().noneMatch(acronym::overlaps)) {
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
        for (Found f : all) {
            Token first = tokens.get(f.first());
            Span span = doc.span(first.start() + f.prefixLength(), tokens.get(f.last()).end());
            String stem = stemAfter(first, f.prefixLength());
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
                // للسعودية: the span can only be لسعودية, the name is السعودية.
                String written = stem.length() > first.text().length() - f.prefixLength() ? "ا" + text : text;
                String fallback = canonical != null ? canonical : written;
                name = canonical != null ? canonical : names.getOrDefault(f.type() + key, fallback);
                names.putIfAbsent(f.type() + key, name);
            }
            nameByFirst.put(f.first(), name);
            switch (f.type()) {
                case "ORG" -> {
                    Found named = f.sameAs() != null ? f.sameAs() : f; // an acronym: its name's country
                    out.organizations.add(new Organization(span.text(), span.start(), span.end(), name, f.source(),
                            demonyms.countryOfName(tokens, named.first(), named.last())));
                }
                case "PERS" -> out.persons.add(new Person(span.text(), span.start(), span.end(), name, f.source()));
                case "LOC" -> {
                    PlaceLinker.Place place = placeLinker.place(name, key.toString());
                    out.locations.add(place == null
                            ? new Location(span.text(), span.start(), span.end(), name, f.source())
                            : new Location(span.text(), span.start(), span.end(), name, f.source(), place.country(),
                                    place.geonamesId()));
                }
                default -> {
                }
            }
        }
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
    static String withoutMarks(String s) {
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
