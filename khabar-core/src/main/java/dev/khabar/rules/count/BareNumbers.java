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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts whose number has no counted noun right after it: the number of a noun named before it
 * ({@code بلغ عدد القتلى 45}, count-heads.tsv and count-links.tsv), a part of a group ({@code ثلاثة من العاملين}),
 * or a noun the sentence leaves out ({@code سبعة منهم}, elided.tsv, or a plural verb after it: {@code ثلاثة كانوا}).
 * Read-only after construction.
 */
final class BareNumbers {
    private final NumberReader numbers;
    private final Units units;
    private final Labels labels;
    private final CountedNoun nouns;
    private final Qualifiers qualifiers;
    /** Words between "عدد X" and its number (count-links.tsv). */
    private final Set<String> countLinks = new HashSet<>();
    /** The heads that say "the number of" (count-heads.tsv): true when a noun follows (عدد), false alone (العدد). */
    private final Map<String, Boolean> heads = new HashMap<>();
    /** Words after a bare number that end a count of an elided noun (elided.tsv: منهم، آخرين). */
    private final Set<String> elidedAfter = new HashSet<>();
    /** Verbs before a bare number whose subject or object it is (elided.tsv: صوت، قتل). */
    private final Set<String> elidedVerbs = new HashSet<>();

    BareNumbers(NumberReader numbers, Units units, Labels labels, CountedNoun nouns, Qualifiers qualifiers) {
        this.numbers = numbers;
        this.units = units;
        this.labels = labels;
        this.nouns = nouns;
        this.qualifiers = qualifiers;
        for (DataFile.Row row : DataFile.rows(BareNumbers.class, "count-links.tsv", 1)) {
            countLinks.add(String.join(" ", PhraseIndex.words(row.get(0))));
        }
        for (DataFile.Row row : DataFile.rows(BareNumbers.class, "count-heads.tsv", 2)) {
            switch (row.get(1)) {
                case "construct" -> heads.put(row.word(0), true);
                case "whole" -> heads.put(row.word(0), false);
                default -> throw row.error("kind must be construct or whole: " + row.get(1));
            }
        }
        for (DataFile.Row row : DataFile.rows(BareNumbers.class, "elided.tsv", 2)) {
            switch (row.get(1)) {
                case "after" -> elidedAfter.add(row.word(0));
                case "before" -> elidedVerbs.add(row.word(0));
                default -> throw row.error("position must be after or before: " + row.get(1));
            }
        }
    }

    /**
     * {@code بلغ عدد القتلى 45}: a number with no noun after it, after a head (count-heads.tsv: عدد، حصيلة), the noun
     * it numbers (with its adjectives) and only linking words (count-links.tsv, at most four; or none when one stands
     * before the head). Sets the unit from that noun: the vocabulary's singular when known, else the noun as written
     * without the article. A head that names no noun ({@code ارتفع العدد إلى 57}) gives a count without a unit.
     */
    boolean numberOf(Document doc, List<Token> tokens, NumberMatch m, CountDraft f) {
        int k = m.firstToken() - 1;
        int links = 0;
        while (k >= 0 && links <= 4 && tokens.get(k).isWord() && isLink(tokens.get(k))) {
            k--;
            links++;
        }
        if (links > 4 || k < 0) {
            return false;
        }
        if (Boolean.FALSE.equals(head(tokens.get(k)))) {
            // العدد، عددهم: the head alone, with a linking word before it or after it
            if ((links == 0 && (k < 1 || !isLink(tokens.get(k - 1)))) || !standsAlone(tokens, m)) {
                return false;
            }
            f.unit = null;
            f.rule = "number of";
            f.lastToken = m.lastToken();
            f.end = m.end();
            return true;
        }
        // the noun after the head and its definite adjectives: عدد القتلى الفلسطينيين
        for (int noun = k; noun >= Math.max(1, k - 2); noun--) {
            if (!Boolean.TRUE.equals(head(tokens.get(noun - 1)))) {
                continue;
            }
            Token x = tokens.get(noun);
            if (!x.isWord() || !WordForms.isDefinite(x.text()) || units.adjectivesAfter(tokens, noun, true) < k) {
                return false;
            }
            if (links == 0 && (noun < 2 || !isLink(tokens.get(noun - 2)))) {
                return false; // بلغ عدد القتلى 45: the linking verb stands before عدد
            }
            Units.Unit u = units.at(tokens, noun, true);
            if (u != null && !u.open()) {
                f.unit = u.unit();
            } else {
                String written = WordForms.withoutMarks(CountedNoun.written(doc, tokens.get(noun)));
                f.unit = written.length() > 2 ? written.substring(2) : written;
            }
            f.rule = "number of";
            f.lastToken = m.lastToken();
            f.end = m.end();
            return !f.unit.isEmpty() && !units.isNotUnit(x.text().substring(2));
        }
        return false;
    }

    /** True when the token is a linking word of count-links.tsv in any of its readings (وبلغ، ليصل). */
    private boolean isLink(Token t) {
        for (Clitics.Reading r : t.readings()) {
            if (countLinks.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of head (count-heads.tsv) the token is in any of its readings (وعدد، بالعدد), or null. */
    private Boolean head(Token t) {
        for (Clitics.Reading r : t.readings()) {
            Boolean kind = heads.get(r.stem());
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /**
     * True when a number with no counted noun after it may still count something: a whole number of at least two
     * (not واحد or أحد, which mostly start "one of"), no year, no ordinal label before it (الـ 15، اليوم 11).
     */
    boolean standsAlone(List<Token> tokens, NumberMatch m) {
        BigDecimal v = m.value();
        if (v.compareTo(BigDecimal.valueOf(2)) < 0 || v.stripTrailingZeros().scale() > 0 || Labels.isYearLike(m)) {
            return false;
        }
        int after = m.lastToken() + 1;
        if (after < tokens.size()) {
            String next = tokens.get(after).text();
            // a noun of time or measure (100 ألف مرة، خمسة أضعاف), not an adverb (تسعين ألفا تقريبا، ألف فقط)
            boolean measure = units.isNotUnit(next) && !next.endsWith("ا") && !next.equals("فقط");
            if (!elidedAfter.contains(next) && (tokens.get(after).isNumber() || numbers.mayStart(next) || measure)) {
                return false; // خمسة آلاف مليار
            }
        }
        int before = m.firstToken() - 1;
        if (before < 0 || m.start() != tokens.get(m.firstToken()).start()) {
            return true;
        }
        Token b = tokens.get(before);
        String w = b.text();
        boolean proclitic = w.length() == 1 && Clitics.isProcliticLetter(w.charAt(0)); // و12، بـ3.9
        return !((b.isWord() && !proclitic && b.touches(tokens.get(m.firstToken()))) // م2، متر٢
                || w.equals(Clitics.article()) || labels.contains(w)
                || (WordForms.isDefinite(w) && units.isNotUnit(Clitics.afterArticle(w)))); // اليوم 11 من المهرجان
    }

    /**
     * {@code ثلاثة من العاملين}، {@code عشرة من منسوبي قوات الأمن}: a number, من and the group it is taken from —
     * a definite plural (a noun of the vocabulary, or a sound plural: العاملين، الناشطات), or a plural in construct
     * (a noun of the vocabulary, or a participle: منسوبي، مقاتليها). The count covers the number, من and that noun
     * with its adjectives; the unit is the vocabulary's singular, else the noun as written without the article.
     */
    boolean partitive(Document doc, List<Token> tokens, NumberMatch m, CountDraft f) {
        int min = m.lastToken() + 1;
        int n = min + 1;
        if (n >= tokens.size() || !tokens.get(min).is("من") || !tokens.get(n).isWord()) {
            return false;
        }
        String x = tokens.get(n).text();
        String unit;
        if (WordForms.isDefinite(x) && x.length() > 4) {
            String stem = x.substring(2);
            if (units.isNotUnit(stem) || nouns.isNotNoun(stem) || nouns.isNotNoun(x) || numbers.isNumberWord(stem)
                    || !WordForms.isArabicLetters(x)) {
                return false; // من الشهر، من العمر
            }
            Units.Unit u = units.at(tokens, n, true);
            if (u != null && !u.open()) {
                unit = u.unit();
            } else if (WordForms.hasSoundPluralEnding(stem) || groupNoun(tokens, m)) {
                unit = WordForms.withoutMarks(CountedNoun.written(doc, tokens.get(n))).substring(2);
            } else {
                return false;
            }
        } else if (isElative(x) && groupNoun(tokens, m) && n + 1 < tokens.size() && tokens.get(n + 1).isWord()) {
            // اثنين من أكبر مشروعاتها، أربعة من أشهر العاملين: the group is the noun after the elative
            f.unit = null;
            f.rule = "partitive";
            f.lastToken = n + 1;
            f.end = tokens.get(n + 1).end();
            return true;
        } else {
            boolean construct = n + 1 < tokens.size() && tokens.get(n + 1).isWord();
            Units.Unit u = units.known(tokens, n);
            if (u != null && !u.dual() && !u.singular()) {
                unit = u.unit();
            } else if (WordForms.isArabicLetters(x) && !CountedNoun.hasProclitic(x) && isParticiplePlural(x, construct)) {
                unit = WordForms.withoutMarks(CountedNoun.written(doc, tokens.get(n)));
            } else {
                // أربعة من زملائه، ثلاثة من جنودها: a plural of the vocabulary with a possessive pronoun
                String possessed = WordForms.isArabicLetters(x) && !CountedNoun.hasProclitic(x)
                        ? WordForms.withoutPossessive(x, CountedNoun.written(doc, tokens.get(n))) : null;
                unit = possessed == null ? null : units.pluralUnit(possessed);
                if (unit == null) {
                    return false;
                }
            }
        }
        f.unit = unit;
        f.rule = "partitive";
        f.lastToken = units.adjectivesAfter(tokens, n, true);
        f.end = tokens.get(f.lastToken).end();
        return true;
    }

    /**
     * Whether the definite noun after من may name the group of a number that stands alone even when it is no
     * plural the vocabulary or its ending shows: a broken plural or a collective (أربعة من الرهائن، ثلاثة من
     * الأمن، اثنين من الشرطة). Not after a definite noun, which the number then labels (الدقيقة 75 من اللقاء،
     * الكيلو 95 من القناة، المرحلة الحادية عشرة من البرنامج), nor for a long plain digit run (a code or a name).
     */
    private static boolean groupNoun(List<Token> tokens, NumberMatch m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && tokens.get(k).isWord()) {
            for (Clitics.Reading r : tokens.get(k).readings()) {
                if (r.stem().length() > 3 && WordForms.isDefinite(r.stem())) {
                    return false; // والكيلو 95 من القناة
                }
            }
        }
        return m.words() || tokens.get(m.firstToken()).text().length() < 5;
    }

    /** An elative without the article (أكبر، أهم، أشهر): أ and three letters. */
    private static boolean isElative(String w) {
        return w.length() == 4 && w.charAt(0) == '\u0627' && WordForms.isArabicLetters(w); // normalized أ
    }

    /**
     * A participle's sound masculine plural in construct (منسوبي قوات، موظفي الشركة) or with a possessive suffix
     * (مقاتليها، مقاتلينا، عناصره is not one): م, at least three letters, ي, then nothing or a pronoun.
     */
    private static boolean isParticiplePlural(String w, boolean construct) {
        if (!w.startsWith("م")) {
            return false;
        }
        for (String pronoun : WordForms.possessiveSuffixes()) {
            String suffix = "ي" + pronoun;
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return true;
            }
        }
        return construct && w.endsWith("ي") && w.length() >= 5;
    }

    /** True when a definite noun stands right before the number, which then names it (أفراد الفرقة 30 تلقوا). */
    private static boolean afterDefiniteNoun(List<Token> tokens, NumberMatch m) {
        int k = m.firstToken() - 1;
        String w = k >= 0 ? tokens.get(k).text() : "";
        return k >= 0 && tokens.get(k).isWord() && w.length() > 3 && WordForms.isDefinite(w); // not الا (إلا)
    }

    /**
     * A past verb of the plural after a number ({@code كانوا، قتلوا}): it ends in وا, is no noun of the vocabulary
     * ({@code عضوا}) and no word of time or measure.
     */
    private boolean isPluralVerb(Token t) {
        String w = t.text();
        return t.isWord() && w.length() >= 4 && w.endsWith("وا") && WordForms.isArabicLetters(w)
                && !CountedNoun.hasProclitic(w) && !WordForms.isDefinite(w) && units.pluralUnit(w) == null
                && !units.isNotUnit(w) && !nouns.isNotNoun(w) && units.known(List.of(t), 0) == null;
    }

    /**
     * A number whose noun the sentence leaves out (elided.tsv): a word after it that ends the count
     * ({@code سبعة منهم}، {@code تسعة آخرين}), a verb before it ({@code صوت سبعة ضد القرار}, a qualifier may stand
     * between), or a number that ends in a multiplier ({@code نحو 250 ألفا}، {@code خمسة آلاف}). No unit.
     */
    boolean elided(List<Token> tokens, NumberMatch m, CountDraft f) {
        int after = m.lastToken() + 1;
        f.unit = null;
        f.rule = "elided";
        f.lastToken = m.lastToken();
        f.end = m.end();
        if (after < tokens.size() && elidedAfter.contains(tokens.get(after).text())) {
            f.lastToken = after;
            f.end = tokens.get(after).end();
            return true;
        }
        if (after < tokens.size() && isPluralVerb(tokens.get(after)) && !afterDefiniteNoun(tokens, m)) {
            return true; // وأن ثلاثة كانوا في وضع خطير: the number is the subject of a plural verb
        }
        if (m.words() && m.lastToken() > m.firstToken() && !numbers.isDefiniteScale(tokens.get(m.firstToken()).text())
                && numbers.multiplier(tokens.get(m.lastToken()).text()) != null) {
            return true; // 250 ألفا، خمسة آلاف: no year, score or code is written so
        }
        int k = m.firstToken() - 1;
        if (m.start() != tokens.get(m.firstToken()).start()) {
            return false; // وخمسة: و joins it to what stands before
        }
        PhraseIndex.Match<String> q = qualifiers.endingAt(tokens, k);
        if (q != null && q.prefixLength() == 0) {
            k = q.first() - 1;
        }
        if (k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        String verb = tokens.get(k).text();
        return elidedVerbs.contains(verb) || (verb.length() > 3 && Clitics.startsWithConjunction(verb)
                && elidedVerbs.contains(Clitics.withoutConjunction(verb)));
    }
}
