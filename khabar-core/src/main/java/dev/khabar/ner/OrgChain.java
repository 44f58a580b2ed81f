package dev.khabar.ner;

import dev.khabar.pipeline.Document;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The construct chain a trigger noun heads: its genitives (وزارة الصحة), adjectives (الجيش اللبناني), ل-phrases
 * (المرصد السوري لحقوق الإنسان), coordinated genitives (وزارة الاتصالات وتقنية المعلومات) and a royal title's person
 * (مستشفى الملك فهد), up to {@value OrgRules#MAX_NAME_WORDS} tokens. Immutable and thread-safe.
 */
final class OrgChain {
    private static final int MAX_CONSTRUCT_NOUNS = 2;
    private static final String STEP = "ner";
    private final OrgWords words;
    /** True for a word the model's word classes know as a common noun: it is no adjective of a name. */
    private final Predicate<String> commonNoun;
    /** The treebank class of a word ({@code DTJJ}, {@code DTNNS}, {@code UNK}…). */
    private final Function<String, String> wordClass;
    private final PersonAfterTitle personAfterTitle;
    private final ChainLimits limits;
    /** A listed one-word place or a noun of places (normalized, no proclitic): after ب it says where the body is. */
    private final Predicate<String> place;

    OrgChain(OrgWords words, Predicate<String> commonNoun, Function<String, String> wordClass,
             Predicate<String> place) {
        this.words = words;
        this.commonNoun = commonNoun;
        this.wordClass = wordClass;
        this.place = place;
        this.personAfterTitle = new PersonAfterTitle(words);
        this.limits = new ChainLimits(words, commonNoun, wordClass);
    }

    /** The input of one chain and where the walk along it stands. */
    private static final class Walk {
        final List<Token> tokens;
        final boolean[] properNoun;
        final boolean[] personStart;
        final boolean[] blocked;
        final int head;
        final OrgWords.TriggerReading trigger;
        /** The last token a chain may take. */
        final int limit;
        boolean expectGenitive;
        int constructNouns;
        int modifiers;
        boolean distinctive;
        boolean afterProperNoun;
        /** A name's field was read after the name (شركة بنده للتجزئة): only adjectives may follow it. */
        boolean afterField;
        int last;
        int j;

        Walk(List<Token> tokens, boolean[] properNoun, boolean[] personStart, boolean[] blocked, int head,
             OrgWords.TriggerReading trigger) {
            this.tokens = tokens;
            this.properNoun = properNoun;
            this.personStart = personStart;
            this.blocked = blocked;
            this.head = head;
            this.trigger = trigger;
            this.limit = Math.min(tokens.size(), head + OrgRules.MAX_NAME_WORDS) - 1;
            this.expectGenitive = !trigger.definite();
            this.last = head;
            this.j = head + 1;
        }

        String word() {
            return tokens.get(j).text();
        }
    }

    /** The last token of the name that trigger token {@code i} heads, or {@code i} when it heads none. */
    int end(Document doc, List<Token> tokens, int i, OrgWords.TriggerReading tr, boolean[] properNoun,
            boolean[] personStart, boolean[] blocked) {
        Walk walk = new Walk(tokens, properNoun, personStart, blocked, i, tr);
        while (walk.j <= walk.limit) {
            Token t = tokens.get(walk.j);
            if (!t.isWord() || blocked[walk.j] || words.isStop(t.text())) {
                break;
            }
            boolean goOn = walk.expectGenitive ? genitive(walk, t) : modifier(walk, t);
            if (!goOn) {
                break;
            }
        }
        doc.work(walk.j - i, STEP); // the words read along the chain
        return verdict(walk);
    }

    /** Whether the chain is a name: a definite head needs a distinctive word and enough of a name after it. */
    private int verdict(Walk walk) {
        int i = walk.head;
        OrgWords.TriggerReading tr = walk.trigger;
        if (walk.last == i) {
            return i;
        }
        OrgRules.Chain kind = tr.trigger().chain();
        if (!tr.definite()) {
            boolean named = kind == OrgRules.Chain.DEFINITE ? isCommandOrOffice(walk) : kind != OrgRules.Chain.STRICT;
            return named ? walk.last : i;
        }
        boolean lPhrase = hasLPhrase(walk.tokens, i, walk.last);
        if (kind == OrgRules.Chain.STRICT) {
            String adjective = walk.tokens.get(i + 1).text();
            return lPhrase && OrgWords.isDefinite(adjective) && OrgWords.isNisba(adjective) ? walk.last : i;
        }
        if (tr.trigger().chain() == OrgRules.Chain.DEFINITE) {
            return walk.distinctive && lPhrase ? walk.last : i;
        }
        boolean enough = walk.distinctive
                && (walk.modifiers >= 2 || tr.trigger().chain() == OrgRules.Chain.NISBA || lPhrase);
        return enough ? walk.last : i;
    }

    /**
     * Whether a verbal noun of {@code Chain.DEFINITE} without the article heads a body's name: with و at most before
     * it, not after a preposition (في قيادة السيارة), and a chain of two words at least, that names no body of its
     * own (إدارة نادي النصر, إدارة الترجي), whose genitive is in construct (قيادة حرس الحدود, قيادة عمليات بغداد) or has a nisba
     * (قيادة العمليات المشتركة), and no person after it. إدارة المطعم, رئاسة النادي stay verbal nouns.
     */
    private boolean isCommandOrOffice(Walk walk) {
        int i = walk.head;
        String head = walk.tokens.get(i).text();
        boolean bare = walk.trigger.prefixLength() == 0 || walk.trigger.prefixLength() == 1 && Clitics.startsWithAnd(head);
        if (!bare || walk.last < i + 2 || i > 0 && words.isPreposition(walk.tokens.get(i - 1).text())) {
            return false;
        }
        if (walk.properNoun[i + 1]) {
            return false; // إدارة الترجي الرياضي: the club's management; the club has its own name
        }
        for (int k = i + 1; k <= walk.last; k++) {
            String w = walk.tokens.get(k).text();
            if (words.trigger(walk.tokens.get(k)) != null
                    || !OrgWords.isDefinite(w) && !walk.properNoun[k] && !wordClass.apply(w).startsWith("NN")) {
                return false; // إدارة هذا الوضع: a genitive in construct is a noun
            }
        }
        if (walk.last + 1 < walk.tokens.size() && isPersonAhead(walk, walk.last + 1)) {
            return false; // قيادة خادم الحرمين الشريفين الملك سلمان: a person's leadership, his title then his name
        }
        String lastWord = walk.tokens.get(walk.last).text();
        return walk.constructNouns > 0 || OrgWords.isDefinite(lastWord) && OrgWords.isNisba(lastWord);
    }

    /** A royal title, an honorific, an office or a person the model begins at token {@code k}. */
    private boolean isPersonAhead(Walk walk, int k) {
        String w = walk.tokens.get(k).text();
        return walk.personStart[k] || words.isRoyalTitle(w) || words.isHonorific(w) || words.isOffice(w);
    }

    /** One step while a genitive is due after an indefinite noun; false when the chain ends. */
    private boolean genitive(Walk walk, Token t) {
        String w = t.text();
        if (words.isHonorific(w)) {
            return false; // جامعة حائل الدكتور فلان: a person's title begins the next phrase
        }
        if (isIndefiniteDescription(walk, w)) {
            return false;
        }
        boolean name = walk.properNoun[walk.j] || isForeignWord(w) && walk.j == walk.head + 1 && isBrand(walk);
        if (OrgWords.isDefinite(w) || name && !Clitics.hasLamArticle(w)) {
            walk.expectGenitive = false;
            walk.afterProperNoun = !OrgWords.isDefinite(w);
            walk.distinctive = true;
            walk.modifiers++;
            walk.last = personAfterTitle.end(walk.tokens, walk.j, walk.blocked, walk.limit);
            walk.afterProperNoun |= walk.last > walk.j; // مستشفى الملك فهد, then only a nisba: الجامعي
            walk.j = walk.last + 1;
            return true;
        }
        OrgWords.TriggerReading inner = words.trigger(t);
        if (++walk.constructNouns > MAX_CONSTRUCT_NOUNS || inner != null && inner.prefixLength() > 0
                || isPlaceAfterBa(w)) {
            // محكمة بولاية أيوا: ب and a place say where the body is, they are no genitive of its name
            return false;
        }
        walk.j++;
        return true;
    }

    /**
     * An indefinite adjective or noun after the noun that no genitive follows: the phrase describes a body, it does
     * not name one (شركة جديدة, جامعة سعودية, منتدى ألماني, مركز جذب للاستثمارات), though the model may read it as a
     * name. The treebank class tells an adjective or a noun from a name (ألماني written الماني is JJ, not DTJJ). An
     * adjective before a definite word or a name is in construct with it (هيئة كبار العلماء); a noun is in construct
     * unless a ل-phrase follows it (مركز أبحاث مكافحة الجريمة, هيئة كهرباء ومياه دبي).
     */
    private boolean isIndefiniteDescription(Walk walk, String w) {
        String c = wordClass.apply(w);
        boolean adjective = c.equals("JJ") || c.equals("JJR");
        if (!adjective && !c.equals("NN")) {
            return false;
        }
        if (walk.j + 1 >= walk.tokens.size()) {
            return adjective;
        }
        Token next = walk.tokens.get(walk.j + 1);
        String n = next.text();
        if (!adjective) {
            return next.isWord() && Clitics.startsWith(n, Clitics.LAM) && n.length() > 3 && !walk.properNoun[walk.j + 1];
        }
        return !(next.isWord() && !walk.blocked[walk.j + 1]
                && (OrgWords.isDefinite(n) || walk.properNoun[walk.j + 1] && !Clitics.startsWith(n, Clitics.LAM)));
    }

    /**
     * A word in Latin letters or one the treebank has never seen (شركة GOL, شركة أنفرايرو): right after the noun of a
     * company, a medium or a club ({@code brand-triggers.tsv}) it is the body's own name, though the model, reading
     * it alone, took it for none.
     */
    private boolean isBrand(Walk walk) {
        return words.isBrandTrigger(walk.tokens.get(walk.head).text().substring(walk.trigger.prefixLength()));
    }

    private boolean isForeignWord(String w) {
        if (w.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            return w.chars().allMatch(Character::isLetterOrDigit);
        }
        return w.length() >= 4 && wordClass.apply(w).equals(WordClasses.UNKNOWN) && !limits.isNounWithPronoun(w);
    }

    /** One step after the chain has its genitive (or after a definite head); false when the chain ends. */
    private boolean modifier(Walk walk, Token t) {
        String w = t.text();
        // A royal title is a genitive only after an indefinite word (مستشفى مدينة الملك عبدالعزيز); after a
        // complete name it is a person's (رئيس مجلس الوزراء الأمير محمد), like an office.
        boolean titleGenitive = words.isRoyalTitle(w) && !OrgWords.hasArticle(walk.tokens.get(walk.j - 1).text());
        if (endsBeforeModifier(walk, w, titleGenitive)) {
            return false;
        }
        if (OrgWords.isDefinite(w) || walk.properNoun[walk.j] && walk.afterProperNoun) {
            // an adjective, the next word of a name (هيومن رايتس ووتش), or a royal title and its name
            walk.modifiers++;
            walk.distinctive |= OrgWords.isNisba(w);
            walk.last = personAfterTitle.end(walk.tokens, walk.j, walk.blocked, walk.limit);
            walk.afterProperNoun |= walk.last > walk.j;
            walk.j = walk.last + 1;
            return true;
        }
        if (Clitics.hasArticleAfter(w, Clitics.AND) && (words.trigger(t) != null || walk.properNoun[walk.j])) {
            return false; // the next name of a list: مركز المعلومات القضائي والمركز القومي للدراسات, الاتحاد الأوروبي والصين
        }
        if ((Clitics.hasLamArticle(w) || Clitics.hasArticleAfter(w, Clitics.AND)) && walk.last == walk.head
                && walk.trigger.definite()) {
            // right after a definite noun a ل-phrase is its verb's (وقدمت الوزارة للمواطنين خدمات), and و joins
            // another noun to it (بين الهيئة والقطاعات الأخرى)
            return false;
        }
        if (Clitics.hasLamArticle(w) || Clitics.hasArticleAfter(w, Clitics.AND)) {
            // ل + article (للانتخابات) or a coordinated modifier (والتنمية); after a name's field (شركة هيونداي
            // للصناعات) the usual modifiers may follow again (الثقيلة)
            walk.afterField |= walk.afterProperNoun && Clitics.hasLamArticle(w);
            walk.afterProperNoun &= !Clitics.hasLamArticle(w);
            walk.modifiers++;
            walk.distinctive |= Clitics.hasLamArticle(w);
            walk.last = walk.j++;
            return true;
        }
        return linkedGenitive(walk, w);
    }

    /**
     * Whether the word, where a modifier may come, ends the chain instead: a person's office or title, a word that
     * is no nisba after a name, a person or a place, or a definite common noun after a genitive or an adjective.
     */
    private boolean endsBeforeModifier(Walk walk, String w, boolean titleGenitive) {
        int j = walk.j;
        if (words.isOffice(w) || words.isHonorific(w) || words.isRoyalTitle(w) && !titleGenitive
                || Clitics.hasArticleAfter(w, Clitics.BA) && w.length() >= 6) {
            // مجلس الوزراء وزير الدفاع: a person's office follows; جامعة ... بالخرج: where it is (not بالون)
            return true;
        }
        if (walk.afterProperNoun && !walk.properNoun[j] && !(OrgWords.isDefinite(w) && OrgWords.isNisba(w))
                && !titleGenitive && !limits.isFieldAfterName(walk.tokens, walk.j, walk.blocked, walk.properNoun)) {
            return true; // after a name (حركة حماس, منظمة هيومن رايتس ووتش) only a nisba adjective may follow
        }
        if (walk.afterField && limits.isNounAfterField(w)
                || j == walk.head + 1 && walk.trigger.definite() && limits.isPluralObject(w, walk.properNoun[j])
                || endsName(walk.tokens, j, walk.last, titleGenitive, walk.personStart[j] && walk.distinctive)) {
            return true;
        }
        // After a genitive or an adjective a definite noun is neither (قرر مجلس الوزراء الموافقة). Right after the
        // trigger or a ل-phrase a participle may be an adjective (اللجنة المنظمة, للكرة الطائرة), and the model may
        // read it as part of the name (اتحاد كرة القدم).
        return OrgWords.isDefinite(w) && !OrgWords.isNisba(w) && !OrgWords.isPluralNisba(w) && !walk.properNoun[j]
                && !titleGenitive && commonNoun.test(w) && !isPluralParticiple(walk.tokens, j)
                && j > walk.head + 1 && !Clitics.hasLamArticle(walk.tokens.get(j - 1).text());
    }

    /**
     * لحقوق الإنسان, وتقنية المعلومات: a linker noun after ل, or a noun after و, in construct with a definite noun.
     * و + a noun in construct continues a list of genitives (وزارة الاتصالات وتقنية المعلومات), not an adjective
     * (الجيش اللبناني وجنود الأمم المتحدة: "and the UN's soldiers").
     */
    private boolean linkedGenitive(Walk walk, String w) {
        boolean linked = Clitics.startsWith(w, Clitics.LAM) && words.isLinker(Clitics.afterProclitic(w));
        // ووزارة الصحة, وإذاعة الرياض: و and a trigger noun begin the next body of a list, not a genitive of this one;
        // و and a verb the next clause (النقابة العامة للسيارات ويستمر القبول, مجلس التعاون وبحث الملف)
        boolean coordinated = Clitics.startsWithAnd(w) && !OrgWords.isNisba(walk.tokens.get(walk.last).text())
                && !limits.isTriggerAfterWa(walk.tokens.get(walk.j)) && !wordClass.apply(w).startsWith("VB");
        if ((linked || coordinated) && w.length() > 3 && walk.j + 1 <= walk.limit) {
            Token next = walk.tokens.get(walk.j + 1);
            if (next.isWord() && !walk.blocked[walk.j + 1] && OrgWords.isDefinite(next.text())
                    && !words.isListedStop(next.text())) {
                walk.modifiers++;
                walk.distinctive |= linked;
                walk.last = walk.j + 1;
                walk.j += 2;
                return true;
            }
        }
        return false;
    }

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
        if (!OrgWords.isDefinite(w) || OrgWords.isNisba(w) || titleGenitive) {
            return false;
        }
        if (!OrgWords.isNisba(tokens.get(last).text()) || j + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(j + 1).text();
        // شركة النفط النيجيرية المملوكة للحكومة: a participle and its ل-phrase describe the body ("owned by")
        return words.isPreposition(next) || isMafoulParticiple(w) && Clitics.startsWith(next, Clitics.LAM) && next.length() > 3;
    }

    /**
     * A definite participle of the shape المفعول(ة) (المملوكة, المدعومة) or المفاعل(ة) (المجاورة): with a ل-phrase after
     * it, a clause about the body, not a word of its name. Without one it may be (الجامعة العربية المفتوحة).
     */
    private static boolean isMafoulParticiple(String w) {
        if (!WordForms.hasMimAfterArticle(w)) {
            return false;
        }
        String bare = w.substring(Clitics.article().length(), w.length() - (w.endsWith("ه") ? 1 : 0));
        return bare.length() == 5 && bare.charAt(3) == 'و';
    }

    /** ب and a listed place or a noun of places: بواشنطن, بمنطقة. */
    private boolean isPlaceAfterBa(String w) {
        return w.length() > 3 && Clitics.startsWith(w, Clitics.BA) && place.test(Clitics.afterProclitic(w));
    }

    /**
     * A participle in the sound plural after a plural noun, its adjective though the treebank's noun class
     * (جمعية الأطفال المعاقين, رابطة اللاعبين المحترفين). After a singular it is the verb's object (دعت وزارة الصحة
     * المواطنين).
     */
    private boolean isPluralParticiple(List<Token> tokens, int j) {
        String w = tokens.get(j).text();
        String previous = tokens.get(j - 1).text();
        return WordForms.hasMimAfterArticle(w) && w.length() >= 7 && (w.endsWith("ين") || w.endsWith("ات"))
                && (wordClass.apply(previous).equals("DTNNS") || OrgWords.isBrokenPlural(previous));
    }

    private static boolean hasLPhrase(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (Clitics.startsWith(tokens.get(k).text(), Clitics.LAM)) {
                return true;
            }
        }
        return false;
    }
}
