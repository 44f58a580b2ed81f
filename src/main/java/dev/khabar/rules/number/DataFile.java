package dev.khabar.rules.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 TSV rule file on the class path: {@code #} lines are comments ({@code # FORMAT:} describes the columns,
 * {@code # EXAMPLE:} lines are checked by the tests), blank lines are skipped, every other line is a row of
 * tab-separated columns. A missing file or a row with too few columns is a packaging error and throws
 * {@link IllegalStateException} with the file and line.
 */
public final class DataFile {
    /** One row and where it came from, for error messages. */
    public record Row(String file, int line, List<String> columns) {
        public String get(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private DataFile() {
    }

    /** The rows of {@code resource} (resolved against {@code owner}'s package), each with at least {@code minColumns}. */
    public static List<Row> rows(Class<?> owner, String resource, int minColumns) {
        List<Row> rows = new ArrayList<>();
        for (String[] line : lines(owner, resource)) {
            String text = line[1];
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> columns = List.of(text.split("\t", -1));
            Row row = new Row(resource, Integer.parseInt(line[0]), columns.stream().map(String::strip).toList());
            if (columns.size() < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, found " + columns.size());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The {@code # EXAMPLE:} lines of {@code resource}, split on tabs, for tests. */
    public static List<List<String>> examples(Class<?> owner, String resource) {
        List<List<String>> examples = new ArrayList<>();
        for (String[] line : lines(owner, resource)) {
            if (line[1].startsWith("# EXAMPLE:")) {
                examples.add(List.of(line[1].substring("# EXAMPLE:".length()).strip().split("\t", -1)));
            }
        }
        return examples;
    }

    private static List<String[]> lines(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + owner.getPackageName() + "/" + resource);
        }
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                lines.add(new String[] {Integer.toString(number), line});
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
        return lines;
    }
}
