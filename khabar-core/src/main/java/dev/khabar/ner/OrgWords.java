package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the organization chains read, from the stage's data files: trigger nouns ({@code org-triggers.tsv}),
 * stop words, ل-linkers, person titles, generic chains and the small classes of {@code chain-words.tsv}; and the
 * shape tests of a word (the article, a nisba). All words normalized. Immutable and thread-safe.
 */
final class OrgWords {

    /** How a trigger noun may start a name, and whether a «» name may follow it. */
    record Trigger(OrgRules.Chain chain, boolean quote) {
    }

    /** A trigger reading of a word: the proclitic chars before it, whether it has the article, and the trigger. */
    record TriggerReading(int prefixLength, boolean definite, Trigger trigger) {
    }

    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Set<String> stops = new HashSet<>();
    private final Set<String> linkers = new HashSet<>();
    private final Set<String> royalTitles = new HashSet<>();
    private final Set<String> officeTitles = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    /** Nouns of a person's role or trade (لاعب, مدرب, شاعر): before a name, not part of it. */
    private final Set<String> roles = new HashSet<>();
    /** Chains that name no particular organization (مجلس الإدارة, حركة المرور), words joined by a space. */
    private final Set<String> genericNames = new HashSet<>();
    /** The most words of a phrase of {@code genericNames}: a chain is compared with its first words only. */
    private int genericWords;
    private final Set<String> particles = NameParticles.of(NameParticles.Kind.SON_OF, NameParticles.Kind.DAUGHTER_OF,
            NameParticles.Kind.FAMILY);
    private final Set<String> compoundHeads = NameParticles.of(NameParticles.Kind.COMPOUND);
    private final Set<String> prepositions = new HashSet<>();
    private final Set<String> relatives = new HashSet<>();
    private final Set<String> pronounSuffixes = new HashSet<>();
    /** {@code brand-triggers.tsv}: nouns whose name is the body's own, not a person's it honours. */
    private final Set<String> brandTriggers = new HashSet<>();

    OrgWords(ArabicNormalizer normalizer) {
        for (NerData.Row row : NerData.rows("org-triggers.tsv")) {
            OrgRules.Chain chain;
            try {
                chain = OrgRules.Chain.valueOf(row.field(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("CHAIN must be yes, no, nisba, definite or strict");
            }
            if (!row.field(2).equals("yes") && !row.field(2).equals("no")) {
                throw row.error("QUOTE must be yes or no");
            }
            triggers.put(normalizer.normalizeWord(row.field(0)), new Trigger(chain, row.field(2).equals("yes")));
        }
        readWords(normalizer, "name-stops.tsv", stops);
        readWords(normalizer, "name-linkers.tsv", linkers);
        readWords(normalizer, "brand-triggers.tsv", brandTriggers);
        for (NerData.Row row : NerData.rows("generic-names.tsv")) {
            String phrase = normalizer.normalizeWord(row.field(0));
            genericNames.add(phrase);
            genericNames.add(constructForm(phrase));
            genericWords = Math.max(genericWords, phrase.split(" ").length);
        }
        readKinds(normalizer, "person-titles.tsv", "royal, office, honorific or role",
                Map.of("royal", royalTitles, "office", officeTitles, "honorific", honorifics, "role", roles));
        readKinds(normalizer, "chain-words.tsv", "preposition, relative or pronoun-suffix",
                Map.of("preposition", prepositions, "relative", relatives, "pronoun-suffix", pronounSuffixes));
    }

    private static void readWords(ArabicNormalizer normalizer, String file, Set<String> into) {
        for (NerData.Row row : NerData.rows(file)) {
            into.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    private static void readKinds(ArabicNormalizer normalizer, String file, String kinds,
                                  Map<String, Set<String>> byKind) {
        for (NerData.Row row : NerData.rows(file)) {
            Set<String> into = byKind.get(row.field(1));
            if (into == null) {
                throw row.error("KIND must be " + kinds);
            }
            into.add(normalizer.normalizeWord(row.field(0)));
        }
    }

    TriggerReading trigger(String word) {
        return trigger(Clitics.readings(word));
    }

    TriggerReading trigger(Token token) {
        return trigger(token.readings());
    }

    private TriggerReading trigger(List<Clitics.Reading> readings) {
        for (Clitics.Reading r : readings) {
            Trigger t = triggers.get(r.stem());
            if (t != null) {
                return new TriggerReading(r.prefixLength(), false, t);
            }
            if (Clitics.hasArticle(r.stem())) {
                t = triggers.get(Clitics.afterArticle(r.stem()));
                if (t != null) {
                    return new TriggerReading(r.prefixLength(), true, t);
                }
            }
        }
        return null;
    }

    /** A trigger noun of a company, club or medium (no article, no proclitic): its name is its own (شركة, نادي). */
    boolean isBrandTrigger(String noun) {
        return brandTriggers.contains(noun);
    }

    /** A noun that carries a name on after ل (حقوق of لحقوق الإنسان). */
    boolean isLinker(String noun) {
        return linkers.contains(noun);
    }

    /** A particle between the parts of a person's name: بن, بنت, آل. */
    boolean isParticle(Token t) {
        return particles.contains(t.text());
    }

    /** The first word of a name written in two words: عبد, أبو. */
    boolean isCompoundHead(Token t) {
        return compoundHeads.contains(t.text());
    }

    /** A preposition after which a participle heads a clause of its own (المشتمل على, المؤلفة من). */
    boolean isPreposition(String w) {
        return prepositions.contains(w);
    }

    /** A relative pronoun (التي, الذين). */
    boolean isRelative(String w) {
        return relatives.contains(w);
    }

    /** The pronouns that end a noun the chains read as the noun and its pronoun (ها, هم). */
    Set<String> pronounSuffixes() {
        return Collections.unmodifiableSet(pronounSuffixes);
    }

    /** A royal title with the article: الملك, الأمير. */
    boolean isRoyalTitle(String word) {
        return isDefinite(word) && royalTitles.contains(Clitics.afterArticle(word));
    }

    /** An office, an honorific, a royal title or a role, with or without the article, و or ف. */
    boolean isPersonTitle(String w) {
        String bare = Clitics.withoutConjunction(w);
        String noArticle = isDefinite(bare) ? Clitics.afterArticle(bare) : bare;
        return isOffice(w) || honorifics.contains(noArticle) || royalTitles.contains(noArticle)
                || roles.contains(noArticle);
    }

    /** A title before a person's name, with the article ({@code الدكتور}, {@code المهندس}). */
    boolean isHonorific(String w) {
        return isDefinite(w) && honorifics.contains(Clitics.afterArticle(w));
    }

    /** A person's office ({@code وزير}, {@code رئيس}), also with و or ف and with the article ({@code والمتحدث}). */
    boolean isOffice(String w) {
        String bare = Clitics.withoutConjunction(w);
        return officeTitles.contains(w) || officeTitles.contains(bare)
                || Clitics.hasArticle(bare) && officeTitles.contains(Clitics.afterArticle(bare));
    }

    /** A stop word as listed. */
    boolean isListedStop(String w) {
        return stops.contains(w);
    }

    /** A stop word, also with و or ف before it (والتي) or as ل + ال (للفترة). */
    boolean isStop(String w) {
        return stops.contains(w)
                || Clitics.startsWithConjunction(w) && stops.contains(Clitics.withoutConjunction(w))
                || Clitics.hasLamArticle(w) && stops.contains(Clitics.lamArticleAsArticle(w));
    }

    /**
     * True when the chain begins with a generic phrase ({@code مجلس الإدارة}, or {@code مجلس إدارة} before its
     * owner): the body of an organization is not one ({@code مجلس إدارة الشركة}), and an owner with a name of its own
     * ({@code الجهاز الفني للأهلي}, {@code مجلس إدارة الاتحاد السعودي لكرة القدم}) is found by its own rules.
     */
    boolean isGeneric(List<Token> tokens, int first, int last, int prefixLength) {
        StringBuilder phrase = new StringBuilder(tokens.get(first).text().substring(prefixLength));
        for (int k = first + 1; k <= last && k - first < genericWords; k++) {
            phrase.append(' ').append(tokens.get(k).text());
            if (genericNames.contains(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /** مجلس الإدارة → مجلس إدارة: the phrase in construct with an owner after it (its last word without ال). */
    private static String constructForm(String phrase) {
        int space = phrase.lastIndexOf(' ');
        boolean indefiniteHead = !Clitics.hasArticle(phrase);
        return space > 0 && indefiniteHead && Clitics.hasArticleAt(phrase, space + 1)
                ? phrase.substring(0, space + 1) + Clitics.afterArticle(phrase.substring(space + 1)) : phrase;
    }

    /** The article, also after و, ف, ب or as لل (والإفتاء, للبحوث). */
    static boolean hasArticle(String w) {
        return isDefinite(w) || Clitics.hasLamArticle(w) || w.length() > 4 && isConjunctionOrBa(w.charAt(0))
                && (Clitics.hasArticleAt(w, 1) || Clitics.hasLamArticle(Clitics.afterProclitic(w)));
    }

    private static boolean isConjunctionOrBa(char c) {
        return Clitics.isConjunction(c) || c == Clitics.BA;
    }

    static boolean isDefinite(String w) {
        return Clitics.hasArticle(w) && w.length() > 3;
    }

    /** An adjective of relation: الإسرائيلي, العالمية (normalized العالميه), the nisba that makes a name distinct. */
    static boolean isNisba(String w) {
        return w.length() > 4 && (w.endsWith("ي") || w.endsWith("يه"));
    }

    /** A nisba in the masculine plural (نقابة الصحفيين الفلسطينيين): an adjective, though the treebank's noun class. */
    static boolean isPluralNisba(String w) {
        return w.length() > 6 && (w.endsWith("يين") || w.endsWith("يون"));
    }

    /** A definite broken plural of the pattern أفعال (الأطفال, الأسماك): the treebank gives it the singular's class. */
    static boolean isBrokenPlural(String w) {
        return w.length() == 7 && Clitics.hasArticle(w) && w.charAt(2) == 'ا' && w.charAt(5) == 'ا';
    }
}
