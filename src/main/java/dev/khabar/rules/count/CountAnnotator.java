package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.data.DataFile;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.pipeline.Span;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.rules.number.OrdinalReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Finds counts, percentages and money: a number (read by {@link NumberReader}) and what it counts, with the words
 * around it that say how exact it is.
 *
 * <p>A number is a count only when something counted follows it: a noun of {@code units.tsv} (with the agreeing
 * adjectives after it: {@code 3385 معتقلًا إداريًا}), a percent sign or phrase ({@code percent.tsv}), a currency
 * ({@code currencies.tsv}), or any noun written with the accusative tanween of a counted noun ({@code 350 طفلًا});
 * bare numbers (years, ids, phone numbers, scores) are left alone. Numbers after a label ({@code المادة 5},
 * {@code labels.tsv}), numbers joined to other numbers by {@code / :} (dates, times, ratios) and nouns of time
 * ({@code 28 شهرًا}, a duration; {@code not-units.tsv}) give no count. Vague quantities ({@code عشرات الشهداء},
 * {@code vague.tsv}) are counts flagged vague with no value. Ranges ({@code بين 10 و20 قتيلًا}, {@code 10-20 دولار})
 * give the lower end as value and the upper end in {@code upper}.
 *
 * <p>One pass over the tokens with hash lookups; no regular expressions. Built once; thread-safe.
 */
public final class CountAnnotator implements Annotator {
    private static final String PERCENT = "percent";
    /** How many counts back a total is looked for: keeps linking linear on texts made of counts. */
    private static final int MAX_TOTAL_DISTANCE = 20;
    private static final Set<String> ONE = Set.of("واحد", "واحده", "واحدا");
    private static final Set<String> RANGE_TO = Set.of("الي", "حتي");
    private static final Set<String> RANGE_OPENERS = Set.of("من", "بين", "ما بين", "مابين");

    private final NumberReader numbers;
    private final OrdinalReader ordinals = new OrdinalReader();
    private final Units units;
    private final Money money;
    private final PhraseTable<String> qualifiersBefore = new PhraseTable<>();
    private final PhraseTable<String> qualifiersAfter = new PhraseTable<>();
    private final PhraseTable<Boolean> percent = new PhraseTable<>();
    private final PhraseTable<Boolean> vague = new PhraseTable<>();
    private final PhraseTable<Boolean> rangeOpeners = new PhraseTable<>();
    private final PhraseTable<Boolean> parts = new PhraseTable<>();
    private final Set<String> labels = new HashSet<>();
    /** Words that are never a counted noun read from grammar (not-nouns.tsv). */
    private final Set<String> notNouns = new HashSet<>();
    /** Words between "عدد X" and its number (count-links.tsv). */
    private final Set<String> countLinks = new HashSet<>();
    /** The heads that say "the number of" (count-heads.tsv): true when a noun follows (عدد), false alone (العدد). */
    private final Map<String, Boolean> heads = new HashMap<>();
    /** Words after a bare number that end a count of an elided noun (elided.tsv: منهم، آخرين). */
    private final Set<String> elidedAfter = new HashSet<>();
    /** Verbs before a bare number whose subject or object it is (elided.tsv: صوت، قتل). */
    private final Set<String> elidedVerbs = new HashSet<>();
    /** Every word or sign at which a count other than a number may start, with its proclitics (see countAt). */
    private final Set<String> triggers = new HashSet<>();

    public CountAnnotator() {
        this(new NumberReader());
    }

    public CountAnnotator(NumberReader numbers) {
        this.numbers = numbers;
        this.units = new Units();
        this.money = new Money();
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "qualifiers.tsv", 3)) {
            switch (row.get(2)) {
                case "before" -> qualifiersBefore.add(row.get(0), row.get(1));
                case "after" -> qualifiersAfter.add(row.get(0), row.get(1));
                default -> throw row.error("position must be before or after: " + row.get(2));
            }
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "percent.tsv", 1)) {
            percent.add(row.get(0), true);
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "vague.tsv", 1)) {
            vague.add(row.get(0), true);
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "parts.tsv", 1)) {
            parts.add(row.get(0), true);
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "labels.tsv", 1)) {
            labels.add(String.join(" ", PhraseTable.words(row.get(0))));
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "not-nouns.tsv", 1)) {
            notNouns.add(String.join(" ", PhraseTable.words(row.get(0))));
        }
        // month names are never counted nouns (8 أكتوبر): the date stage's list, not a copy of it
        for (DataFile.Row row : DataFile.rows(dev.khabar.rules.date.DateAnnotator.class, "months.tsv", 2)) {
            notNouns.add(PhraseTable.words(row.get(0))[0]);
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "count-links.tsv", 1)) {
            countLinks.add(String.join(" ", PhraseTable.words(row.get(0))));
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "count-heads.tsv", 2)) {
            switch (row.get(1)) {
                case "construct" -> heads.put(row.word(0), true);
                case "whole" -> heads.put(row.word(0), false);
                default -> throw row.error("kind must be construct or whole: " + row.get(1));
            }
        }
        for (DataFile.Row row : DataFile.rows(CountAnnotator.class, "elided.tsv", 2)) {
            switch (row.get(1)) {
                case "after" -> elidedAfter.add(row.word(0));
                case "before" -> elidedVerbs.add(row.word(0));
                default -> throw row.error("position must be after or before: " + row.get(1));
            }
        }
        for (String opener : RANGE_OPENERS) {
            rangeOpeners.add(opener, true);
        }
        for (String w : vague.firstWords()) {
            triggers.add(w);
            for (String p : Clitics.prefixes()) {
                triggers.add(p + w);
                if (p.endsWith("ل") && WordForms.isDefinite(w)) {
                    triggers.add(p + w.substring(1)); // لل
                }
            }
        }
        triggers.addAll(money.firstWords());
        triggers.addAll(units.firstWords());
        triggers.addAll(List.of("-", "\u2212", ".")); // -5، .77
        triggers.addAll(numbers.startWords());
    }

    @Override
    public void annotate(Document doc, Mentions out) {
        Taken taken = new Taken(out);
        Map<Found, Integer> starts = new HashMap<>();
        for (List<Token> line : doc.lines()) {
            annotateLine(doc, line, taken, starts, out); // no count runs from a title or paragraph into the next
        }
    }

    /** The counts of one line: {@code tokens} holds no line break, and token indices below are positions in it. */
    private void annotateLine(Document doc, List<Token> tokens, Taken taken, Map<Found, Integer> starts,
                              Mentions out) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = countAt(doc, tokens, i);
            if (f != null && taken.overlaps(doc.span(f.start, f.end))) {
                f = null; // a number of a date or duration (عام 2015، 28 شهرًا)
            }
            if (f == null) {
                // the parts of a number that is no count are no counts either (100 ألف after a label)
                NumberMatch m = tokens.get(i).isNumber() || triggers.contains(tokens.get(i).text())
                        ? numbers.read(tokens, i) : null;
                i = m == null ? i + 1 : m.lastToken() + 1;
                continue;
            }
            found.add(f);
            i = f.lastToken + 1;
        }
        linkParts(tokens, found);
        for (Found f : found) {
            Span span = doc.span(f.start, f.end);
            starts.put(f, span.start());
            String unit = f.openUnitToken >= 0 ? baseForm(written(doc, tokens.get(f.openUnitToken))) : f.unit;
            out.counts.add(new Count(span.text(), span.start(), span.end(), plain(f.value), plain(f.upper), unit,
                    f.qualifier, f.vague, f.partOf == null ? null : starts.get(f.partOf), f.rule));
        }
    }

    /** The original text of one token. */
    private static String written(Document doc, Token t) {
        return doc.span(t.start(), t.end()).text();
    }

    /** The original spans the dates stage took (dates and durations), for a quick overlap test. */
    private static final class Taken {
        private final int[] starts;
        private final int[] ends;

        Taken(Mentions out) {
            List<int[]> spans = new ArrayList<>();
            out.dates.forEach(d -> spans.add(new int[] {d.start(), d.end()}));
            out.durations.forEach(d -> spans.add(new int[] {d.start(), d.end()}));
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            starts = new int[spans.size()];
            ends = new int[spans.size()];
            int maxEnd = Integer.MIN_VALUE;
            for (int k = 0; k < spans.size(); k++) {
                starts[k] = spans.get(k)[0];
                maxEnd = Math.max(maxEnd, spans.get(k)[1]);
                ends[k] = maxEnd; // running maximum, so one binary search answers
            }
        }

        boolean overlaps(Span s) {
            int k = java.util.Arrays.binarySearch(starts, s.end());
            int last = k >= 0 ? k - 1 : -k - 2; // the last span starting before s ends
            while (last >= 0 && starts[last] >= s.end()) {
                last--;
            }
            return last >= 0 && ends[last] > s.start();
        }
    }

    /**
     * Links counts listed after من بينهم (parts.tsv) to their total: the nearest earlier count of the same sentence
     * with a larger value. The counts that follow in the list, joined only by ، and و, are parts of the same total.
     */
    private void linkParts(List<Token> tokens, List<Found> found) {
        for (int k = 1; k < found.size(); k++) {
            Found f = found.get(k);
            Found previous = found.get(k - 1);
            if (f.value == null) {
                continue;
            }
            PhraseTable.Match<Boolean> opener = parts.endingAt(tokens, skipBack(tokens, f.firstToken - 1));
            if (opener != null && opener.prefixLength() == 0) {
                int scannedTo = opener.first(); // tokens from here on are known to hold no sentence end
                for (int t = k - 1; t >= Math.max(0, k - MAX_TOTAL_DISTANCE); t--) {
                    Found total = found.get(t);
                    if (endsSentenceBetween(tokens, total.lastToken, scannedTo)) {
                        break;
                    }
                    scannedTo = total.firstToken;
                    if (total.value != null && total.partOf == null && total.value.compareTo(f.value) > 0
                            && !PERCENT.equals(total.unit)) {
                        f.partOf = total;
                        break;
                    }
                }
            } else if (previous.partOf != null && onlyListSeparators(tokens, previous.lastToken + 1, f.firstToken)
                    && previous.partOf.value.compareTo(f.value) > 0) {
                f.partOf = previous.partOf;
            }
        }
    }

    /** The last token before index j that is no comma. */
    private static int skipBack(List<Token> tokens, int j) {
        while (j >= 0 && isListComma(tokens.get(j))) {
            j--;
        }
        return j;
    }

    private static boolean isListComma(Token t) {
        return t.is("\u060C") || t.is(","); // ARABIC COMMA, comma
    }

    /** True when tokens [from, to) are only commas and و. */
    private static boolean onlyListSeparators(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isListComma(tokens.get(j)) && !tokens.get(j).is("و")) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentenceBetween(List<Token> tokens, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            Token t = tokens.get(j);
            boolean decimalPoint = t.is(".") && j > 0 && j + 1 < tokens.size() && tokens.get(j - 1).isNumber()
                    && tokens.get(j - 1).touches(t) && t.touches(tokens.get(j + 1));
            if ((t.is(".") && !decimalPoint) || t.is("!") || t.is("?") || t.is("\u061F")) { // ARABIC QUESTION MARK
                return true;
            }
        }
        return false;
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

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The count that starts at token i, or null. */
    private Found countAt(Document doc, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isNumber() && !triggers.contains(t.text())) {
            return null; // most tokens: one or two hash lookups
        }
        Found f;
        if (t.isWord()) {
            f = vagueAt(tokens, i);
            if (f == null) {
                f = symbolFirst(tokens, i);
            }
            if (f == null) {
                f = numberAt(doc, tokens, i);
            }
            if (f == null) {
                f = nounFirst(tokens, i);
            }
        } else if (t.kind() == Token.Kind.PUNCT) {
            f = symbolFirst(tokens, i);
            if (f == null) {
                f = numberAt(doc, tokens, i);
            }
        } else {
            f = numberAt(doc, tokens, i);
        }
        if (f == null) {
            return null;
        }
        if (!f.rule.startsWith("dual") && !f.rule.startsWith("one")) {
            qualifyBefore(tokens, f); // نحو بلدين is "towards two countries"
        }
        qualifyAfter(tokens, f);
        return f;
    }

    /** {@code $10}, {@code € 20}: a currency symbol before the number. */
    private Found symbolFirst(List<Token> tokens, int i) {
        PhraseTable.Match<Money.Currency> s = money.symbolAt(tokens, i);
        if (s == null) {
            return null;
        }
        NumberMatch m = numbers.read(tokens, s.last() + 1);
        if (m == null || m.start() != tokens.get(s.last() + 1).start() || blocked(tokens, m)) {
            return null;
        }
        Found f = new Found();
        f.firstToken = i;
        f.start = tokens.get(i).start();
        f.lastToken = m.lastToken();
        f.end = m.end();
        f.value = m.value();
        f.unit = s.value().unit();
        f.rule = "money";
        money.addSubunit(tokens, f, numbers, s.value());
        return f;
    }

    /**
     * Counts where the noun says the number: the dual (مقتل شخصين، مليوني دولار is read as a number) and a noun
     * followed by واحد (دينار واحد).
     */
    private Found nounFirst(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).isNumber()) {
            return null;
        }
        Found f = new Found();
        f.firstToken = i;
        f.start = tokens.get(i).start();
        PhraseTable.Match<Money.Currency> c = money.nounAt(tokens, i);
        int last;
        boolean dual;
        if (c != null) {
            f.unit = c.value().unit();
            f.rule = "money";
            last = c.last();
            dual = c.value().dual();
        } else {
            Units.Unit u = units.known(tokens, i);
            if (u == null) {
                return null;
            }
            f.unit = u.unit();
            f.rule = "unit";
            last = u.last();
            dual = u.dual();
        }
        if (dual) {
            f.value = BigDecimal.valueOf(2);
            f.rule = "dual " + f.rule;
        } else if (last + 1 < tokens.size() && ONE.contains(tokens.get(last + 1).text())) {
            f.value = BigDecimal.ONE;
            f.rule = "one " + f.rule;
            last++;
        } else {
            return null;
        }
        f.lastToken = last;
        f.end = tokens.get(last).end();
        return f;
    }

    /** A number (or a range of two) and the unit after it. */
    private Found numberAt(Document doc, List<Token> tokens, int i) {
        NumberMatch m = numbers.read(tokens, i);
        if (m == null || blocked(tokens, m)) {
            return null;
        }
        Found f = new Found();
        f.firstToken = i;
        f.start = m.start();
        f.value = m.value();
        int after = m.lastToken() + 1;
        // 10$-20$: a symbol may follow each end of a range
        PhraseTable.Match<Money.Currency> symbol = money.symbolAt(tokens, after);
        int beforeRange = symbol != null ? symbol.last() + 1 : after;
        NumberMatch upper = rangeEnd(tokens, m, beforeRange);
        if (upper != null) {
            PhraseTable.Match<Money.Currency> symbol2 = money.symbolAt(tokens, upper.lastToken() + 1);
            if (symbol != null && (symbol2 == null || !symbol2.value().equals(symbol.value()))) {
                upper = null;
            }
        }
        if (upper != null) {
            int unitAt = upper.lastToken() + 1;
            if (unitAt(doc, tokens, f, unitAt, takesGenitive(tokens, upper)) && !(f.rule.equals("noun") && isYearLike(m) && isYearLike(upper))) {
                f.upper = upper.value();
                // بين 3 و5 ملايين: the first number shares the multiplier of the second
                BigDecimal shared = numbers.multiplier(tokens.get(upper.lastToken()).text());
                if (shared != null && !m.words() && f.value.multiply(shared).compareTo(f.upper) < 0) {
                    f.value = f.value.multiply(shared);
                }
                if (f.value.signum() <= 0 || f.value.multiply(BigDecimal.valueOf(1000)).compareTo(f.upper) < 0) {
                    return null; // عام 2015 إلى 23.1 مليار: no range spans more than three orders of magnitude
                }
                f.qualifier = "between";
                f.rule = "range " + f.rule;
                PhraseTable.Match<Boolean> opener = rangeOpeners.endingAt(tokens, i - 1);
                if (opener != null && m.start() == tokens.get(i).start()) {
                    f.firstToken = opener.first();
                    f.start = tokens.get(opener.first()).start() + opener.prefixLength();
                }
                return f;
            }
        }
        if (symbol != null) {
            f.unit = symbol.value().unit();
            f.rule = "money";
            f.lastToken = symbol.last();
            f.end = tokens.get(symbol.last()).end();
            money.addSubunit(tokens, f, numbers, symbol.value());
            return f;
        }
        boolean counted = unitAt(doc, tokens, f, after, takesGenitive(tokens, m));
        if (counted && !blankBetween(doc, m.end(), tokens.get(after).start())) {
            return null; // "1 ـ تعيين": a list number, not a count
        }
        if (!counted) {
            if (numberOf(doc, tokens, m, f)) {
                return f;
            }
            return standsAlone(tokens, m) && (partitive(doc, tokens, m, f) || elided(tokens, m, f)) ? f : null;
        }
        if (f.rule.equals("noun") && !m.words() && m.firstToken() == m.lastToken() && tokens.get(i).text().length() >= 5) {
            return null; // 80204 جدة: a long plain digit run before an unknown word is a code, not a count
        }
        if (m.words() && m.firstToken() == m.lastToken() && m.value().compareTo(BigDecimal.valueOf(2)) <= 0
                && !f.rule.equals("percent") && !agreesWithOneOrTwo(tokens, after)) {
            // واحد before a plural is mostly وأحد ("and one of": وأحد الضحايا), folded to واحد by normalization
            return null;
        }
        if (f.rule.equals("noun") && isYearLike(m)) {
            return null; // في 2015 شهدت…: a year followed by a word, not a count
        }
        return f;
    }

    /**
     * True when a number with no counted noun after it may still count something: a whole number of at least two
     * (not واحد or أحد, which mostly start "one of"), no year, no ordinal label before it (الـ 15، اليوم 11).
     */
    private boolean standsAlone(List<Token> tokens, NumberMatch m) {
        BigDecimal v = m.value();
        if (v.compareTo(BigDecimal.valueOf(2)) < 0 || v.stripTrailingZeros().scale() > 0 || isYearLike(m)) {
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
                || w.equals("ال") || labels.contains(w)
                || (WordForms.isDefinite(w) && units.isNotUnit(w.substring(2)))); // اليوم 11 من المهرجان
    }

    /**
     * {@code ثلاثة من العاملين}، {@code عشرة من منسوبي قوات الأمن}: a number, من and the group it is taken from —
     * a definite plural (a noun of the vocabulary, or a sound plural: العاملين، الناشطات), or a plural in construct
     * (a noun of the vocabulary, or a participle: منسوبي، مقاتليها). The count covers the number, من and that noun
     * with its adjectives; the unit is the vocabulary's singular, else the noun as written without the article.
     */
    private boolean partitive(Document doc, List<Token> tokens, NumberMatch m, Found f) {
        int min = m.lastToken() + 1;
        int n = min + 1;
        if (n >= tokens.size() || !tokens.get(min).is("من") || !tokens.get(n).isWord()) {
            return false;
        }
        String x = tokens.get(n).text();
        String unit;
        if (WordForms.isDefinite(x) && x.length() > 4) {
            String stem = x.substring(2);
            if (units.isNotUnit(stem) || notNouns.contains(stem) || notNouns.contains(x) || numbers.isNumberWord(stem)
                    || !WordForms.isArabicLetters(x)) {
                return false; // من الشهر، من العمر
            }
            Units.Unit u = units.at(tokens, n, true);
            if (u != null && !u.open()) {
                unit = u.unit();
            } else if (WordForms.hasSoundPluralEnding(stem)) {
                unit = WordForms.withoutMarks(written(doc, tokens.get(n))).substring(2);
            } else {
                return false;
            }
        } else {
            boolean construct = n + 1 < tokens.size() && tokens.get(n + 1).isWord();
            Units.Unit u = units.known(tokens, n);
            if (u != null && !u.dual() && !u.singular()) {
                unit = u.unit();
            } else if (WordForms.isArabicLetters(x) && !hasProclitic(x) && isParticiplePlural(x, construct)) {
                unit = WordForms.withoutMarks(written(doc, tokens.get(n)));
            } else {
                return false;
            }
        }
        f.unit = unit;
        f.rule = "partitive";
        f.lastToken = units.adjectivesAfter(tokens, n, true);
        f.end = tokens.get(f.lastToken).end();
        return true;
    }

    /**
     * A participle's sound masculine plural in construct (منسوبي قوات، موظفي الشركة) or with a possessive suffix
     * (مقاتليها، مقاتلينا، عناصره is not one): م, at least three letters, ي, then nothing or a pronoun.
     */
    private static boolean isParticiplePlural(String w, boolean construct) {
        if (!w.startsWith("م")) {
            return false;
        }
        for (String suffix : new String[] {"يها", "يهم", "يهن", "يه", "ينا"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return true;
            }
        }
        return construct && w.endsWith("ي") && w.length() >= 5;
    }

    /**
     * A number whose noun the sentence leaves out (elided.tsv): a word after it that ends the count
     * ({@code سبعة منهم}، {@code تسعة آخرين}), a verb before it ({@code صوت سبعة ضد القرار}, a qualifier may stand
     * between), or a number that ends in a multiplier ({@code نحو 250 ألفا}، {@code خمسة آلاف}). No unit.
     */
    private boolean elided(List<Token> tokens, NumberMatch m, Found f) {
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
        if (m.words() && m.lastToken() > m.firstToken() && !numbers.isDefiniteScale(tokens.get(m.firstToken()).text())
                && numbers.multiplier(tokens.get(m.lastToken()).text()) != null) {
            return true; // 250 ألفا، خمسة آلاف: no year, score or code is written so
        }
        int k = m.firstToken() - 1;
        if (m.start() != tokens.get(m.firstToken()).start()) {
            return false; // وخمسة: و joins it to what stands before
        }
        PhraseTable.Match<String> q = qualifiersBefore.endingAt(tokens, k);
        if (q != null && q.prefixLength() == 0) {
            k = q.first() - 1;
        }
        if (k < 0 || !tokens.get(k).isWord()) {
            return false;
        }
        String verb = tokens.get(k).text();
        return elidedVerbs.contains(verb) || (verb.length() > 3 && (verb.startsWith("و") || verb.startsWith("ف"))
                && elidedVerbs.contains(verb.substring(1)));
    }

    /**
     * The second number of a range after the first ends: {@code 10-20}, {@code 10 إلى 20}, {@code عشرة لعشرين},
     * {@code بين 10 و20}. Null when there is none.
     */
    private NumberMatch rangeEnd(List<Token> tokens, NumberMatch m, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        Token sep = tokens.get(j);
        NumberMatch second = null;
        if (sep.is("-") || sep.is("\u2013") || RANGE_TO.contains(sep.text())) {
            second = numbers.read(tokens, j + 1);
            if (second != null && second.start() != tokens.get(j + 1).start()) {
                return null;
            }
        } else if (sep.isWord() && (sep.text().startsWith("ل") || sep.text().startsWith("و"))) {
            if (sep.text().startsWith("و") && !openedByBetween(tokens, m.firstToken())) {
                return null;
            }
            if (sep.is("و")) {
                second = numbers.read(tokens, j + 1);
            } else {
                second = numbers.read(tokens, j);
                if (second != null && second.start() != sep.start() + 1) {
                    return null;
                }
            }
        }
        if (second == null || second.value().compareTo(m.value()) <= 0) {
            return null;
        }
        return second;
    }

    private boolean openedByBetween(List<Token> tokens, int first) {
        PhraseTable.Match<Boolean> opener = rangeOpeners.endingAt(tokens, first - 1);
        return opener != null && !tokens.get(opener.last()).text().endsWith("من");
    }

    /**
     * Reads the unit at token j into f (unit, rule, lastToken, end); false when nothing counted follows.
     */
    private boolean unitAt(Document doc, List<Token> tokens, Found f, int j, boolean genitive) {
        if (j >= tokens.size()) {
            return false;
        }
        PhraseTable.Match<Boolean> pct = percent.at(tokens, j);
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
    private boolean takesGenitive(List<Token> tokens, NumberMatch m) {
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
                || w.startsWith("ي") || w.endsWith("وا") || units.isNotAdjective(w)) {
            return null;
        }
        return WordForms.withoutMarks(written(doc, tokens.get(j)));
    }

    /**
     * {@code بلغ عدد القتلى 45}: a number with no noun after it, after a head (count-heads.tsv: عدد، حصيلة), the noun
     * it numbers (with its adjectives) and only linking words (count-links.tsv, at most four; or none when one stands
     * before the head). Sets the unit from that noun: the vocabulary's singular when known, else the noun as written
     * without the article. A head that names no noun ({@code ارتفع العدد إلى 57}) gives a count without a unit.
     */
    private boolean numberOf(Document doc, List<Token> tokens, NumberMatch m, Found f) {
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
                String written = WordForms.withoutMarks(written(doc, tokens.get(noun)));
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
     * True when a word outside the vocabulary likely starts with a proclitic, so it is no counted noun: و
     * (وحتى، وبنسبة), or a preposition before the article (للهجرة، بالمئة). Not ف: too many nouns start with it
     * (فلسطيني، فيلم).
     */
    static boolean hasProclitic(String w) {
        if (w.startsWith("و") && w.length() >= 4) {
            return true;
        }
        return WordForms.hasCliticBeforeArticle(w); // بال، لل، كال، فال، وال
    }

    /** واحد ريال، اثنان ريالان: a singular or dual noun after the number words for one and two. */
    private boolean agreesWithOneOrTwo(List<Token> tokens, int j) {
        Units.Unit u = units.known(tokens, j);
        if (u != null) {
            return u.dual() || u.singular();
        }
        PhraseTable.Match<Money.Currency> c = money.nounAt(tokens, j);
        return c != null && (c.value().dual() || tokens.get(j).text().startsWith(c.value().noun()));
    }

    /** عشرات الشهداء، مئات الآلاف من المتظاهرين، آلاف الدولارات، بضعة أشخاص. */
    private Found vagueAt(List<Token> tokens, int i) {
        PhraseTable.Match<Boolean> v = vague.atWithProclitic(tokens, i);
        if (v == null) {
            return null;
        }
        int j = v.last() + 1;
        boolean viaMin = j < tokens.size() && tokens.get(j).is("من");
        if (viaMin) {
            j++;
        }
        Found f = new Found();
        f.firstToken = i;
        f.start = tokens.get(i).start() + v.prefixLength();
        f.vague = true;
        f.qualifier = "approximately";
        String currency = money.pluralNounAt(tokens, j);
        if (currency != null) {
            f.unit = currency;
            f.rule = "vague money";
            f.lastToken = j;
            f.end = tokens.get(j).end();
            return f;
        }
        Units.Unit u = units.at(tokens, j, true);
        if (u == null || u.open()) {
            return null;
        }
        f.unit = u.unit();
        f.rule = "vague";
        int last = units.adjectivesAfter(tokens, u.last(), true);
        f.lastToken = last;
        f.end = tokens.get(last).end();
        return f;
    }

    /** Extends f over a qualifier just before it (أكثر من، نحو، ما لا يقل عن). */
    private void qualifyBefore(List<Token> tokens, Found f) {
        if (f.start != tokens.get(f.firstToken).start()) {
            return; // a proclitic stands between: وخمسين
        }
        PhraseTable.Match<String> q = qualifiersBefore.endingAt(tokens, f.firstToken - 1);
        if (q == null) {
            return;
        }
        if (!f.qualifier.equals("between")) {
            f.qualifier = q.value();
        }
        f.firstToken = q.first();
        f.start = tokens.get(q.first()).start() + q.prefixLength();
    }

    /** Extends f over a qualifier just after it (تقريبًا، على الأقل). */
    private void qualifyAfter(List<Token> tokens, Found f) {
        PhraseTable.Match<String> q = qualifiersAfter.at(tokens, f.lastToken + 1);
        if (q == null) {
            return;
        }
        if (f.qualifier.equals("exact")) {
            f.qualifier = q.value();
        }
        f.lastToken = q.last();
        f.end = tokens.get(q.last()).end();
    }

    /** True when only white space stands between normalized offsets a and b in the original text. */
    private static boolean blankBetween(Document doc, int a, int b) {
        if (b <= a) {
            return true;
        }
        String between = doc.span(a, b).text();
        for (int k = 0; k < between.length(); k++) {
            if (!Character.isWhitespace(between.charAt(k)) && !Character.isSpaceChar(between.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers that name or date something: after a label, or joined to other numbers by / : . (12/3, 10:30). */
    private boolean blocked(List<Token> tokens, NumberMatch m) {
        int first = m.firstToken();
        int last = m.lastToken();
        if (first > 0) {
            NumberMatch ordinal = ordinals.read(tokens, first - 1);
            if (ordinal != null && ordinal.lastToken() >= first) {
                return true; // الخامسة عشرة: the عشرة of an ordinal
            }
        }
        if (first > 0 && m.start() == tokens.get(first).start()) {
            Token before = tokens.get(first - 1);
            boolean plain = !m.words() && first == last;
            if ((plain && labels.contains(before.text())) || (before.touches(tokens.get(first))
                    && (before.is("+") || before.is("#") || before.is("/") || before.is(":")))) {
                return true;
            }
            if (first > 1 && before.touches(tokens.get(first)) && tokens.get(first - 2).isNumber()
                    && tokens.get(first - 2).touches(before) && (before.is("-") || before.is("."))) {
                return true; // the second half of 2-1 or 10-20
            }
        }
        if (last + 2 < tokens.size()) {
            Token after = tokens.get(last + 1);
            if (tokens.get(last).touches(after) && (after.is("/") || after.is(":"))
                    && after.touches(tokens.get(last + 2)) && tokens.get(last + 2).isNumber()) {
                return true;
            }
        }
        if (!m.words() && first == last && tokens.get(first).isNumber()) {
            String digits = tokens.get(first).text();
            return digits.length() >= 10 || (digits.length() >= 2 && digits.charAt(0) == '0');
        }
        return false;
    }

    /** Four plain digits from 1900 to 2100: a year unless its noun is a known unit. */
    private static boolean isYearLike(NumberMatch m) {
        if (m.words() || m.value().scale() > 0) {
            return false;
        }
        int v = m.value().intValue();
        return m.value().compareTo(BigDecimal.valueOf(1900)) >= 0 && v <= 2100;
    }

}
