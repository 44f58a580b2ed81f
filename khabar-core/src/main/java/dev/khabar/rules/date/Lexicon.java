package dev.khabar.rules.date;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The date vocabulary: every word and phrase of the TSV files under {@code dev/khabar/rules/date/}, normalized at load
 * time and indexed by its first word. Immutable and thread-safe once built.
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

    /** One vocabulary row: its normalized words, kind, value and flag ("weak", "feminine", "bare", "definite"). */
    record Entry(String[] words, Kind kind, String value, String flag) {
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

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, Integer> tenseWords = new HashMap<>();
    private final List<String> nounStarts = new ArrayList<>();

    Lexicon() {
        for (String file : FILES) {
            for (DataFile.Row row : DataFile.rows(Lexicon.class, file, 3)) {
                add(row);
            }
        }
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

    private void add(DataFile.Row row) {
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
        Entry entry = new Entry(words, kind, row.get(2), row.get(3));
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
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
    }

    /**
     * Every entry that starts at token {@code i}, its first word read as written or without proclitics (the readings
     * of {@link Token#readings}, looked at only for words that start with a proclitic letter).
     */
    List<Match> matchesAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            return List.of();
        }
        List<Match> out = collect(tokens, i, t.text(), 0, null);
        String w = t.text();
        if (t.isWord() && w.length() > 2 && Clitics.isProcliticLetter(w.charAt(0))) {
            for (Clitics.Reading reading : t.readings()) {
                if (reading.prefixLength() > 0) {
                    out = collect(tokens, i, reading.stem(), reading.prefixLength(), out);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private List<Match> collect(List<Token> tokens, int i, String stem, int prefix, List<Match> out) {
        List<Entry> entries = byFirstWord.get(stem);
        if (entries == null) {
            return out;
        }
        for (Entry e : entries) {
            int next = matchRest(tokens, i, e.words());
            if (next > 0) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(new Match(e, i, next, prefix));
            }
        }
        return out;
    }

    /** The token after {@code words[1..]} matched at tokens {@code i+1…}, or -1. */
    private static int matchRest(List<Token> tokens, int i, String[] words) {
        int j = i + 1;
        for (int w = 1; w < words.length; w++, j++) {
            if (j >= tokens.size() || !tokens.get(j).text().equals(words[w])) {
                return -1;
            }
        }
        return j;
    }
}
