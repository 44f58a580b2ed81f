package dev.khabar.ner;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Organization names found by their shape rather than by name: a trigger noun with its construct chain
 * ({@code org-triggers.tsv}), a name in «» after such a noun or headed by one, and the next name of a «» list.
 * Works on the normalized tokens; {@code properNoun[i]} says whether the model or the gazetteer took token i for a
 * name. Immutable and thread-safe; linear in the text (a chain is at most {@value #MAX_NAME_WORDS} words).
 */
final class OrgRules {

    /**
     * How a trigger noun may start a name by itself: NO, YES, NISBA (with the article one nisba is enough), DEFINITE
     * (only with the article and a ل-phrase: الرئاسة العامة للأرصاد, where رئاسة alone is a verbal noun, برئاسة).
     */
    enum Chain { NO, YES, NISBA, DEFINITE }

    private record Trigger(Chain chain, boolean quote) {
    }

    /** A found name: tokens {@code [first, last]}, proclitic chars on the first token, and the rule. */
    record Found(int first, int last, int prefixLength, String rule) {
    }

    private static final int MAX_CONSTRUCT_NOUNS = 2;
    private static final int MAX_QUOTED_WORDS = 7;
    /**
     * Longest chain, in tokens, trigger included: real names are rarely longer (الاتحاد الدولي لجمعيات الصليب الأحمر
     * والهلال الأحمر has 7), and without a bound a trigger repeated over a text (مجلس مجلس …) starts a chain at each
     * token that runs to the end of the text.
     */
    static final int MAX_NAME_WORDS = 12;
    private static final String STEP = "ner";

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

    /** True for a word the model's word classes know as a common noun: it is no adjective of a name. */
    private final Predicate<String> commonNoun;
    /** The treebank class of a word ({@code DTJJ}, {@code DTNNS}, {@code UNK}…). */
    private final Function<String, String> wordClass;
    /**
     * True for a listed one-word place or a noun of places (normalized, no proclitic): after ب it says where the
     * body is.
     */
    private final Predicate<String> place;

    OrgRules(ArabicNormalizer normalizer, Predicate<String> commonNoun, Function<String, String> wordClass,
             Predicate<String> place) {
        this.commonNoun = commonNoun;
        this.wordClass = wordClass;
        this.place = place;
        for (NerData.Row row : NerData.rows("org-triggers.tsv")) {
            Chain chain;
            try {
                chain = Chain.valueOf(row.field(1).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("CHAIN must be yes, no, nisba or definite");
            }
            if (!row.field(2).equals("yes") && !row.field(2).equals("no")) {
                throw row.error("QUOTE must be yes or no");
            }
            triggers.put(normalizer.normalizeWord(row.field(0)), new Trigger(chain, row.field(2).equals("yes")));
        }
        for (NerData.Row row : NerData.rows("name-stops.tsv")) {
            stops.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("name-linkers.tsv")) {
            linkers.add(normalizer.normalizeWord(row.field(0)));
        }
        for (NerData.Row row : NerData.rows("generic-names.tsv")) {
            String phrase = normalizer.normalizeWord(row.field(0));
            genericNames.add(phrase);
            genericNames.add(constructForm(phrase));
            genericWords = Math.max(genericWords, phrase.split(" ").length);
        }
        for (NerData.Row row : NerData.rows("person-titles.tsv")) {
            switch (row.field(1)) {
                case "royal" -> royalTitles.add(normalizer.normalizeWord(row.field(0)));
                case "office" -> officeTitles.add(normalizer.normalizeWord(row.field(0)));
                case "honorific" -> honorifics.add(normalizer.normalizeWord(row.field(0)));
                case "role" -> roles.add(normalizer.normalizeWord(row.field(0)));
                default -> throw row.error("KIND must be royal, office, honorific or role");
            }
        }
    }

    /** A trigger reading of a word: the proclitic chars before it, whether it has the article, and the trigger. */
    private record TriggerReading(int prefixLength, boolean definite, Trigger trigger) {
    }

    private TriggerReading trigger(String word) {
        return trigger(Clitics.readings(word));
    }

    private TriggerReading trigger(Token token) {
        return trigger(token.readings());
    }

    private TriggerReading trigger(List<Clitics.Reading> readings) {
        for (Clitics.Reading r : readings) {
            Trigger t = triggers.get(r.stem());
            if (t != null) {
                return new TriggerReading(r.prefixLength(), false, t);
            }
            if (r.stem().startsWith("ال")) {
                t = triggers.get(r.stem().substring(2));
                if (t != null) {
                    return new TriggerReading(r.prefixLength(), true, t);
                }
            }
        }
        return null;
    }

    /** True when the word (proclitics allowed) is a trigger noun, with or without the article. */
    boolean isTrigger(String word) {
        return trigger(word) != null;
    }

    /**
     * The names in {@code doc}'s tokens; a step along a chain is a unit of {@link Document#work}. {@code personStart[i]}
     * says whether the model begins a person at token i.
     */
    List<Found> find(Document doc, List<Token> tokens, boolean[] properNoun, boolean[] personStart,
                     boolean[] blocked) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || blocked[i]) {
                continue;
            }
            TriggerReading tr = trigger(t);
            if (tr != null && tr.trigger().chain() != Chain.NO) {
                int last = chainEnd(doc, tokens, i, tr, properNoun, personStart, blocked);
                if (last > i && !isGeneric(tokens, i, last, tr.prefixLength())) {
                    out.add(new Found(i, last, tr.prefixLength(), "pattern"));
                }
            }
        }
        quoted(tokens, blocked, out);
        return out;
    }

    /** The last token of the name that trigger token {@code i} heads, or {@code i} when it heads none. */
    private int chainEnd(Document doc, List<Token> tokens, int i, TriggerReading tr, boolean[] properNoun,
                         boolean[] personStart, boolean[] blocked) {
        boolean expectGenitive = !tr.definite();
        int constructNouns = 0;
        int modifiers = 0;
        boolean distinctive = false;
        boolean afterProperNoun = false;
        int last = i;
        int j = i + 1;
        int limit = Math.min(tokens.size(), i + MAX_NAME_WORDS) - 1; // the last token a chain may take
        while (j <= limit) {
            Token t = tokens.get(j);
            if (!t.isWord() || blocked[j] || isStop(t.text())) {
                break;
            }
            String w = t.text();
            if (expectGenitive) {
                if (isHonorific(w)) {
                    break; // جامعة حائل الدكتور فلان: a person's title begins the next phrase
                }
                if (isDefinite(w) || properNoun[j] && !w.startsWith("لل")) {
                    expectGenitive = false;
                    afterProperNoun = !isDefinite(w);
                    distinctive = true;
                    modifiers++;
                    last = personAfterTitle(tokens, j, blocked, limit);
                    afterProperNoun |= last > j; // مستشفى الملك فهد, then only a nisba: الجامعي
                    j = last + 1;
                    continue;
                }
                TriggerReading inner = trigger(t);
                if (++constructNouns > MAX_CONSTRUCT_NOUNS || inner != null && inner.prefixLength() > 0
                        || isPlaceAfterBa(w)) {
                    // محكمة بولاية أيوا: ب and a place say where the body is, they are no genitive of its name
                    break;
                }
                j++;
                continue;
            }
            // A royal title is a genitive only after an indefinite word (مستشفى مدينة الملك عبدالعزيز); after a
            // complete name it is a person's (رئيس مجلس الوزراء الأمير محمد), like an office.
            boolean titleGenitive = isRoyalTitle(w) && !hasArticle(tokens.get(j - 1).text());
            if (isOffice(w) || isHonorific(w) || isRoyalTitle(w) && !titleGenitive
                    || w.startsWith("بال") && w.length() >= 6) {
                // مجلس الوزراء وزير الدفاع: a person's office follows; جامعة ... بالخرج: where it is (not بالون)
                break;
            }
            if (afterProperNoun && !properNoun[j] && !(isDefinite(w) && isNisba(w)) && !titleGenitive) {
                break; // after a name (حركة حماس, منظمة هيومن رايتس ووتش) only a nisba adjective may follow
            }
            if (endsName(tokens, j, last, titleGenitive, personStart[j] && distinctive)) {
                break;
            }
            if (isDefinite(w) && !isNisba(w) && !isPluralNisba(w) && !properNoun[j] && !titleGenitive
                    && commonNoun.test(w) && !isPluralParticiple(tokens, j)
                    && j > i + 1 && !tokens.get(j - 1).text().startsWith("لل")) {
                // After a genitive or an adjective a definite noun is neither (قرر مجلس الوزراء الموافقة). Right after
                // the trigger or a ل-phrase a participle may be an adjective (اللجنة المنظمة, للكرة الطائرة), and
                // the model may read it as part of the name (اتحاد كرة القدم).
                break;
            }
            if (isDefinite(w) || properNoun[j] && afterProperNoun) {
                // an adjective, the next word of a name (هيومن رايتس ووتش), or a royal title and its name
                modifiers++;
                distinctive |= isNisba(w);
                last = personAfterTitle(tokens, j, blocked, limit);
                afterProperNoun |= last > j;
                j = last + 1;
                continue;
            }
            if (w.startsWith("وال") && (trigger(t) != null || properNoun[j])) {
                break; // the next name of a list: مركز المعلومات القضائي والمركز القومي للدراسات, الاتحاد الأوروبي والصين
            }
            if (w.startsWith("لل") && last == i && tr.definite()) {
                break; // right after a definite noun a ل-phrase is its verb's: وقدمت الوزارة للمواطنين خدمات
            }
            if (w.startsWith("لل") || w.startsWith("وال")) {
                // ل + article (للانتخابات) or a coordinated modifier (والتنمية)
                modifiers++;
                distinctive |= w.startsWith("لل");
                last = j++;
                continue;
            }
            boolean linked = w.startsWith("ل") && linkers.contains(w.substring(1));
            // و + a noun in construct continues a list of genitives (وزارة الاتصالات وتقنية المعلومات), not an adjective
            // (الجيش اللبناني وجنود الأمم المتحدة: "and the UN's soldiers").
            boolean coordinated = w.startsWith("و") && !isNisba(tokens.get(last).text());
            if ((linked || coordinated) && w.length() > 3 && j + 1 <= limit) {
                // لحقوق الإنسان, وتقنية المعلومات: a noun in construct with a definite noun
                Token next = tokens.get(j + 1);
                if (next.isWord() && !blocked[j + 1] && isDefinite(next.text()) && !stops.contains(next.text())) {
                    modifiers++;
                    distinctive |= linked;
                    last = j + 1;
                    j += 2;
                    continue;
                }
            }
            break;
        }
        doc.work(j - i, STEP); // the words read along the chain
        if (last == i) {
            return i;
        }
        if (!tr.definite()) {
            return tr.trigger().chain() == Chain.DEFINITE ? i : last;
        }
        if (tr.trigger().chain() == Chain.DEFINITE) {
            return distinctive && hasLPhrase(tokens, i, last) ? last : i;
        }
        boolean enough = distinctive && (modifiers >= 2 || tr.trigger().chain() == Chain.NISBA || hasLPhrase(tokens, i, last));
        return enough ? last : i;
    }

    /** Prepositions after which a participle heads a clause of its own (المشتمل على, المؤلفة من). */
    private static final Set<String> PREPOSITIONS = Set.of("من", "علي", "عن", "الي", "في", "مع");

    /**
     * Whether the word at {@code j}, after a name whose last word is at {@code last}, is no longer part of it: a
     * person the model begins there ({@code personStart}: حركة حماس خالد مشعل), ب and a listed place (جامعة جورج تاون
     * بواشنطن: where the body is), or after a nisba a definite word that a preposition follows, a participle's
     * clause (جمعية النحالين التعاونية المشتمل على: "which comprises").
     */
    private boolean endsName(List<Token> tokens, int j, int last, boolean titleGenitive, boolean personStart) {
        String w = tokens.get(j).text();
        if (personStart || isPlaceAfterBa(w)) {
            return true;
        }
        if (!isDefinite(w) || isNisba(w) || titleGenitive) {
            return false;
        }
        return isNisba(tokens.get(last).text()) && j + 1 < tokens.size()
                && PREPOSITIONS.contains(tokens.get(j + 1).text());
    }

    /** ب and a listed place or a noun of places: بواشنطن, بمنطقة. */
    private boolean isPlaceAfterBa(String w) {
        return w.length() > 3 && w.startsWith("ب") && place.test(w.substring(1));
    }

    /**
     * A participle in the sound plural after a plural noun, its adjective though the treebank's noun class
     * (جمعية الأطفال المعاقين, رابطة اللاعبين المحترفين). After a singular it is the verb's object (دعت وزارة الصحة
     * المواطنين).
     */
    private boolean isPluralParticiple(List<Token> tokens, int j) {
        String w = tokens.get(j).text();
        String previous = tokens.get(j - 1).text();
        return w.startsWith("الم") && w.length() >= 7 && (w.endsWith("ين") || w.endsWith("ات"))
                && (wordClass.apply(previous).equals("DTNNS") || isBrokenPlural(previous));
    }

    /** A definite broken plural of the pattern أفعال (الأطفال, الأسماك): the treebank gives it the singular's class. */
    private static boolean isBrokenPlural(String w) {
        return w.length() == 7 && w.startsWith("الا") && w.charAt(5) == 'ا';
    }

    /**
     * True when the chain begins with a generic phrase ({@code مجلس الإدارة}, or {@code مجلس إدارة} before its
     * owner): the body of an organization is not one ({@code مجلس إدارة الشركة}), and an owner with a name of its own
     * ({@code الجهاز الفني للأهلي}, {@code مجلس إدارة الاتحاد السعودي لكرة القدم}) is found by its own rules.
     */
    private boolean isGeneric(List<Token> tokens, int first, int last, int prefixLength) {
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
        boolean indefiniteHead = !phrase.startsWith("ال");
        return space > 0 && indefiniteHead && phrase.startsWith("ال", space + 1)
                ? phrase.substring(0, space + 1) + phrase.substring(space + 3) : phrase;
    }

    /**
     * The last token of a person's name after a royal title at {@code title} ({@code الملك فهد}, {@code الأمير سلطان
     * بن عبدالعزيز}, {@code الشيخ زايد آل نهيان}), or {@code title} when no name follows; never past token
     * {@code limit}.
     */
    private int personAfterTitle(List<Token> tokens, int title, boolean[] blocked, int limit) {
        String w = tokens.get(title).text();
        if (!isRoyalTitle(w) || title + 1 > limit
                || !isNameWord(tokens, title + 1, blocked)) {
            return title;
        }
        int last = nameEnd(tokens, title + 1, blocked, limit); // the given name, then بن / آل and a name, as often as they come
        while (last + 2 <= limit && isLinker(tokens.get(last + 1)) && isNameWord(tokens, last + 2, blocked)) {
            last = nameEnd(tokens, last + 2, blocked, limit);
        }
        return last;
    }

    /** A royal title with the article: الملك, الأمير. */
    boolean isRoyalTitle(String word) {
        return isDefinite(word) && royalTitles.contains(word.substring(2));
    }

    /**
     * A word that stands before a person's name and is not part of it: an office, an honorific, a royal title or a
     * role ({@code الوزير}, {@code الدكتور}, {@code الأمير}, {@code اللاعب}), with or without the article, و or ف.
     */
    boolean isPersonTitle(String w) {
        String bare = w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
        String noArticle = isDefinite(bare) ? bare.substring(2) : bare;
        return isOffice(w) || honorifics.contains(noArticle) || royalTitles.contains(noArticle)
                || roles.contains(noArticle);
    }

    /** A stop word of {@code name-stops.tsv} (also with و, ف or as ل + ال): no name runs over it. */
    boolean isStopWord(String w) {
        return isStop(w);
    }

    private static boolean isLinker(Token t) {
        return t.is("بن") || t.is("ابن") || t.is("بنت") || t.is("ال"); // ال: آل as normalized
    }

    /** The last token of the name word at {@code j}: عبد العزيز and أبو بكر are written apart but one name. */
    private static int nameEnd(List<Token> tokens, int j, boolean[] blocked, int limit) {
        boolean compound = tokens.get(j).is("عبد") || tokens.get(j).is("ابو");
        return compound && j + 1 <= limit && tokens.get(j + 1).isWord() && !blocked[j + 1] ? j + 1 : j;
    }

    /** A word that may be part of a person's name: no article, no trigger noun, title or stop word. */
    private boolean isNameWord(List<Token> tokens, int j, boolean[] blocked) {
        Token t = tokens.get(j);
        String w = t.text();
        return t.isWord() && !blocked[j] && !isDefinite(w) && !isStop(w) && trigger(t) == null && !isOffice(w)
                && !w.startsWith("و") && !w.startsWith("ل");
    }

    /** A title before a person's name, with the article ({@code الدكتور}, {@code المهندس}). */
    private boolean isHonorific(String w) {
        return isDefinite(w) && honorifics.contains(w.substring(2));
    }

    /** A person's office ({@code وزير}, {@code رئيس}), also with و or ف and with the article ({@code والمتحدث}). */
    private boolean isOffice(String w) {
        String bare = w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
        return officeTitles.contains(w) || officeTitles.contains(bare)
                || bare.startsWith("ال") && officeTitles.contains(bare.substring(2));
    }

    /** A stop word, also with و or ف before it (والتي) or as ل + ال (للفترة). */
    private boolean isStop(String w) {
        return stops.contains(w)
                || (w.startsWith("و") || w.startsWith("ف")) && stops.contains(w.substring(1))
                || w.startsWith("لل") && stops.contains("ا" + w.substring(1));
    }

    private static boolean hasLPhrase(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (tokens.get(k).text().startsWith("ل")) {
                return true;
            }
        }
        return false;
    }

    /** «…» names: after a trigger noun that takes quoted names, headed by a trigger noun, or listed after one. */
    private void quoted(List<Token> tokens, boolean[] blocked, List<Found> out) {
        int previousEnd = -10;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("«")) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < tokens.size() && j <= i + MAX_QUOTED_WORDS + 1; j++) {
                Token t = tokens.get(j);
                if (t.is("»")) {
                    close = j;
                    break;
                }
                if (!t.isWord() || blocked[j]) {
                    break;
                }
            }
            if (close <= i + 1) {
                continue;
            }
            boolean afterTrigger = false;
            if (i > 0 && tokens.get(i - 1).isWord()) {
                TriggerReading tr = trigger(tokens.get(i - 1));
                afterTrigger = tr != null && tr.trigger().quote() && !tr.definite();
            }
            TriggerReading head = trigger(tokens.get(i + 1));
            boolean headed = head != null && head.prefixLength() == 0 && close > i + 2;
            boolean listed = previousEnd >= 0 && i >= 1 && isAnd(tokens, previousEnd, i);
            if (afterTrigger || headed || listed) {
                out.add(new Found(i + 1, close - 1, 0, "quote"));
                previousEnd = close;
            } else {
                previousEnd = -10;
            }
            i = close;
        }
    }

    /** True when only a conjunction (و, or a comma and و) separates the quote ending at {@code end} from {@code open}. */
    private static boolean isAnd(List<Token> tokens, int end, int open) {
        int gap = open - end - 1;
        for (int k = end + 1; k < open; k++) {
            Token t = tokens.get(k);
            if (!(t.is("و") || t.is(","))) {
                return false;
            }
        }
        return gap <= 2;
    }

    /** The article, also after و, ف, ب or as لل (والإفتاء, للبحوث). */
    private static boolean hasArticle(String w) {
        return isDefinite(w) || w.startsWith("لل") || w.length() > 4 && "وفب".indexOf(w.charAt(0)) >= 0
                && (w.startsWith("ال", 1) || w.startsWith("لل", 1));
    }

    static boolean isDefinite(String w) {
        return w.startsWith("ال") && w.length() > 3;
    }

    /** An adjective of relation: الإسرائيلي, العالمية (normalized العالميه), the nisba that makes a name distinct. */
    static boolean isNisba(String w) {
        return w.length() > 4 && (w.endsWith("ي") || w.endsWith("يه"));
    }

    /** A nisba in the masculine plural (نقابة الصحفيين الفلسطينيين): an adjective, though the treebank's noun class. */
    private static boolean isPluralNisba(String w) {
        return w.length() > 6 && (w.endsWith("يين") || w.endsWith("يون"));
    }
}
