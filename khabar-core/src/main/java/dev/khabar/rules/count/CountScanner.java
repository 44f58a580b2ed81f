package dev.khabar.rules.count;

import dev.khabar.data.DataFile;
import dev.khabar.pipeline.Coverage;
import dev.khabar.pipeline.Document;
import dev.khabar.rules.number.NumberMatch;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.WordForms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass over the tokens of a line that finds where counts start and reads each: a vague quantity
 * ({@code عشرات الشهداء}, vague.tsv), a currency symbol and a number ({@code $10}), a number with what it counts
 * (through {@link CountedNoun}, {@link RangeReader} and {@link BareNumbers}), or a noun that says its number itself
 * (the dual, {@code دينار واحد}); then the qualifiers around it. Hash lookups, no regular expressions. Read-only
 * after construction.
 */
final class CountScanner {
    /** "One" after a counted noun (دينار واحد), from {@code count-words.tsv}. */
    private static final Set<String> ONE = CountWords.of(CountWords.Role.ONE);

    private final NumberReader numbers;
    private final Units units;
    private final Money money;
    private final Labels labels;
    private final Qualifiers qualifiers;
    private final CountedNoun nouns;
    private final BareNumbers bare;
    private final RangeReader ranges;
    private final PhraseIndex<Boolean> vague;
    /** Every word or sign at which a count other than a number may start, with its proclitics (see countAt). */
    private final Set<String> triggers = new HashSet<>();

    CountScanner(NumberReader numbers, Units units, Money money, Labels labels, Qualifiers qualifiers,
                 CountedNoun nouns, BareNumbers bare, RangeReader ranges) {
        this.numbers = numbers;
        this.units = units;
        this.money = money;
        this.labels = labels;
        this.qualifiers = qualifiers;
        this.nouns = nouns;
        this.bare = bare;
        this.ranges = ranges;
        PhraseIndex.Builder<Boolean> vague = PhraseIndex.builder();
        for (DataFile.Row row : DataFile.rows(CountScanner.class, "vague.tsv", 1)) {
            vague.add(row.get(0), true);
        }
        this.vague = vague.build();
        for (String w : this.vague.firstWords()) {
            triggers.add(w);
            for (String p : Clitics.prefixes()) {
                triggers.add(p + w);
                if (WordForms.isDefinite(w)) {
                    triggers.add(Clitics.definite(p, Clitics.afterArticle(w))); // لل: ل + ال
                }
            }
        }
        triggers.addAll(money.firstWords());
        triggers.addAll(units.firstWords());
        triggers.addAll(List.of("-", "\u2212", ".")); // -5، .77
        triggers.addAll(numbers.startWords());
    }

    /**
     * The counts of one line, in order: {@code tokens} holds no line break, and token indices are positions in it.
     * A count over a span of the date stage ({@code dateSpans}) is none.
     */
    List<CountCandidate> scan(Document doc, List<Token> tokens, Coverage dateSpans) {
        List<CountCandidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            CountDraft f = countAt(doc, tokens, i);
            if (f != null && dateSpans.overlaps(doc.span(f.start, f.end))) {
                f = null; // a number of a date or duration (عام 2015، 28 شهرًا)
            }
            if (f == null) {
                // the parts of a number that is no count are no counts either (100 ألف after a label)
                NumberMatch m = tokens.get(i).isNumber() || triggers.contains(tokens.get(i).text())
                        ? numbers.read(tokens, i) : null;
                i = m == null ? i + 1 : m.lastToken() + 1;
                continue;
            }
            found.add(f.candidate());
            i = f.lastToken + 1;
        }
        return found;
    }

    /** The count that starts at token i, or null. */
    private CountDraft countAt(Document doc, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isNumber() && !triggers.contains(t.text())) {
            return null; // most tokens: one or two hash lookups
        }
        CountDraft f;
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
            qualifiers.before(tokens, f); // نحو بلدين is "towards two countries"
        }
        qualifiers.after(tokens, f);
        return f;
    }

    /** {@code $10}, {@code € 20}: a currency symbol before the number. */
    private CountDraft symbolFirst(List<Token> tokens, int i) {
        PhraseIndex.Match<Money.Currency> s = money.symbolAt(tokens, i);
        if (s == null) {
            return null;
        }
        NumberMatch m = numbers.read(tokens, s.last() + 1);
        if (m == null || m.start() != tokens.get(s.last() + 1).start() || labels.blocked(tokens, m)) {
            return null;
        }
        CountDraft f = new CountDraft();
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
    private CountDraft nounFirst(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i - 1).isNumber()) {
            return null;
        }
        CountDraft f = new CountDraft();
        f.firstToken = i;
        f.start = tokens.get(i).start();
        PhraseIndex.Match<Money.Currency> c = money.nounAt(tokens, i);
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
    private CountDraft numberAt(Document doc, List<Token> tokens, int i) {
        NumberMatch m = numbers.read(tokens, i);
        if (m == null || labels.blocked(tokens, m) || endsScore(tokens, m)) {
            return null;
        }
        CountDraft f = new CountDraft();
        f.firstToken = i;
        f.start = m.start();
        f.value = m.value();
        int after = m.lastToken() + 1;
        // 10$-20$: a symbol may follow each end of a range
        PhraseIndex.Match<Money.Currency> symbol = money.symbolAt(tokens, after);
        RangeReader.Outcome range = ranges.read(doc, tokens, i, m, symbol, f);
        if (range != RangeReader.Outcome.NONE) {
            return range == RangeReader.Outcome.RANGE ? f : null;
        }
        if (symbol != null) {
            f.unit = symbol.value().unit();
            f.rule = "money";
            f.lastToken = symbol.last();
            f.end = tokens.get(symbol.last()).end();
            money.addSubunit(tokens, f, numbers, symbol.value());
            return f;
        }
        boolean counted = nouns.read(doc, tokens, f, after, nouns.takesGenitive(tokens, m));
        if (counted && !blankBetween(doc, m.end(), tokens.get(after).start())) {
            return null; // "1 ـ تعيين": a list number, not a count
        }
        if (!counted) {
            if (bare.numberOf(doc, tokens, m, f)) {
                return f;
            }
            return bare.standsAlone(tokens, m) && (bare.partitive(doc, tokens, m, f) || bare.elided(tokens, m, f)) ? f : null;
        }
        if (f.rule.equals("noun") && isCode(doc, tokens, m, after)) {
            return null; // ص.ب 80204 جدة، 738303 زين: a code, not a count
        }
        if (m.words() && m.firstToken() == m.lastToken() && m.value().compareTo(BigDecimal.valueOf(2)) <= 0
                && !f.rule.equals("percent") && !nouns.agreesWithOneOrTwo(tokens, after)) {
            // واحد before a plural is mostly وأحد ("and one of": وأحد الضحايا), folded to واحد by normalization
            return null;
        }
        if (f.rule.equals("noun") && Labels.isYearLike(m)) {
            return null; // في 2015 شهدت…: a year followed by a word, not a count
        }
        return f;
    }

    /**
     * True when a long plain digit run (five digits or more) before a word outside the vocabulary is a code (a box
     * number, a short code to text: ص.ب 80204 جدة، أرسل إلى 738303 زين): the word is a name read as a noun only by
     * its form — a bare nisba (موبايلي) or a genitive after a number whose last part is not a round hundred. A
     * noun in the accusative of a count (42639 فحصًا), a feminine singular or plural (36013 حالة، 12600 شريحة) and
     * the genitive after round hundreds (15000 موقف، 11500 مهندس) count, unless a box or code word stands before.
     */
    private boolean isCode(Document doc, List<Token> tokens, NumberMatch m, int after) {
        if (m.words() || m.firstToken() != m.lastToken() || tokens.get(m.firstToken()).text().length() < 5) {
            return false;
        }
        int before = m.firstToken() - 1;
        if (before >= 1 && tokens.get(before).is("ب") && tokens.get(before - 1).is(".")) {
            return true; // ص.ب 80204: a post office box
        }
        String written = CountedNoun.baseForm(CountedNoun.written(doc, tokens.get(after)));
        String plain = WordForms.withoutMarks(CountedNoun.written(doc, tokens.get(after)));
        // in the original text: an accusative (فحصًا), a feminine singular (TEH MARBUTA: حالة) or plural (ات)
        if (!plain.equals(written) || written.endsWith("\u0629") || written.endsWith("\u0627\u062A")) { // original text
            return false;
        }
        if (units.isNisba(tokens.get(after), false)) {
            return true; // 636250 موبايلي
        }
        int rest = m.value().remainder(BigDecimal.valueOf(100)).intValue();
        // 15000 موقف is a genitive after thousands; 738303 زين no count, nor a phone number (6760000 تحويلة)
        return rest != 0 || tokens.get(m.firstToken()).text().length() >= 7;
    }

    /**
     * True when digits m end a pair {@code N - M} that falls ({@code 6 - 4}, {@code 7-6}): no range falls, so the
     * pair is a score or a result, and its second number counts nothing (POLICY: scores are not counts).
     */
    private boolean endsScore(List<Token> tokens, NumberMatch m) {
        int dash = m.firstToken() - 1;
        if (m.words() || dash < 1 || !(tokens.get(dash).is("-") || tokens.get(dash).is("\u2013"))
                || !tokens.get(dash - 1).isNumber()) {
            return false;
        }
        NumberMatch first = numbers.read(tokens, dash - 1);
        return first != null && first.lastToken() == dash - 1 && !first.words()
                && first.value().compareTo(m.value()) >= 0;
    }

    /** عشرات الشهداء، مئات الآلاف من المتظاهرين، آلاف الدولارات، بضعة أشخاص. */
    private CountDraft vagueAt(List<Token> tokens, int i) {
        PhraseIndex.Match<Boolean> v = vague.longestWithProclitics(tokens, i);
        if (v == null) {
            return null;
        }
        int j = v.last() + 1;
        boolean viaMin = j < tokens.size() && tokens.get(j).is("من");
        if (viaMin) {
            j++;
        }
        CountDraft f = new CountDraft();
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
}
