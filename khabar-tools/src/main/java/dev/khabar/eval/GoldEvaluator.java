package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Mention;
import dev.khabar.eval.ErrorCauses.Cause;
import dev.khabar.eval.ErrorCauses.Item;
import dev.khabar.json.JsonCodec;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 */
public final class GoldEvaluator {
    public static final List<String> TYPES =
            List.of("organizations", "persons", "locations", "dates", "durations", "counts", "hashtags");

    /** Counts for one type. */
    public static final class Score {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        /** Nothing in gold and nothing found: precision, recall and F1 are undefined (NaN). */
        public boolean isEmpty() {
            return truePositives + falsePositives + falseNegatives == 0;
        }

        public double precision() {
            int d = truePositives + falsePositives;
            return isEmpty() ? Double.NaN : d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return isEmpty() ? Double.NaN : d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            if (isEmpty()) {
                return Double.NaN;
            }
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

    /**
     * A gold mention that was missed ({@code missed}) or an extracted one that matched nothing, with its cause
     * ({@link ErrorCauses}) and the mention that explains it ({@code counterpart}, empty when none).
     */
    public record ErrorItem(String id, String type, boolean missed, int start, int end, String text, String value,
                            String cause, String counterpart) {
        @Override
        public String toString() {
            return String.join("\t", id, type, missed ? "MISSED" : "FALSE", "[" + start + "," + end + ")", text, value,
                    cause, counterpart);
        }
    }

    /**
     * The scores per scored type (in {@link #TYPES} order), their micro-average, the misses and false alarms, and the
     * requested types the gold file does not annotate.
     */
    public record Report(Map<String, Score> scores, Score micro, List<ErrorItem> errors, List<String> notAnnotated) {
        static final int EXAMPLES = 3;

        public void print(PrintStream out, boolean verbose) {
            out.printf(Locale.ROOT, "%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
            for (var e : scores.entrySet()) {
                row(out, e.getKey(), e.getValue());
            }
            row(out, "micro", micro);
            if (!notAnnotated.isEmpty()) {
                out.println("not scored (the gold file does not annotate them): " + String.join(", ", notAnnotated));
            }
            if (verbose) {
                printCauses(out);
                out.println();
                out.println("all misses and false alarms (id, type, kind, span, text, value, cause, counterpart):");
                errors.forEach(out::println);
            }
        }

        /** Per type (most errors first): the misses and false alarms grouped by cause, biggest first, with examples. */
        public void printCauses(PrintStream out) {
            Map<String, Map<String, List<ErrorItem>>> byType = new LinkedHashMap<>();
            for (ErrorItem e : errors) {
                byType.computeIfAbsent(e.type(), t -> new LinkedHashMap<>())
                        .computeIfAbsent((e.missed() ? "missed" : "false alarm") + ": " + e.cause(), c -> new ArrayList<>())
                        .add(e);
            }
            List<String> types = new ArrayList<>(byType.keySet());
            types.sort(Comparator.comparingInt((String t) -> -total(byType.get(t))));
            for (String type : types) {
                Map<String, List<ErrorItem>> causes = byType.get(type);
                long missed = errors.stream().filter(e -> e.type().equals(type) && e.missed()).count();
                out.printf(Locale.ROOT, "%n%s: %d errors (%d missed, %d false alarms)%n", type, total(causes), missed,
                        total(causes) - missed);
                List<String> names = new ArrayList<>(causes.keySet());
                names.sort(Comparator.comparingInt((String c) -> -causes.get(c).size()));
                for (String cause : names) {
                    List<ErrorItem> items = causes.get(cause);
                    out.printf(Locale.ROOT, "  %4d  %s%n", items.size(), cause);
                    for (ErrorItem e : items.subList(0, Math.min(EXAMPLES, items.size()))) {
                        out.printf(Locale.ROOT, "          %s [%d,%d) «%s»%s%s%n", e.id(), e.start(), e.end(), e.text(),
                                e.value().isEmpty() ? "" : " = " + e.value(),
                                e.counterpart().isEmpty() ? "" : (e.missed() ? "   found " : "   gold ") + e.counterpart());
                    }
                }
            }
        }

        private static int total(Map<String, List<ErrorItem>> causes) {
            return causes.values().stream().mapToInt(List::size).sum();
        }

        private static void row(PrintStream out, String name, Score s) {
            if (s.isEmpty()) {
                out.printf(Locale.ROOT, "%-14s %6s %6s %6s %5d %5d %5d%n", name, "n/a", "n/a", "n/a", 0, 0, 0);
                return;
            }
            out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(),
                    s.truePositives, s.falsePositives, s.falseNegatives);
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
            scoreDocument(doc.path("id").asText(), doc.get("gold"), extract.apply(text, date), scores, errors);
        }
        Score micro = new Score();
        scores.values().forEach(micro::add);
        return new Report(scores, micro, errors, notAnnotated);
    }

    /** Matches one document, type by type, then gives each miss and false alarm its cause. */
    private static void scoreDocument(String id, JsonNode gold, Extraction found, Map<String, Score> scores,
                                      List<ErrorItem> errors) {
        List<int[]> ignore = new ArrayList<>();
        gold.path("ignore").forEach(n -> ignore.add(new int[]{n.get("start").asInt(), n.get("end").asInt()}));
        Map<String, List<JsonNode>> goldOf = new LinkedHashMap<>();
        Map<String, List<? extends Mention>> foundOf = new LinkedHashMap<>();
        Map<String, boolean[]> goldMatched = new LinkedHashMap<>();
        Map<String, boolean[]> foundMatched = new LinkedHashMap<>();
        for (String type : TYPES) {
            List<JsonNode> g = new ArrayList<>();
            gold.path(type).forEach(g::add);
            goldOf.put(type, g);
            foundOf.put(type, mentionsOf(found, type));
            goldMatched.put(type, new boolean[g.size()]);
            foundMatched.put(type, new boolean[foundOf.get(type).size()]);
        }
        List<String> scored = TYPES.stream().filter(t -> scores.containsKey(t) && gold.has(t)).toList();
        for (String type : scored) {
            match(type, goldOf.get(type), foundOf.get(type), goldMatched.get(type), foundMatched.get(type),
                    scores.get(type));
        }
        for (String type : scored) {
            List<JsonNode> g = goldOf.get(type);
            List<? extends Mention> f = foundOf.get(type);
            boolean[] gm = goldMatched.get(type);
            boolean[] fm = foundMatched.get(type);
            for (int i = 0; i < g.size(); i++) {
                if (gm[i]) {
                    continue;
                }
                Item item = goldItem(type, g.get(i));
                Cause cause = ErrorCauses.ofMiss(item, foundItems(type, f, fm, false), foundItems(type, f, fm, true),
                        otherFound(type, foundOf));
                errors.add(error(id, true, item, cause));
            }
            for (int i = 0; i < f.size(); i++) {
                Mention m = f.get(i);
                if (fm[i] || ignore.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end())) {
                    continue;
                }
                scores.get(type).falsePositives++;
                Item item = foundItem(type, m);
                Cause cause = ErrorCauses.ofFalse(item, goldItems(type, g, gm, false), goldItems(type, g, gm, true),
                        otherGold(type, goldOf));
                errors.add(error(id, false, item, cause));
            }
        }
    }

    private static void match(String type, List<JsonNode> gold, List<? extends Mention> found, boolean[] goldMatched,
                              boolean[] foundMatched, Score score) {
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            int gs = g.get("start").asInt();
            int ge = g.get("end").asInt();
            for (int i = 0; i < found.size(); i++) {
                Mention m = found.get(i);
                if (!foundMatched[i] && m.start() < ge && gs < m.end() && agrees(type, g, m)) {
                    foundMatched[i] = true;
                    goldMatched[gi] = true;
                    break;
                }
            }
            if (goldMatched[gi]) {
                score.truePositives++;
            } else {
                score.falseNegatives++;
            }
        }
    }

    private static ErrorItem error(String id, boolean missed, Item item, Cause cause) {
        Item c = cause.counterpart();
        String counterpart = c == null ? "" : "«" + c.text() + "»" + (c.value() == null ? "" : " = " + c.value())
                + (c.type().equals(item.type()) ? "" : " (" + c.type() + ")");
        return new ErrorItem(id, item.type(), missed, item.start(), item.end(), item.text(),
                item.value() == null ? "" : item.value().toString(), cause.name(), counterpart);
    }

    private static Item goldItem(String type, JsonNode g) {
        JsonNode v = g.get("value");
        return new Item(type, g.get("start").asInt(), g.get("end").asInt(), g.get("text").asText(),
                v == null || v.isNull() ? null : v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString()
                        : v.asText());
    }

    private static Item foundItem(String type, Mention m) {
        Object v = valueOf(m);
        return new Item(type, m.start(), m.end(), m.text(),
                v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v);
    }

    private static List<Item> foundItems(String type, List<? extends Mention> found, boolean[] matched, boolean want) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (matched[i] == want) {
                out.add(foundItem(type, found.get(i)));
            }
        }
        return out;
    }

    private static List<Item> goldItems(String type, List<JsonNode> gold, boolean[] matched, boolean want) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (matched[i] == want) {
                out.add(goldItem(type, gold.get(i)));
            }
        }
        return out;
    }

    private static List<Item> otherFound(String type, Map<String, List<? extends Mention>> foundOf) {
        List<Item> out = new ArrayList<>();
        foundOf.forEach((t, ms) -> {
            if (!t.equals(type)) {
                ms.forEach(m -> out.add(foundItem(t, m)));
            }
        });
        return out;
    }

    private static List<Item> otherGold(String type, Map<String, List<JsonNode>> goldOf) {
        List<Item> out = new ArrayList<>();
        goldOf.forEach((t, gs) -> {
            if (!t.equals(type)) {
                gs.forEach(g -> out.add(goldItem(t, g)));
            }
        });
        return out;
    }

    private static boolean agrees(String type, JsonNode gold, Mention m) {
        Object value = valueOf(m);
        if (value == null && ErrorCauses.valued(type)) {
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
        } else if (m instanceof DurationMention d) {
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
