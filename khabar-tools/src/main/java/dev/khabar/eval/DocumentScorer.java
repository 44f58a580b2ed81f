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
import java.util.function.BiFunction;
import java.util.function.Function;

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
    /** Each type's gold and found mentions and which of them matched, in {@link GoldEvaluator#TYPES} order. */
    private final Map<String, OfType> ofType = new LinkedHashMap<>();

    /** The gold and the found mentions of one type, and which of them matched. */
    private record OfType(List<JsonNode> gold, List<? extends Mention> found, boolean[] goldMatched,
                          boolean[] foundMatched) {
    }

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
            List<? extends Mention> f = mentionsOf(found, type);
            ofType.put(type, new OfType(g, f, new boolean[g.size()], new boolean[f.size()]));
        }
    }

    /** Adds the document's counts to {@code scores} (the scored types) and its errors to {@code errors}. */
    static void score(String id, JsonNode gold, Extraction found, Map<String, Score> scores, List<ErrorItem> errors) {
        new DocumentScorer(id, gold, found, scores, errors).score();
    }

    private void score() {
        List<String> scored = TYPES.stream().filter(t -> scores.containsKey(t) && gold.has(t)).toList();
        for (String type : scored) {
            OfType m = ofType.get(type);
            match(type, m.gold(), m.found(), m.goldMatched(), m.foundMatched(), scores.get(type));
        }
        for (String type : scored) {
            addMisses(type, ofType.get(type));
            addFalseAlarms(type, ofType.get(type));
        }
    }

    private void addMisses(String type, OfType m) {
        for (int i = 0; i < m.gold().size(); i++) {
            if (m.goldMatched()[i]) {
                continue;
            }
            Item item = goldItem(type, m.gold().get(i));
            Cause cause = ErrorCauses.ofMiss(item, foundItems(type, m, false), foundItems(type, m, true),
                    otherFound(type));
            errors.add(error(true, item, cause));
        }
    }

    /** Extracted mentions that match nothing, less those over an {@code ignore} span. */
    private void addFalseAlarms(String type, OfType m) {
        for (int i = 0; i < m.found().size(); i++) {
            Mention f = m.found().get(i);
            if (m.foundMatched()[i] || ignore.stream().anyMatch(s -> f.start() < s[1] && s[0] < f.end())) {
                continue;
            }
            scores.get(type).falsePositives++;
            Item item = foundItem(type, f);
            Cause cause = ErrorCauses.ofFalse(item, goldItems(type, m, false), goldItems(type, m, true),
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

    private static List<Item> foundItems(String type, OfType m, boolean want) {
        return itemsWhere(type, m.found(), m.foundMatched(), want, MentionValues::foundItem);
    }

    private static List<Item> goldItems(String type, OfType m, boolean want) {
        return itemsWhere(type, m.gold(), m.goldMatched(), want, MentionValues::goldItem);
    }

    /** The items of the mentions whose matched flag is {@code want}. */
    private static <T> List<Item> itemsWhere(String type, List<? extends T> mentions, boolean[] matched, boolean want,
                                             BiFunction<String, T, Item> item) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (matched[i] == want) {
                out.add(item.apply(type, mentions.get(i)));
            }
        }
        return out;
    }

    private List<Item> otherFound(String type) {
        return ofOtherTypes(type, OfType::found, MentionValues::foundItem);
    }

    private List<Item> otherGold(String type) {
        return ofOtherTypes(type, OfType::gold, MentionValues::goldItem);
    }

    /** The items of the mentions ({@code mentions}: the gold or the found) of the other types, in type order. */
    private <T> List<Item> ofOtherTypes(String type, Function<OfType, List<? extends T>> mentions,
                                        BiFunction<String, T, Item> item) {
        List<Item> out = new ArrayList<>();
        ofType.forEach((t, m) -> {
            if (!t.equals(type)) {
                mentions.apply(m).forEach(x -> out.add(item.apply(t, x)));
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
