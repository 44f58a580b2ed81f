package dev.khabar.ner;

import dev.khabar.MentionType;
import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Background;
import dev.khabar.pipeline.Coverage;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.MentionSink;
import dev.khabar.pipeline.Mentions;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import dev.khabar.tokenize.WordForms;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.khabar.ner.EntityType.LOC;


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
    private static final String STEP = "ner";

    private final CrfModel crf;
    private final NameGazetteer organizations;
    /** Well-known places, reported where nothing else was found. */
    private final NameGazetteer places;
    private final OrgRules orgRules;
    private final OrgShortNames orgShortNames;
    private final RuleOrganizations ruleOrganizations;
    private final ModelMentions modelMentions;
    private final Acronyms acronyms;
    private final DiseaseNames diseases;
    private final ListedPlaces listedPlaces;
    private final CompassRegions compassRegions;
    /** Null when the stage runs without it. */
    private final DocumentPass documentPass;
    private final PersonSpans personSpans;
    private final NerWordLists lists;
    private final SentenceTagger tagger;
    private final PlaceContext placeContext;
    private final RulePersons rulePersons;
    /** Nationality adjectives: an organization's country, and السعودية the adjective after a noun. */
    private final Demonyms demonyms = new Demonyms();
    /** Names the mentions; links places to countries and GeoNames ids (knowledge/places.tsv). */
    private final MentionWriter writer;
    /** Unlisted places named after a noun of places (قرية الزهيرات, أحياء الزهيرات والقرينية). */
    private final PlaceNounNames placeNounNames;
    /** Unlisted places in lists of places (تونس وليبيا وأزواد). */
    private final PlaceLists placeLists;
    /** Cities that are the clubs named after them (ليون الفرنسي, كوبنهاغن 1 - صفر). */
    private final ClubPlaces clubPlaces;
    /** مالي the adjective (دعم مالي), not the country. */
    private final AdjectivePlaces adjectivePlaces;
    /** كونيا سبور: a town and سبور are a club. */
    private final ClubSuffixes clubSuffixes;
    /** A bare التحالف after التحالف العربي: that coalition. */
    private final CarriedOrgHeads carriedOrgHeads;

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
                w -> lists.placeNames.contains(w) || lists.placeNouns.contains(w), lists.placeNouns::contains);
        this.personSpans = new PersonSpans(crf, orgRules, lists.placeNames, lists.commonWordGivenNames);
        this.documentPass = documentPass
                ? new DocumentPass(normalizer,
                        word -> names.isUnseenName(word) || !crf.tag(List.of(word)).get(0).equals("O"),
                        orgRules::isPersonTitle,
                        word -> crf.wordClass(word).equals("GPERS") || NameLexicon.isPersonToken(word)) : null;
        this.placeContext = new PlaceContext(lists, orgRules);
        this.ruleOrganizations = new RuleOrganizations(normalizer, crf, organizations, places, orgRules, lists,
                placeContext);
        this.orgShortNames = new OrgShortNames(orgRules, crf::isNameWord, lists::isSportsWord);
        CountryAdjectives adjectives = new CountryAdjectives(places, lists, demonyms);
        NameWords nameWords = new NameWords(lists);
        PersonNameParts parts = new PersonNameParts(crf, orgRules, names, lists, adjectives);
        ModelPersons modelPersons = new ModelPersons(crf, orgRules, names, places, organizations, lists, demonyms,
                adjectives, nameWords, parts);
        this.modelMentions = new ModelMentions(places, lists, nameWords, adjectives, placeContext, modelPersons,
                crf::wordClass);
        this.rulePersons = new RulePersons(crf, orgRules, names, organizations, lists, adjectives, nameWords, parts);
        this.acronyms = new Acronyms(organizations);
        this.diseases = new DiseaseNames(normalizer);
        this.listedPlaces = new ListedPlaces(places);
        this.compassRegions = new CompassRegions(lists);
        this.placeNounNames = new PlaceNounNames(normalizer, lists::isPlaceNoun, lists::locationHead, crf::wordClass);
        this.placeLists = new PlaceLists(crf::wordClass);
        this.clubPlaces = new ClubPlaces(lists.countries, adjectives, crf::isCommonNoun, orgRules::isStopWord);
        this.adjectivePlaces = new AdjectivePlaces(normalizer);
        this.carriedOrgHeads = new CarriedOrgHeads(normalizer);
        this.clubSuffixes = new ClubSuffixes(normalizer);
        this.writer = new MentionWriter(organizations, places, knowledge.get(), demonyms,
                new NearbyCountry(demonyms, lists.compassNouns));
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

        boolean sportsText = ruleOrganizations.isSportsText(tokens);
        List<NameCandidate> orgs = ruleOrganizations.find(doc, tokens, tags, properNoun, blocked, sportsText);
        List<NameCandidate> all = MentionOverlaps.merge(tokens, orgs, modelMentions.find(tokens, tags, blocked, standalone,
                givenBySpelling), rulePersons.find(tokens, tags, blocked, givenBySpelling), orgRules::isTrigger);
        all.addAll(acronyms.find(tokens, all, blocked));
        doc.work(3L * n, STEP); // the gazetteers' and the rules' other passes: a few steps a token, as names are short
        all = listedPlaces.apply(doc.text(), tokens, all, blocked);
        all = compassRegions.apply(tokens, all, blocked);
        all = placeNounNames.apply(tokens, all, blocked);
        all.sort(Comparator.comparingInt(NameCandidate::first));
        all = placeLists.apply(tokens, all, blocked);
        all.sort(Comparator.comparingInt(NameCandidate::first));
        all = clubPlaces.apply(tokens, all, blocked, sportsText);
        all = clubSuffixes.apply(tokens, all, blocked);
        all = adjectivePlaces.addCued(tokens, all, blocked);
        all = personSpans.apply(tokens, all, tags, blocked);
        if (documentPass != null) {
            List<NameCandidate> aliases = orgShortNames.of(tokens, all, tags, properNoun,
                    j -> places.longestAt(tokens, j) != null || lists.placeNames.contains(tokens.get(j).text()),
                    sportsText);
            all = documentPass.apply(tokens, all, aliases, tags, blocked,
                    f -> f.is(LOC) && f.prefixLength() == 0 && placeContext.readsAsPlace(tokens, f.first()),
                    units -> doc.work(units, STEP));
            all = carriedOrgHeads.apply(tokens, all, blocked);
        }
        all = TanweenWords.apply(doc, tokens, all);
        List<NameCandidate> candidates = all;
        all = all.stream().filter(f -> !namesNoEntity(tokens, f, candidates)).toList();
        writer.emit(doc, tokens, all, out);
    }

    /**
     * The readings of a token that may begin a name, but not with ك ("like"): {@link NameWords#nameReadings}.
     */
    static List<Clitics.Reading> nameReadings(Token token) {
        return NameWords.nameReadings(token);
    }

    /** The text without harakat, Quranic marks, tatweel and invisible format marks ({@link WordForms}). */
    public static String withoutMarks(String s) {
        return WordForms.withoutMarksAndFormatChars(s);
    }

    /** Tokens inside hashtags, dates or durations that earlier stages found. */
    private static boolean[] blocked(Document doc, Mentions found) {
        return Coverage.of(found.hashtags, found.dates, found.durations).tokens(doc);
    }

    /**
     * فيروس كورونا, وباء الإيدز: a disease (diseases.tsv); الحكومة السعودية: the adjective, not the country
     * (knowledge/demonyms.tsv); دعم مالي: the adjective (adjective-places.tsv).
     */
    private boolean namesNoEntity(List<Token> tokens, NameCandidate f, List<NameCandidate> all) {
        return diseases.isDisease(tokens, f) || f.is(LOC) && f.first() == f.last() && f.prefixLength() == 0
                && demonyms.isAdjectiveAt(tokens, f.first(), crf::wordClass)
                || adjectivePlaces.isAdjective(tokens, f, all);
    }
}
