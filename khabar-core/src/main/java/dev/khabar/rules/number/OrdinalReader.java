package dev.khabar.rules.number;

import dev.khabar.data.DataFile;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ordinal number words (الأول، الثالثة، الحادي عشر، الخامس والعشرون) from normalized tokens, so that stages
 * can tell an ordinal from a count. Vocabulary in {@code ordinal-words.tsv}. Built once, immutable, thread-safe.
 */
public final class OrdinalReader {
    private enum Kind { ORDINAL, HEAD, TEN, TENS }

    private record Entry(int value, Kind kind, int prefixLength) {
    }

    /** No proclitic, then every conjunction and preposition of {@link Clitics#prefixes} (و، ف، ب، وب…). */
    private static final List<String> PROCLITICS = withNone(Clitics.prefixes());

    /** Every form: bare, with ال, with a proclitic (و ف ب ل ك وب…) and with both (وال، فال، بال، لل، وبال…). */
    private final Map<String, Entry> forms = new HashMap<>();

    public OrdinalReader() {
        for (DataFile.Row row : DataFile.rows(OrdinalReader.class, "ordinal-words.tsv", 3)) {
            String word = row.word(0);
            Kind kind;
            int value;
            try {
                kind = Kind.valueOf(row.get(2));
                value = Integer.parseInt(row.get(1));
            } catch (IllegalArgumentException e) {
                throw row.error("bad value or kind: " + row.columns());
            }
            for (String proclitic : PROCLITICS) {
                forms.putIfAbsent(proclitic + word, new Entry(value, kind, proclitic.length()));
                forms.putIfAbsent(Clitics.definite(proclitic, word), new Entry(value, kind, proclitic.length()));
            }
        }
    }

    private static List<String> withNone(List<String> prefixes) {
        List<String> out = new ArrayList<>(prefixes.size() + 1);
        out.add("");
        out.addAll(prefixes);
        return List.copyOf(out);
    }

    /** The ordinal starting at token {@code i}, or null. The value is the position (1 for الأول). */
    public NumberMatch read(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        Entry first = forms.get(tokens.get(i).text());
        if (first == null || (first.kind() != Kind.ORDINAL && first.kind() != Kind.HEAD)) {
            return null;
        }
        int value = first.value();
        int last = i;
        Entry next = i + 1 < tokens.size() ? forms.get(tokens.get(i + 1).text()) : null;
        if (next != null && next.kind() == Kind.TEN && next.prefixLength() == 0 && value < 10) {
            value += 10;
            last = i + 1;
        } else if (next != null && next.kind() == Kind.TENS && Clitics.startsWithAnd(tokens.get(i + 1).text())
                && value < 10) {
            value += next.value();
            last = i + 1;
        } else if (next == null && i + 2 < tokens.size() && tokens.get(i + 1).is("و") && value < 10) {
            Entry tens = forms.get(tokens.get(i + 2).text());
            if (tens != null && tens.kind() == Kind.TENS && tens.prefixLength() == 0) {
                value += tens.value();
                last = i + 2;
            }
        }
        if (first.kind() == Kind.HEAD && last == i) {
            return null; // حادي alone is no ordinal
        }
        return new NumberMatch(i, last, tokens.get(i).start() + first.prefixLength(), tokens.get(last).end(),
                BigDecimal.valueOf(value), true);
    }
}
