package dev.khabar.rules.count;

import dev.khabar.data.DataFile;
import dev.khabar.pipeline.Document;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a number counts, read from the words right after it: a percent sign or phrase ({@code percent.tsv}), a
 * currency ({@link Money}), a noun of the vocabulary ({@link Units}), a noun outside it recognised by its form
 * (taa marbuta, sound plural, nisba, accusative tanween), or the genitive noun Arabic grammar puts after a hundred,
 * a thousand or three to ten ({@code 45 ألف متفرج}). Words of {@code not-nouns.tsv} and month names are never
 * counted nouns. Read-only after construction.
 */
final class CountedNoun {
    static final String PERCENT = "percent";

    private final NumberReader numbers;
    private final Units units;
    private final Money money;
    private final Labels labels;
    private final PhraseIndex<Boolean> percent;
    /** Words that are never a counted noun read from grammar (not-nouns.tsv), and the month names. */
    private final Set<String> notNouns = new HashSet<>();

    /** {@code monthNames}: normalized month names, never counted nouns (8 أكتوبر), from the date stage. */
    CountedNoun(NumberReader numbers, Units units, Money money, Labels labels, Set<String> monthNames) {
        this.numbers = numbers;
        this.units = units;
        this.money = money;
        this.labels = labels;
        PhraseIndex.Builder<Boolean> percent = PhraseIndex.builder();
        for (DataFile.Row row : DataFile.rows(CountedNoun.class, "percent.tsv", 1)) {
            percent.add(row.get(0), true);
        }
        this.percent = percent.build();
        for (DataFile.Row row : DataFile.rows(CountedNoun.class, "not-nouns.tsv", 1)) {
            notNouns.add(String.join(" ", PhraseIndex.words(row.get(0))));
        }
        notNouns.addAll(monthNames);
    }

    /** True when the normalized word is never a counted noun read from grammar (من الشهر، من العمر). */
    boolean isNotNoun(String normalizedWord) {
        return notNouns.contains(normalizedWord);
    }

    /**
     * Reads the unit at token j into f (unit, rule, lastToken, end); false when nothing counted follows.
     */
    boolean read(Document doc, List<Token> tokens, CountDraft f, int j, boolean genitive) {
        if (j >= tokens.size()) {
            return false;
        }
        PhraseIndex.Match<Boolean> pct = percent.longestAt(tokens, j);
        if (pct != null) {
            f.unit = PERCENT;
            f.rule = "percent";
            f.lastToken = pct.last();
            f.end = tokens.get(pct.last()).end();
            return true;
        }
        if (money.read(tokens, j, f, numbers)) {
            return true;
        }
        Units.Unit u = units.at(tokens, j, false);
        if (u == null && tokens.get(j).is("من") && f.value != null && f.value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            // ٢٥ ألفًا من النازحين: a large number, من and the definite plural
            Units.Unit definite = units.at(tokens, j + 1, true);
            if (definite != null && !definite.open() && WordForms.isDefinite(tokens.get(j + 1).text())) {
                u = definite;
            }
        }
        String open = u == null ? openNoun(doc, tokens, j) : null;
        if (u == null && open == null && genitive) {
            open = genitiveNoun(doc, tokens, j);
        }
        if (u == null && open == null) {
            return false;
        }
        int last = j;
        if (u != null) {
            f.unit = u.unit();
            f.openUnitToken = u.open() ? u.first() : -1;
            f.rule = u.open() ? "noun" : "unit";
            last = u.last();
        } else {
            f.unit = open;
            f.rule = "noun";
        }
        f.lastToken = units.adjectivesAfter(tokens, last, false);
        f.end = tokens.get(f.lastToken).end();
        return true;
    }

    /**
     * A noun outside the vocabulary that a number counts, by its form in the original text: a singular ending in
     * taa marbuta (14 صفقة، 25 مباراة), a sound feminine plural (9 ميداليات → ميدالية), or a nisba noun of people
     * (1332 عراقيًا → عراقي، 47 ألف إيرانية). Returns its base form in the writer's spelling, or null.
     */
    private String openNoun(Document doc, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        String w = t.text();
        if (!t.isWord() || w.length() < 3 || WordForms.isDefinite(w) || units.isNotUnit(w) || labels.contains(w)
                || numbers.isNumberWord(w) || !WordForms.isArabicLetters(w)) {
            return null;
        }
        if (hasProclitic(w)) {
            return null;
        }
        String original = baseForm(written(doc, tokens.get(j)));
        if (units.isNisba(t, false) && !units.isNotAdjective(w) && !units.isNotUnit(WordForms.nisbaBase(w))) {
            if (original.endsWith("يين") || original.endsWith("يون")) {
                return original.substring(0, original.length() - 2);
            }
            return original;
        }
        if (original.endsWith("\u0629")) { // TEH MARBUTA of the original text: a feminine singular
            return original;
        }
        if ((original.endsWith("ين") || original.endsWith("ون")) && w.startsWith("م") && w.length() >= 6) {
            return original; // the sound masculine plural of a participle: 8 مسعفين (not a verbal noun: تعيين)
        }
        if (original.endsWith("ات") && original.length() >= 5) {
            // a sound feminine plural stays plural: its singular may be masculine (انتصارات → انتصار)
            return original;
        }
        return null;
    }

    /**
     * True when the noun after the number is its genitive tamyiz by Arabic grammar: the last part of the number is a
     * hundred, thousand, million… (45 ألف متفرج، 300 رجل) or three to ten (ثلاثة رجال، 105 أشخاص). After 11–99 the
     * noun is an accusative singular, which {@link Units} reads by its tanween.
     */
    boolean takesGenitive(List<Token> tokens, NumberMatch m) {
        BigDecimal v = m.value();
        if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
            return false;
        }
        if (numbers.isDefiniteScale(tokens.get(m.firstToken()).text())) {
            return false; // المليون: only a noun of the vocabulary follows (يتجاوز الألف فيما…)
        }
        if (m.words() && numbers.multiplier(tokens.get(m.lastToken()).text()) != null) {
            return true; // 45 ألف، ثلاثة ملايين
        }
        int rest = v.remainder(BigDecimal.valueOf(100)).intValue();
        return (rest == 0 && v.compareTo(BigDecimal.valueOf(100)) >= 0) || (rest >= 3 && rest <= 10);
    }

    /**
     * The counted noun after a number that takes the genitive: any Arabic word that is no function word, verb, word
     * of time or measure (not-nouns.tsv, not-units.tsv), no number word and no new definite or prefixed phrase.
     * Returns it in the writer's spelling without harakat (broken plurals stay as written), or null.
     */
    private String genitiveNoun(Document doc, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        String w = t.text();
        if (!t.isWord() || w.length() < 3 || WordForms.isDefinite(w) || notNouns.contains(w) || units.isNotUnit(w)
                || labels.contains(w) || numbers.isNumberWord(w) || !WordForms.isArabicLetters(w) || hasProclitic(w)
                || w.startsWith("ي") || w.endsWith("وا") || units.isNotAdjective(w) || WordForms.isVerbAfterParticle(t)) {
            return null;
        }
        return WordForms.withoutMarks(written(doc, tokens.get(j)));
    }

    /** واحد ريال، اثنان ريالان: a singular or dual noun after the number words for one and two. */
    boolean agreesWithOneOrTwo(List<Token> tokens, int j) {
        Units.Unit u = units.known(tokens, j);
        if (u != null) {
            return u.dual() || u.singular();
        }
        PhraseIndex.Match<Money.Currency> c = money.nounAt(tokens, j);
        return c != null && (c.value().dual() || tokens.get(j).text().startsWith(c.value().noun()));
    }

    /**
     * The base form of a noun outside the vocabulary, in the writer's spelling: without harakat, tatweel and the
     * alef that carries the accusative tanween (طفلًا → طفل).
     */
    static String baseForm(String original) {
        String b = WordForms.withoutMarks(original);
        int n = b.length();
        return n > 2 && b.charAt(n - 1) == '\u0627' ? b.substring(0, n - 1) : b;
    }

    /**
     * True when a word outside the vocabulary likely starts with a proclitic, so it is no counted noun: و
     * (وحتى، وبنسبة), or a preposition before the article (للهجرة، بالمئة). Not ف: too many nouns start with it
     * (فلسطيني، فيلم).
     */
    static boolean hasProclitic(String w) {
        if (Clitics.startsWithAnd(w) && w.length() >= 4) {
            return true;
        }
        return WordForms.hasCliticBeforeArticle(w); // بال، لل، كال، فال، وال
    }

    /** The original text of one token. */
    static String written(Document doc, Token t) {
        return doc.span(t.start(), t.end()).text();
    }
}
