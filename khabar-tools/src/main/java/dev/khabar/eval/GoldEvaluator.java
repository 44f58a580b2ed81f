package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores an extractor against gold JSON Lines ({@code {"id", "date", "text", "gold": {type: [mentions], "ignore": […]}}}).
 *
 * <p>Matching, per type: names (organizations, persons, locations, hashtags) match when the extracted text equals the
 * gold {@code text} or one of its {@code alt} and the spans overlap; dates, durations and counts match when the spans
 * overlap and the value equals {@code value} or one of {@code alt_values}. Each gold and each extracted mention
 * matches at most once. Extracted mentions that overlap an {@code ignore} span and match nothing are not counted.
 *
 * <p>A type is scored only in the documents whose gold has its key: a gold file that does not annotate a type at all
 * does not score it. A scored type with nothing in gold and nothing found has no precision, recall or F1
 * ({@link Score#isEmpty()}, printed {@code n/a}).
 *
 * <p>This class reads the gold file and sums up; {@link DocumentScorer} scores a document, {@link ReportPrinter}
 * prints the report.
 */
public final class GoldEvaluator {
    public static final List<String> TYPES =
            List.of("organizations", "persons", "locations", "dates", "durations", "counts", "hashtags");

    /**
     * The scores per scored type (in {@link #TYPES} order), their micro-average, the misses and false alarms, and the
     * requested types the gold file does not annotate.
     */
    public record Report(Map<String, Score> scores, Score micro, List<ErrorItem> errors, List<String> notAnnotated) {

        public void print(PrintStream out, boolean verbose) {
            new ReportPrinter(this, out).print(verbose);
        }

        /** Per type (most errors first): the misses and false alarms grouped by cause, biggest first, with examples. */
        public void printCauses(PrintStream out) {
            new ReportPrinter(this, out).printCauses();
        }
    }

    private final BiFunction<String, LocalDate, Extraction> extract;

    public GoldEvaluator(Extractor extractor) {
        this(extractor::extract);
    }

    /** Scores any extraction function (text, publication date or null) → extraction. */
    public GoldEvaluator(BiFunction<String, LocalDate, Extraction> extract) {
        this.extract = extract;
    }

    public Report evaluate(Path goldFile) throws IOException {
        return evaluate(goldFile, TYPES);
    }

    /** Scores only {@code types} (names from {@link #TYPES}), and of those only the ones the gold file annotates. */
    public Report evaluate(Path goldFile, Collection<String> types) throws IOException {
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown type '" + t + "'; types are " + String.join(",", TYPES));
            }
        }
        List<JsonNode> docs = new ArrayList<>();
        Set<String> annotated = new LinkedHashSet<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JsonCodec.readTree(line);
            docs.add(doc);
            TYPES.stream().filter(t -> doc.path("gold").has(t)).forEach(annotated::add);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        List<String> notAnnotated = new ArrayList<>();
        for (String t : TYPES) {
            if (types.contains(t)) {
                if (annotated.contains(t)) {
                    scores.put(t, new Score());
                } else {
                    notAnnotated.add(t);
                }
            }
        }
        List<ErrorItem> errors = new ArrayList<>();
        for (JsonNode doc : docs) {
            String text = doc.get("text").asText();
            LocalDate date = doc.hasNonNull("date") ? LocalDate.parse(doc.get("date").asText()) : null;
            DocumentScorer.score(doc.path("id").asText(), doc.get("gold"), extract.apply(text, date), scores, errors);
        }
        Score micro = new Score();
        scores.values().forEach(micro::add);
        return new Report(scores, micro, errors, notAnnotated);
    }
}
