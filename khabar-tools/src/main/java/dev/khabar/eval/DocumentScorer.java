package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extraction;
import dev.khabar.Mention;
import dev.khabar.eval.ErrorCauses.Cause;
import dev.khabar.eval.ErrorCauses.Item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.khabar.eval.GoldEvaluator.TYPES;
import static dev.khabar.eval.MentionValues.foundItem;
import static dev.khabar.eval.MentionValues.goldItem;
import static dev.khabar.eval.MentionValues.mentionsOf;
import static dev.khabar.eval.MentionValues.valueOf;

/**
 * Scores one gold document: matches gold and extracted mentions type by type (each at most once), then gives each
 * miss and false alarm its cause. The rules of a match are {@link GoldEvaluator}'s.
 */
final class DocumentScorer {
    private final String id;
    private final JsonNode gold;
    private final Map<String, Score> scores;
    private final List<ErrorItem> errors;
    private final List<int[]> ignore = new ArrayList<>();
    private final Map<String, List<JsonNode>> goldOf = new LinkedHashMap<>();
    private final Map<String, List<? extends Mention>> foundOf = new LinkedHashMap<>();
    private final Map<String, boolean[]> goldMatched = new LinkedHashMap<>();
    private final Map<String, boolean[]> foundMatched = new LinkedHashMap<>();

    private DocumentScorer(String id, JsonNode gold, Extraction found, Map<String, Score> scores,
                           List<ErrorItem> errors) {
        this.id = id;
        this.gold = gold;
        this.scores = scores;
        this.errors = errors;
        gold.path("ignore").forEach(n -> ignore.add(new int[]{n.get("start").asInt(), n.get("end").asInt()}));
        for (String type : TYPES) {
            List<JsonNode> g = new ArrayList<>();
            gold.path(type).forEach(g::add);
            goldOf.put(type, g);
            foundOf.put(type, mentionsOf(found, type));
            goldMatched.put(type, new boolean[g.size()]);
            foundMatched.put(type, new boolean[foundOf.get(type).size()]);
        }
    }

    /** Adds the document's counts to {@code scores} (the scored types) and its errors to {@code errors}. */
    static void score(String id, JsonNode gold, Extraction found, Map<String, Score> scores, List<ErrorItem> errors) {
        new DocumentScorer(id, gold, found, scores, errors).score();
    }

    private void score() {
        List<String> scored = TYPES.stream().filter(t -> scores.containsKey(t) && gold.has(t)).toList();
        for (String type : scored) {
            match(type, goldOf.get(type), foundOf.get(type), goldMatched.get(type), foundMatched.get(type),
                    scores.get(type));
        }
        for (String type : scored) {
            addMisses(type);
            addFalseAlarms(type);
        }
    }

    private void addMisses(String type) {
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
                    otherFound(type));
            errors.add(error(true, item, cause));
        }
    }

    /** Extracted mentions that match nothing, less those over an {@code ignore} span. */
    private void addFalseAlarms(String type) {
        List<JsonNode> g = goldOf.get(type);
        List<? extends Mention> f = foundOf.get(type);
        boolean[] gm = goldMatched.get(type);
        boolean[] fm = foundMatched.get(type);
        for (int i = 0; i < f.size(); i++) {
            Mention m = f.get(i);
            if (fm[i] || ignore.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end())) {
                continue;
            }
            scores.get(type).falsePositives++;
            Item item = foundItem(type, m);
            Cause cause = ErrorCauses.ofFalse(item, goldItems(type, g, gm, false), goldItems(type, g, gm, true),
                    otherGold(type));
            errors.add(error(false, item, cause));
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

    private ErrorItem error(boolean missed, Item item, Cause cause) {
        Item c = cause.counterpart();
        String counterpart = c == null ? "" : "«" + c.text() + "»" + (c.value() == null ? "" : " = " + c.value())
                + (c.type().equals(item.type()) ? "" : " (" + c.type() + ")");
        return new ErrorItem(id, item.type(), missed, item.start(), item.end(), item.text(),
                item.value() == null ? "" : item.value().toString(), cause.name(), counterpart);
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

    private List<Item> otherFound(String type) {
        List<Item> out = new ArrayList<>();
        foundOf.forEach((t, ms) -> {
            if (!t.equals(type)) {
                ms.forEach(m -> out.add(foundItem(t, m)));
            }
        });
        return out;
    }

    private List<Item> otherGold(String type) {
        List<Item> out = new ArrayList<>();
        goldOf.forEach((t, gs) -> {
            if (!t.equals(type)) {
                gs.forEach(g -> out.add(goldItem(t, g)));
            }
        });
        return out;
    }

    /** Names agree by text (the gold text or an {@code alt}); dates, durations and counts by value. */
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
}
