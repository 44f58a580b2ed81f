package dev.khabar.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.Count;
import dev.khabar.CountQualifier;
import dev.khabar.Extraction;
import dev.khabar.Hashtag;
import dev.khabar.UnitKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonCodecTest {

    @Test
    void everyListIsPresentAndFieldsHaveTheirNames() throws Exception {
        Extraction e = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Count("نحو مليون", 0, 9, new BigDecimal("1E+6"), "حاله اعتقال", UnitKind.NOUN,
                        CountQualifier.APPROXIMATELY, false, "t")),
                List.of(new Hashtag("#وسم", 10, 14, "وسم")));
        String json = JsonCodec.toJson("doc-1", e);
        assertEquals("{\"id\":\"doc-1\",\"organizations\":[],\"persons\":[],\"locations\":[],\"dates\":[],\"durations\":[],"
                + "\"counts\":[{\"text\":\"نحو مليون\",\"start\":0,\"end\":9,\"value\":1000000,\"unit\":\"حاله اعتقال\","
                + "\"unitKind\":\"noun\",\"qualifier\":\"approximately\",\"vague\":false,\"rule\":\"t\"}],"
                + "\"hashtags\":[{\"text\":\"#وسم\",\"start\":10,\"end\":14,\"tag\":\"وسم\"}]}", json);
    }

    @Test
    void nullsAreLeftOutOfMentions() throws Exception {
        Extraction e = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Count("عشرات", 0, 5, null, null, null, CountQualifier.APPROXIMATELY, true, "vague")), List.of());
        JsonNode count = JsonCodec.readTree(JsonCodec.toJson(null, e)).get("counts").get(0);
        assertFalse(count.has("value"));
        assertFalse(count.has("unit"));
        assertFalse(count.has("unitKind"));
    }

    @Test
    void theMapperHandedOutIsACopy() {
        ObjectMapper mine = JsonCodec.mapper();
        assertNotSame(mine, JsonCodec.mapper());
        mine.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, false);
        mine.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        Extraction e = new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Count("عشرات", 0, 5, new BigDecimal("1E+6"), null, null, CountQualifier.APPROXIMATELY,
                        true, "vague")), List.of());
        String json = JsonCodec.toJson(null, e);
        assertTrue(json.contains("\"value\":1000000,"), json);
        assertFalse(json.contains("null"), json);
    }

    @Test
    void ageIsWrittenOnlyWhenTrue() throws Exception {
        Extraction e = new Extraction(List.of(), List.of(), List.of(), List.of(),
                List.of(new dev.khabar.DurationMention("45 عاما", 0, 7, "P45Y", true, "age"),
                        new dev.khabar.DurationMention("28 شهرا", 8, 15, "P28M", "duration")), List.of(), List.of());
        JsonNode durations = JsonCodec.readTree(JsonCodec.toJson(null, e)).get("durations");
        assertEquals("{\"text\":\"45 عاما\",\"start\":0,\"end\":7,\"value\":\"P45Y\",\"age\":true,\"rule\":\"age\"}",
                durations.get(0).toString());
        assertFalse(durations.get(1).has("age"));
    }
}
