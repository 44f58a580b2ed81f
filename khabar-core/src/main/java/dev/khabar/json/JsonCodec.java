package dev.khabar.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Hashtag;
import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.MentionType;
import dev.khabar.Organization;
import dev.khabar.Person;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a document's extraction:
 * {@code {"id": …, "organizations": [], "persons": [], "locations": [], "dates": [], "durations": [], "counts": [],
 * "hashtags": []}}. Every list is present, empty or not; fields that have no value (a null mention field, a document
 * without id) are left out, never written as null. The shape is the JSON Schema {@value #SCHEMA_RESOURCE}, shipped in
 * the jar; {@link #fromJson(String)} reads it back. Thread-safe.
 */
public final class JsonCodec {
    /** The configured mapper, shared by this package and never handed out: a caller could reconfigure it. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // the API's enums (Grain, Source, ...) are written as their JSON names, which their toString() gives
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .addMixIn(Mention.class, MentionFormat.class)
            .addMixIn(DurationMention.class, DurationFormat.class)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final ObjectMapper READER = MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The class-path resource of the JSON Schema (draft 2020-12) of a document line. */
    public static final String SCHEMA_RESOURCE = "/dev/khabar/json/extraction.schema.json";
    /** The version of that schema: raised when a field is renamed or removed, not when an optional one is added. */
    public static final int SCHEMA_VERSION = 1;

    /** The record of each mention type, to read typed mentions back. */
    private static final Map<MentionType, Class<? extends Mention>> RECORDS = Map.of(
            MentionType.ORGANIZATION, Organization.class, MentionType.PERSON, Person.class,
            MentionType.LOCATION, Location.class, MentionType.DATE, DateMention.class,
            MentionType.DURATION, DurationMention.class, MentionType.COUNT, Count.class,
            MentionType.HASHTAG, Hashtag.class);

    /** The lists of a document, as read back by {@link #fromJson(String)}. */
    private record Lists(List<Organization> organizations, List<Person> persons, List<Location> locations,
                         List<DateMention> dates, List<DurationMention> durations, List<Count> counts,
                         List<Hashtag> hashtags) {
    }

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

    /**
     * A new mapper configured as this codec's (plain decimals, the API's enums as their JSON words, mention fields
     * without value left out), for callers that write or read other JSON alike. Each call gives its own copy:
     * changing it changes nothing here.
     *
     * @return a new mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * One document as a JSON object on one line.
     *
     * @param id the document's id: a {@link String}, a {@link Number}, or null (then no {@code "id"} is written)
     * @param e  the extraction
     * @return the JSON line, without line end
     */
    public static String toJson(Object id, Extraction e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        putId(doc, id);
        doc.put("organizations", e.organizations());
        doc.put("persons", e.persons());
        doc.put("locations", e.locations());
        doc.put("dates", e.dates());
        doc.put("durations", e.durations());
        doc.put("counts", e.counts());
        doc.put("hashtags", e.hashtags());
        return write(doc);
    }

    /**
     * The error record for an input that could not be processed: {@code {"id": …, "error": "…"}}.
     *
     * @param id      the document's id: a {@link String}, a {@link Number}, or null (then no {@code "id"} is written)
     * @param message why it could not be processed
     * @return the JSON line, without line end
     */
    public static String errorJson(Object id, String message) {
        Map<String, Object> doc = new LinkedHashMap<>();
        putId(doc, id);
        doc.put("error", message);
        return write(doc);
    }

    /**
     * Reads a document line written by {@link #toJson(Object, Extraction)} back into its extraction (the id and any
     * field this version does not know are ignored): {@code fromJson(toJson(id, x)).equals(x)}.
     *
     * @param json a document line
     * @return its extraction
     * @throws IllegalArgumentException if the text is not such a document (an error record, say)
     */
    public static Extraction fromJson(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject() || node.has("error")) {
                throw new IllegalArgumentException("not a document line" + (node != null && node.has("error")
                        ? ": an error record" : ""));
            }
            Lists l = READER.treeToValue(node, Lists.class);
            return new Extraction(orEmpty(l.organizations()), orEmpty(l.persons()), orEmpty(l.locations()),
                    orEmpty(l.dates()), orEmpty(l.durations()), orEmpty(l.counts()), orEmpty(l.hashtags()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a document line: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void putId(Map<String, Object> doc, Object id) {
        if (id != null && !(id instanceof JsonNode n && n.isNull())) {
            doc.put("id", id);
        }
    }

    /**
     * A flat list of mentions, such as {@link Extraction#all()}, as one JSON array in which each mention carries its
     * {@code "type"} first ({@code [{"type":"organization","text":…}, {"type":"date",…}]}): the schema's
     * {@code $defs/mentionList}. Inside a document each list holds one type, so its mentions carry none.
     *
     * @param mentions the mentions, in the order to write them
     * @return the JSON array on one line
     */
    public static String mentionsToJson(List<? extends Mention> mentions) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Mention m : mentions) {
            ObjectNode typed = array.addObject().put("type", m.type().jsonName());
            typed.setAll((ObjectNode) MAPPER.valueToTree(m));
        }
        return write(array);
    }

    /**
     * Reads an array written by {@link #mentionsToJson(List)} back: {@code mentionsFromJson(mentionsToJson(l))}
     * equals {@code l}.
     *
     * @param json a JSON array of typed mentions
     * @return the mentions, in the array's order
     * @throws IllegalArgumentException if the text is not such an array
     */
    public static List<Mention> mentionsFromJson(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("not a JSON array of mentions");
            }
            List<Mention> out = new ArrayList<>(node.size());
            for (JsonNode m : node) {
                MentionType type = MentionType.fromJsonName(m.path("type").asText());
                out.add(READER.treeToValue(m, RECORDS.get(type)));
            }
            return List.copyOf(out);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array of mentions: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses any JSON text into Jackson's tree, with this codec's settings; for reading input and output lines.
     *
     * @param json JSON text
     * @return its tree
     * @throws JsonProcessingException if it is not JSON
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    private static String write(Object value) {
        try {
            return escapeLoneSurrogates(WRITER.writeValueAsString(value));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Writes each lone surrogate of a JSON text as its six-char escape (backslash, u, four hex digits). Jackson leaves
     * them as chars, which no UTF-8 writer can encode (they come out as {@code ?}), so an id or a mention holding one
     * would not survive the trip to a file. In JSON text a surrogate can only stand inside a string, where the escape means the same char.
     */
    static String escapeLoneSurrogates(String json) {
        int i = 0;
        int n = json.length();
        while (i < n && !lone(json, i)) {
            i++;
        }
        if (i == n) {
            return json;
        }
        StringBuilder out = new StringBuilder(n + 16).append(json, 0, i);
        for (; i < n; i++) {
            char c = json.charAt(i);
            if (lone(json, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean lone(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
