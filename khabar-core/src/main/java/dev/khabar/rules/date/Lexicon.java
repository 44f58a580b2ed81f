package dev.khabar.rules.date;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.PhraseIndex;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The date vocabulary: every word and phrase of the TSV files under {@code dev/khabar/rules/date/}, normalized at load
 * time, in a {@link PhraseIndex}. Immutable and thread-safe once built.
 */
final class Lexicon {
    /** The files loaded, in order. Each has a {@code # FORMAT:} header and {@code # EXAMPLE:} lines. */
    static final List<String> FILES =
            List.of("months.tsv", "weekdays.tsv", "ordinals.tsv", "units.tsv", "words.tsv", "holidays.tsv");

    enum Kind {
        MONTH, HIJRI_MONTH, WEEKDAY, ORDINAL, UNIT, DAY_REL, DIRECTION, THIS, MODIFIER, PREP, YEAR_WORD, YEARS_WORD,
        MONTH_WORD, DAY_WORD, CALENDAR, FROM, TO, PAIRED, HOUR_WORD, FRACTION, MINUS, DAYPART, DAY_PREFIX, TIMEZONE,
        LAST, QUARTER, HALF, CENTURY, DECADE, WHICH, HOLIDAY, TONIGHT, GENERAL_NOUN, AGE, NAME_BEFORE_TODAY, ONE, YEAR_CUE,
        SEASON, MEASURE, SAME
    }

    /** The cue words (cues.tsv), which the rules test as whole tokens. */
    final Cues cues = new Cues();

    /**
     * One vocabulary row: its normalized words, kind, value and flag ("weak", "feminine", "bare", "definite"), and
     * its place among the rows, which orders the entries found at one reading of a token.
     */
    record Entry(String[] words, Kind kind, String value, String flag, int order) {
        int number() {
            return Integer.parseInt(value);
        }

        boolean is(String f) {
            return f.equals(flag);
        }
    }

    /** An entry found at a token: it spans tokens [first, next) and its first word carried {@code prefix} chars of proclitics. */
    record Match(Entry entry, int first, int next, int prefix) {
    }

    /** The cue words of the tense of a clause (tense.tsv), read by {@link #tenseOf}. */
    static final String TENSE_FILE = "tense.tsv";

    private static final Comparator<Match> IN_ROW_ORDER = Comparator.comparingInt(m -> m.entry().order());

    /** Every entry under its words; words with several rows (a word of two kinds) have them in row order. */
    private final PhraseIndex<List<Entry>> entries;
    private final Map<String, Integer> tenseWords = new HashMap<>();
    private final List<String> nounStarts = new ArrayList<>();

    Lexicon() {
        PhraseIndex.Builder<List<Entry>> builder = PhraseIndex.builder();
        int order = 0;
        for (String file : FILES) {
            for (DataFile.Row row : DataFile.rows(Lexicon.class, file, 3)) {
                Entry entry = entry(row, order++);
                builder.merge(entry.words(), List.of(entry), Lexicon::concat);
            }
        }
        this.entries = builder.build();
        for (DataFile.Row row : DataFile.rows(Lexicon.class, TENSE_FILE, 2)) {
            switch (row.get(1)) {
                case "future" -> tenseWords.put(row.word(0), 1);
                case "past" -> tenseWords.put(row.word(0), -1);
                case "noun" -> tenseWords.put(row.word(0), 0);
                case "noun-start" -> nounStarts.add(row.word(0));
                default -> throw row.error("unknown tense " + row.get(1));
            }
        }
    }

    /**
     * The tense a word gives its clause: 1 future (سوف، يعتزم، a verb with the future prefix: سيعقد، ستنطلق), -1 past
     * (كان), 0 none. {@code w} is a normalized word; a proclitic و or ف before it is read off.
     */
    int tenseOf(String w) {
        Integer listed = tenseWords.get(w);
        if (listed == null && w.length() > 3 && Clitics.isConjunction(w.charAt(0))) {
            w = w.substring(1);
            listed = tenseWords.get(w);
        }
        if (listed != null) {
            return listed;
        }
        if (w.length() >= 5 && w.charAt(0) == Clitics.futurePrefix() && "يتن".indexOf(w.charAt(1)) >= 0) {
            for (String start : nounStarts) {
                if (w.startsWith(start)) {
                    return 0;
                }
            }
            return 1;
        }
        return 0;
    }

    private static List<Entry> concat(List<Entry> a, List<Entry> b) {
        List<Entry> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }

    private static Entry entry(DataFile.Row row, int order) {
        if (row.columns().size() > 4) {
            throw row.error("expected 3 or 4 tab-separated columns: " + row.columns());
        }
        Kind kind;
        try {
            kind = Kind.valueOf(row.get(1));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown kind " + row.get(1));
        }
        String[] words = row.word(0).split("\\s+");
        Entry entry = new Entry(words, kind, row.get(2), row.get(3), order);
        if (kind == Kind.ORDINAL || kind == Kind.MONTH || kind == Kind.HIJRI_MONTH || kind == Kind.WEEKDAY
                || kind == Kind.DECADE || kind == Kind.SEASON) {
            try {
                entry.number();
            } catch (NumberFormatException e) {
                throw row.error("not a number: " + row.get(2));
            }
        }
        if (kind == Kind.MODIFIER) {
            try {
                dev.khabar.DateModifier.fromJsonName(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("not a date modifier: " + row.get(2));
            }
        }
        return entry;
    }

    /**
     * Every entry that starts at token {@code i}, its first word read as written or without proclitics (the readings
     * of {@link Token#readings}): reading by reading, and in row order at each reading.
     */
    List<Match> matchesAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return List.of();
        }
        List<Match> out = null;
        for (Clitics.Reading reading : t.readings()) {
            List<PhraseIndex.Match<List<Entry>>> found =
                    entries.allAt(tokens, i, reading.prefixLength(), reading.stem());
            if (found.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(2);
            }
            int from = out.size();
            for (PhraseIndex.Match<List<Entry>> m : found) {
                for (Entry e : m.value()) {
                    out.add(new Match(e, i, m.last() + 1, m.prefixLength()));
                }
            }
            out.subList(from, out.size()).sort(IN_ROW_ORDER);
        }
        return out == null ? List.of() : out;
    }
}
