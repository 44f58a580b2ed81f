package dev.khabar.ner;

import dev.khabar.Source;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.MISC;
import static dev.khabar.ner.EntityType.ORG;
import static dev.khabar.ner.EntityType.PERS;


/**
 * The model's entities (not MISC) as mentions: proclitics taken off, a location's head noun (قطاع) taken in, the
 * facility names and the countries' adjectives it took for names left out, its persons made whole
 * ({@link ModelPersons}).
 */
final class ModelMentions {
    /** The document as the stage reads it: tokens, the model's labels, blocked tokens, names seen bare. */
    private record Text(List<Token> tokens, String[] tags, boolean[] blocked, Set<String> standalone,
                        boolean[] givenBySpelling) {
    }

    private final NameGazetteer places;
    private final NerWordLists lists;
    private final NameWords nameWords;
    private final CountryAdjectives adjectives;
    private final PlaceContext placeContext;
    private final ModelPersons modelPersons;
    /** The treebank class of a word ({@code NN}, {@code DTNNP}, {@code UNK}…). */
    private final java.util.function.Function<String, String> wordClass;

    ModelMentions(NameGazetteer places, NerWordLists lists, NameWords nameWords, CountryAdjectives adjectives,
                  PlaceContext placeContext, ModelPersons modelPersons,
                  java.util.function.Function<String, String> wordClass) {
        this.wordClass = wordClass;
        this.places = places;
        this.lists = lists;
        this.nameWords = nameWords;
        this.adjectives = adjectives;
        this.placeContext = placeContext;
        this.modelPersons = modelPersons;
    }

    /** The CRF's entities (not MISC), proclitics taken off, a location's head noun (قطاع) taken in. */
    List<NameCandidate> find(List<Token> tokens, String[] tags, boolean[] blocked, Set<String> standalone,
                     boolean[] givenBySpelling) {
        Text text = new Text(tokens, tags, blocked, standalone, givenBySpelling);
        List<NameCandidate> out = new ArrayList<>();
        List<NameCandidate> unconfirmed = new ArrayList<>();
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
                last = mention(text, type, i, last, out, unconfirmed);
            }
            i = last + 1;
        }
        if (!unconfirmed.isEmpty()) {
            modelPersons.confirm(tokens, out, unconfirmed);
        }
        return out;
    }

    /**
     * The mention of the model's run {@code [i, last]} of {@code type}, added to {@code out} (a one-word person that
     * waits for the document, to {@code unconfirmed}), or none; returns the last token the run took.
     */
    private int mention(Text text, EntityType type, int i, int last, List<NameCandidate> out, List<NameCandidate> unconfirmed) {
        List<Token> tokens = text.tokens();
        String[] tags = text.tags();
        Set<String> standalone = text.standalone();
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
            return last; // مطار الملك عبدالعزيز, المسجد الحرام: the facility's name, not a person or a body
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
        if (type == LOC && last == i && prefix == 0 && places.longestAt(tokens, i) == null
                && modelPersons.isFamilyNameAfterGivenName(tokens, tags, text.blocked(), text.givenBySpelling(), i)) {
            type = PERS; // ومحمد منير ، وعلي الحجار: an unlisted "place" after a given name is the family name
        }
        if (type == PERS) {
            ModelPersons.Run person = modelPersons.person(tokens, tags, text.blocked(), standalone,
                    text.givenBySpelling(), first, last, prefix);
            if (person != null && !isCommonWordPlace(tokens, person.found())) {
                (person.confirmed() ? out : unconfirmed).add(person.found());
                last = Math.max(last, person.found().last());
            }
            return last;
        }
        String stem = NameWords.stemAfter(tokens.get(i), prefix);
        if (type == LOC && last == i && adjectives.isAdjectiveOfPlace(stem)) {
            return last; // السلطات التونسية, محامية سعودية: an adjective, not a place
        }
        if (type != PERS && last == i && adjectives.isPluralDemonym(stem)) {
            return last; // أعلن علماء إيرانيون: people of a country, neither a body nor a place
        }
        if (type == LOC && isCommonWordPlace(tokens, new NameCandidate(LOC, i, last, prefix, Source.CRF, null, null))) {
            return last; // لبيع العسل: a common word the model took for a place without a noun of places before it
        }
        if (type == LOC && i > 0 && tags[i - 1].equals("O") && prefix == 0) {
            int headPrefix = lists.locationHead(tokens.get(i - 1));
            if (headPrefix >= 0) {
                first = i - 1;
                prefix = headPrefix;
            }
        }
        out.add(new NameCandidate(type, first, last, prefix, Source.CRF, null, null));
        return last;
    }

    /**
     * A definite word the treebank knows only without its article, as a common noun (العسل: عسل "honey"), and that no
     * list of the stage's own holds (ANERGazet's may): a village may bear the name, but in news the word is the noun.
     */
    private boolean isCommonNounOnly(String word) {
        if (!Clitics.hasArticle(word) || word.length() < 5 || places.isOneWordName(word) || places.isCuedOneWordName(word)) {
            return false;
        }
        String bare = Clitics.afterArticle(word);
        String bareClass = wordClass.apply(bare);
        String definiteClass = wordClass.apply(word); // GLOC: only ANERGazet lists it, as a place
        return (definiteClass.equals(WordClasses.UNKNOWN) || definiteClass.equals("GLOC"))
                && (bareClass.equals("NN") || bareClass.equals("NNS"))
                && !places.isOneWordName(bare);
    }

    /** A one-word place that is a common noun ({@link #isCommonNounOnly}) and no noun of places (قرية, بلدة) precedes. */
    private boolean isCommonWordPlace(List<Token> tokens, NameCandidate f) {
        int i = f.first();
        return f.is(LOC) && f.last() == i && isCommonNounOnly(NameWords.stemAfter(tokens.get(i), f.prefixLength()))
                && !(i > 0 && tokens.get(i - 1).isWord() && lists.isPlaceNoun(tokens.get(i - 1)));
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
        return (type != PERS || Clitics.startsWithConjunction(t.text()))
                && nameWords.procliticLength(t, standalone) > 0;
    }
}
