package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Mention;
import dev.khabar.eval.ErrorCauses.Item;

import java.math.BigDecimal;
import java.util.List;

/** What scoring reads of a mention, gold or extracted: an extraction's mentions by type name, and their values. */
final class MentionValues {
    private MentionValues() {
    }

    /** The value compared for dates, durations and counts; null for names. */
    static Object valueOf(Mention m) {
        if (m instanceof DateMention d) {
            return d.value();
        } else if (m instanceof DurationMention d) {
            return d.value();
        } else if (m instanceof Count c) {
            return c.value();
        }
        return null;
    }

    /** The extraction's mentions of one of {@link GoldEvaluator#TYPES}. */
    static List<? extends Mention> mentionsOf(Extraction e, String type) {
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

    /** A gold mention as the error causes see it (a number value in its plain form). */
    static Item goldItem(String type, JsonNode g) {
        JsonNode v = g.get("value");
        return new Item(type, g.get("start").asInt(), g.get("end").asInt(), g.get("text").asText(),
                v == null || v.isNull() ? null : v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString()
                        : v.asText());
    }

    /** An extracted mention as the error causes see it (a number value in its plain form). */
    static Item foundItem(String type, Mention m) {
        Object v = valueOf(m);
        return new Item(type, m.start(), m.end(), m.text(),
                v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v);
    }
}
