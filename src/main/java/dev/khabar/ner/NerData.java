package dev.khabar.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stage's TSV resources under {@code dev/khabar/ner/}: UTF-8, {@code #} starts a comment line (with the
 * {@code # FORMAT:} and {@code # EXAMPLE:} lines), fields separated by tabs. A missing or malformed file is an
 * {@link IllegalStateException}: a packaging error, reported when the stage is built.
 */
final class NerData {
    private static final String BASE = "/dev/khabar/ner/";

    /** A data row: its fields and its line number, for error messages. */
    record Row(String file, int line, String[] fields) {
        String field(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    private NerData() {
    }

    static List<Row> rows(String name) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = NerData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(name, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BASE + name, e);
        }
        return rows;
    }

    /** The {@code # EXAMPLE:} lines of a resource, without the prefix. */
    static List<String> examples(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = NerData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# EXAMPLE:")) {
                    out.add(line.substring("# EXAMPLE:".length()).strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BASE + name, e);
        }
        return out;
    }

    /** A two-column file as a map from the first column to the second. */
    static Map<String, String> readMap(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row row : rows(name)) {
            if (row.field(0).isEmpty() || row.field(1).isEmpty()) {
                throw row.error("expected KEY<TAB>VALUE");
            }
            out.put(row.field(0), row.field(1));
        }
        return out;
    }
}
