package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.CountQualifier;
import dev.khabar.MentionType;
import dev.khabar.UnitKind;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Coverage;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.MentionSink;
import dev.khabar.pipeline.Mentions;
import dev.khabar.pipeline.Span;
import dev.khabar.rules.date.DateAnnotator;
import dev.khabar.rules.number.NumberReader;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
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
 * <p>The work is split by job: {@link CountScanner} finds and reads counts line by line (with {@link CountedNoun},
 * {@link RangeReader}, {@link BareNumbers}, {@link Qualifiers} and {@link Labels}), {@link PartLinker} links parts
 * to totals, and this class turns the candidates into {@link Count} records. It needs the date stage's results
 * ({@link #reads} declares it): a number inside a date or duration is no count. Built once;
 * thread-safe.
 */
public final class CountAnnotator implements Annotator {
    private final CountScanner scanner;
    private final PartLinker parts = new PartLinker();
    private final Money money;

    public CountAnnotator() {
        this(new NumberReader());
    }

    public CountAnnotator(NumberReader numbers) {
        Units units = new Units();
        this.money = new Money();
        Labels labels = new Labels();
        Qualifiers qualifiers = new Qualifiers();
        CountedNoun nouns = new CountedNoun(numbers, units, money, labels, DateAnnotator.monthNames());
        BareNumbers bare = new BareNumbers(numbers, units, labels, nouns, qualifiers);
        this.scanner = new CountScanner(numbers, units, money, labels, qualifiers, nouns, bare,
                new RangeReader(numbers, money, nouns));
    }

    /** The date stage's dates and durations: the numbers inside them are no counts ({@code عام 2015، 28 شهرًا}). */
    @Override
    public Set<MentionType> reads() {
        return Set.of(MentionType.DATE, MentionType.DURATION);
    }

    @Override
    public void annotate(Document doc, Mentions earlier, MentionSink out) {
        Coverage dateSpans = earlier.coverage(MentionType.DATE, MentionType.DURATION);
        for (List<Token> line : doc.lines()) {
            // no count runs from a title or paragraph into the next
            emit(doc, line, parts.link(line, scanner.scan(doc, line, dateSpans)), out);
        }
    }

    /** Adds the counts of one line to {@code out}, a part's {@code partOf} as the original start of its total. */
    private void emit(Document doc, List<Token> tokens, List<CountCandidate> found, MentionSink out) {
        int[] starts = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            CountCandidate f = found.get(k);
            Span span = doc.span(f.start(), f.end());
            starts[k] = span.start();
            String unit = f.openUnitToken() >= 0
                    ? CountedNoun.baseForm(CountedNoun.written(doc, tokens.get(f.openUnitToken()))) : f.unit();
            out.add(new Count(span.text(), span.start(), span.end(), plain(f.value()), plain(f.upper()), unit,
                    unitKind(unit, f.openUnitToken() >= 0), CountQualifier.fromJsonName(f.qualifier()), f.vague(),
                    f.partOf() < 0 ? null : starts[f.partOf()], f.rule()));
        }
    }

    /** What a unit is: a noun read from the text, the percent unit, a currency of {@code currencies.tsv}, or a noun. */
    private UnitKind unitKind(String unit, boolean readFromText) {
        if (unit == null) {
            return null;
        } else if (readFromText) {
            return UnitKind.NOUN;
        } else if (unit.equals(CountedNoun.PERCENT)) {
            return UnitKind.PERCENT;
        }
        return money.isUnit(unit) ? UnitKind.CURRENCY : UnitKind.NOUN;
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
