package dev.khabar.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.khabar.Duration;
import dev.khabar.Extraction;
import dev.khabar.Mention;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a document's extraction:
 * {@code {"id": …, "organizations": [], "persons": [], "locations": [], "dates": [], "durations": [], "counts": [],
 * "hashtags": []}}. Every list is present, empty or not; mention fields that are null are left out. Thread-safe.
 */
public final class JsonCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addMixIn(Mention.class, MentionFormat.class)
            .addMixIn(Duration.class, DurationFormat.class)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "start", "end"})
    private interface MentionFormat {
    }

    /** {@code "age": true} on an age, absent on any other length of time. */
    private interface DurationFormat {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        boolean age();
    }

    private JsonCodec() {
    }

    /** The shared, configured mapper: use it to read input lines too. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One document as a JSON object on one line; {@code id} may be null, a string or a number node. */
    public static String toJson(Object id, Extraction e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("organizations", e.organizations());
        doc.put("persons", e.persons());
        doc.put("locations", e.locations());
        doc.put("dates", e.dates());
        doc.put("durations", e.durations());
        doc.put("counts", e.counts());
        doc.put("hashtags", e.hashtags());
        return write(doc);
    }

    /** The error record for an input that could not be processed: {@code {"id": …, "error": "…"}}. */
    public static String errorJson(Object id, String message) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("error", message);
        return write(doc);
    }

    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    private static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
