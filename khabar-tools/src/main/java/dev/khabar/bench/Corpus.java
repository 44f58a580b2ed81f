package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Documents held in memory for a benchmark: the {@code text} and {@code date} of each JSON line. */
public record Corpus(List<Doc> docs) {

    public record Doc(String text, LocalDate date) {
    }

    public Corpus {
        docs = List.copyOf(docs);
    }

    /** Reads up to {@code limit} documents from JSON Lines; lines without a {@code text} string are skipped. */
    public static Corpus read(InputStream in, int limit) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while (docs.size() < limit && (line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JsonCodec.readTree(line);
                JsonNode text = node.get("text");
                if (text != null && text.isTextual()) {
                    docs.add(new Doc(text.asText(), date(node.get("date"))));
                }
            }
        }
        return new Corpus(docs);
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText().trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public int size() {
        return docs.size();
    }

    /** Total length in UTF-8 bytes, for MB/s. */
    public long utf8Bytes() {
        long n = 0;
        for (Doc d : docs) {
            n += d.text.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    /** The first {@code n} documents. */
    public Corpus head(int n) {
        return new Corpus(docs.subList(0, Math.min(n, docs.size())));
    }
}
