package dev.khabar.ner;

import dev.khabar.data.DataFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stage's data files under {@code dev/khabar/ner/}, read by {@link DataFile}. */
public final class NerData {
    /** A data row: its fields and its line number, for error messages. */
    public record Row(DataFile.Row row) {
        public String field(int i) {
            return row.get(i);
        }

        public IllegalStateException error(String message) {
            return row.error(message);
        }
    }

    private NerData() {
    }

    public static List<Row> rows(String name) {
        return DataFile.rows(NerData.class, name).stream().map(Row::new).toList();
    }

    /** A two-column file as a map from the first column to the second. */
    public static Map<String, String> readMap(String name) {
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
