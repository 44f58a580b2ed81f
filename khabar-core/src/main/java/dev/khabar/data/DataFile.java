package dev.khabar.data;

import dev.khabar.normalize.ArabicNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages' UTF-8 TSV data files on the class path, all read one way: a {@code # FORMAT:} line describes the
 * columns, {@code # EXAMPLE:} lines are checked by the tests, other {@code #} lines are comments, blank lines are
 * skipped, and every other line is a row of tab-separated columns. A missing file, a file without a
 * {@code # FORMAT:} line, a row with too few columns or, in a {@code .tsv} file, a row whose key repeats an earlier
 * row's once normalized ({@code أبريل} and {@code ابريل} are one key to the stages) is a packaging error: an
 * {@link IllegalStateException} naming the file and both lines, thrown when the stage that reads it is built. A row's
 * key is its first column; a file whose word may stand in several rows (one per role) says how many leading columns
 * make its key with a {@code # KEY: N} line.
 */
public final class DataFile {
    private static final String FORMAT = "# FORMAT:";
    private static final String EXAMPLE = "# EXAMPLE:";
    private static final String KEY = "# KEY:";
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    /** One row (or example) and where it stands, for error messages; its columns are stripped. */
    public record Row(String file, int line, List<String> columns) {
        /** Column {@code i}, or "" when the row has fewer columns. */
        public String get(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }

        /** Column {@code i} normalized as the stages match text ({@link ArabicNormalizer#normalizeWord}). */
        public String word(int i) {
            return NORMALIZER.normalizeWord(get(i)).strip();
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private DataFile() {
    }

    /** The rows of {@code resource}, a file in {@code owner}'s package (or a folder below it). */
    public static List<Row> rows(Class<?> owner, String resource) {
        return rows(owner, resource, 1);
    }

    /** The rows of {@code resource}, each of which must have at least {@code minColumns} columns. */
    public static List<Row> rows(Class<?> owner, String resource, int minColumns) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean curated = resource.endsWith(".tsv"); // third-party word lists (.txt) are read as they come
        List<String> lines = lines(owner, resource);
        int keyColumns = keyColumns(resource, lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Row row = row(resource, i + 1, line);
            if (row.columns().size() < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, found " + row.columns().size());
            }
            Integer first = curated ? seen.putIfAbsent(key(row, keyColumns), row.line()) : null;
            if (first != null) {
                throw row.error("repeats the key of line " + first + " once normalized: " + row.columns());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A large two-column file as a map from its first column to its second, read in one pass without a row object
     * per line (a 40,000-line file loads in a fraction of the time {@link #rows} takes while the JVM is still cold).
     * Columns are stripped like rows'; a row without a tab is an error.
     */
    public static Map<String, String> pairs(Class<?> owner, String resource) {
        String text = text(owner, resource);
        Map<String, String> out = new HashMap<>(text.length() / 16);
        eachDataLine(text, (at, last, line) -> {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab >= last) {
                throw new IllegalStateException(resource + ":" + line + ": expected KEY<TAB>VALUE");
            }
            int valueEnd = text.indexOf('\t', tab + 1);
            out.put(text.substring(at, tab).strip(),
                    text.substring(tab + 1, valueEnd < 0 || valueEnd > last ? last : valueEnd).strip());
        });
        return out;
    }

    /**
     * A large generated table (the NER stage's {@code knowledge/} lists) in one pass: each row split on tabs into
     * exactly {@code columns} fields (missing ones are ""), not stripped. A row with fewer than two fields is an error.
     */
    public static List<String[]> table(Class<?> owner, String resource, int columns) {
        String text = text(owner, resource);
        List<String[]> out = new ArrayList<>(text.length() / 32);
        eachDataLine(text, (at, last, line) -> {
            String[] row = new String[columns];
            int from = at;
            for (int c = 0; c < columns; c++) {
                int tab = from > last ? -1 : text.indexOf('\t', from);
                int to = tab < 0 || tab > last ? last : tab;
                row[c] = from > last ? "" : text.substring(from, to);
                from = to + 1;
            }
            int firstTab = text.indexOf('\t', at);
            if (firstTab < 0 || firstTab > last) {
                throw new IllegalStateException(resource + ":" + line + ": expected tab-separated columns");
            }
            out.add(row);
        });
        return out;
    }

    /** What {@link #eachDataLine} does with one line: its chars are {@code [at, last)}, its number is {@code line}. */
    private interface DataLine {
        void read(int at, int last, int line);
    }

    /** Hands every line of {@code text} that is no comment and not empty to {@code reader}, CR LF read as LF. */
    private static void eachDataLine(String text, DataLine reader) {
        int line = 0;
        for (int at = 0, end; at < text.length(); at = end + 1) {
            end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            line++;
            int last = end > at && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (last != at && text.charAt(at) != '#') {
                reader.read(at, last, line);
            }
        }
    }

    /** The {@code # EXAMPLE:} lines of {@code resource}, without the prefix, split on tabs like rows. */
    public static List<Row> examples(Class<?> owner, String resource) {
        List<Row> examples = new ArrayList<>();
        List<String> lines = lines(owner, resource);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(EXAMPLE)) {
                examples.add(row(resource, i + 1, lines.get(i).substring(EXAMPLE.length()).strip()));
            }
        }
        return examples;
    }

    /** How many leading columns make a row's key: 1, or the number of the file's {@code # KEY:} line. */
    private static int keyColumns(String resource, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(KEY)) {
                try {
                    int n = Integer.parseInt(lines.get(i).substring(KEY.length()).strip());
                    if (n >= 1) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalStateException(resource + ":" + (i + 1) + ": expected " + KEY + " N, N >= 1");
            }
        }
        return 1;
    }

    /** The row's first {@code columns} columns normalized as the stages read them. */
    private static String key(Row row, int columns) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            key.append(row.word(i)).append('\t');
        }
        return key.toString();
    }

    private static Row row(String resource, int line, String text) {
        List<String> columns = new ArrayList<>();
        for (String column : text.split("\t", -1)) {
            columns.add(column.strip());
        }
        return new Row(resource, line, List.copyOf(columns));
    }

    private static List<String> lines(Class<?> owner, String resource) {
        return text(owner, resource).lines().toList();
    }

    /** The resource's text, without a byte-order mark; it must have a {@code # FORMAT:} line. */
    private static String text(Class<?> owner, String resource) {
        String path = owner.getPackageName().replace('.', '/') + "/" + resource;
        String text;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith(FORMAT) && !text.contains("\n" + FORMAT)) {
            throw new IllegalStateException(path + " has no " + FORMAT + " line");
        }
        return text;
    }
}
