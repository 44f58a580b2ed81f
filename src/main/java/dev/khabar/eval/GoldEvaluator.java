package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.Duration;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Mention;
import dev.khabar.json.JsonCodec;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores an extractor against gold JSON Lines ({@code {"id", "date", "text", "gold": {type: [mentions], "ignore": […]}}}).
 *
 * <p>Matching, per type: names (organizations, persons, locations, hashtags) match when the extracted text equals the
 * gold {@code text} or one of its {@code alt} and the spans overlap; dates, durations and counts match when the spans
 * overlap and the value equals {@code value} or one of {@code alt_values}. Each gold and each extracted mention
 * matches at most once. Extracted mentions that overlap an {@code ignore} span and match nothing are not counted.
 */
public final class GoldEvaluator {
    public static final List<String> TYPES =
            List.of("organizations", "persons", "locations", "dates", "durations", "counts", "hashtags");

    /** Counts for one type. */
    public static final class Score {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Score o) {
            truePositives += o.truePositives;
            falsePositives += o.falsePositives;
            falseNegatives += o.falseNegatives;
        }
    }

    /** The scores per type (in {@link #TYPES} order) and the list of misses and false alarms. */
    public record Report(Map<String, Score> scores, Score micro, List<String> errors) {
        public void print(PrintStream out, boolean verbose) {
            out.printf(Locale.ROOT, "%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
            for (var e : scores.entrySet()) {
                row(out, e.getKey(), e.getValue());
            }
            row(out, "micro", micro);
            if (verbose) {
                errors.forEach(out::println);
            }
        }

        private static void row(PrintStream out, String name, Score s) {
            out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(),
                    s.truePositives, s.falsePositives, s.falseNegatives);
        }
    }

    private final Extractor extractor;

    public GoldEvaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    public Report evaluate(Path goldFile) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        TYPES.forEach(t -> scores.put(t, new Score()));
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JsonCodec.readTree(line);
            String id = doc.path("id").asText();
            String text = doc.get("text").asText();
            LocalDate date = doc.hasNonNull("date") ? LocalDate.parse(doc.get("date").asText()) : null;
            Extraction found = extractor.extract(text, date);
            JsonNode gold = doc.get("gold");
            List<int[]> ignore = new ArrayList<>();
            gold.path("ignore").forEach(n -> ignore.add(new int[]{n.get("start").asInt(), n.get("end").asInt()}));
            for (String type : TYPES) {
                score(id, type, gold.path(type), mentionsOf(found, type), ignore, scores.get(type), errors);
            }
        }
        Score micro = new Score();
        scores.values().forEach(micro::add);
        return new Report(scores, micro, errors);
    }

    private static void score(String id, String type, JsonNode gold, List<? extends Mention> found, List<int[]> ignore,
                              Score score, List<String> errors) {
        boolean[] used = new boolean[found.size()];
        for (JsonNode g : gold) {
            int gs = g.get("start").asInt();
            int ge = g.get("end").asInt();
            int match = -1;
            for (int i = 0; i < found.size() && match < 0; i++) {
                Mention m = found.get(i);
                if (!used[i] && m.start() < ge && gs < m.end() && agrees(type, g, m)) {
                    match = i;
                }
            }
            if (match >= 0) {
                used[match] = true;
                score.truePositives++;
            } else {
                score.falseNegatives++;
                errors.add(String.format("%s\t%s\tMISSED\t[%d,%d)\t%s\t%s", id, type, gs, ge, g.get("text").asText(),
                        g.has("value") ? g.get("value") : ""));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (used[i] || ignore.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end())) {
                continue;
            }
            score.falsePositives++;
            errors.add(String.format("%s\t%s\tFALSE\t[%d,%d)\t%s\t%s", id, type, m.start(), m.end(), m.text(),
                    valueOf(m) == null ? "" : valueOf(m)));
        }
    }

    private static boolean agrees(String type, JsonNode gold, Mention m) {
        Object value = valueOf(m);
        if (value == null && (type.equals("dates") || type.equals("durations") || type.equals("counts"))) {
            return false;
        }
        if (value == null) {
            List<String> names = new ArrayList<>();
            names.add(gold.get("text").asText());
            gold.path("alt").forEach(a -> names.add(a.asText()));
            return names.contains(m.text());
        }
        List<JsonNode> values = new ArrayList<>();
        values.add(gold.get("value"));
        gold.path("alt_values").forEach(values::add);
        for (JsonNode v : values) {
            if (v == null) {
                continue;
            }
            if (value instanceof BigDecimal number ? v.isNumber() && v.decimalValue().compareTo(number) == 0
                    : v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The value compared for dates, durations and counts; null for names. */
    private static Object valueOf(Mention m) {
        if (m instanceof DateMention d) {
            return d.value();
        } else if (m instanceof Duration d) {
            return d.value();
        } else if (m instanceof Count c) {
            return c.value();
        }
        return null;
    }

    private static List<? extends Mention> mentionsOf(Extraction e, String type) {
        return switch (type) {
            case "organizations" -> e.organizations();
            case "persons" -> e.persons();
            case "locations" -> e.locations();
            case "dates" -> e.dates();
            case "durations" -> e.durations();
            case "counts" -> e.counts();
            case "hashtags" -> e.hashtags();
            default -> throw new IllegalArgumentException(type);
        };
    }
}
