package dev.khabar.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.khabar.CalendarSystem;
import dev.khabar.CountQualifier;
import dev.khabar.DateMention;
import dev.khabar.DateModifier;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Grain;
import dev.khabar.Mention;
import dev.khabar.MentionType;
import dev.khabar.Source;
import dev.khabar.UnitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every document line the test corpora produce validates against the shipped schema and reads back equal. */
class SchemaTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);
    private static JsonSchema schema;
    /** The schema's {@code $defs/mentionList}: a flat list of typed mentions. */
    private static JsonSchema mentionList;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = JsonCodec.class.getResourceAsStream(JsonCodec.SCHEMA_RESOURCE)) {
            assertTrue(in != null, "the schema is on the class path");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            schema = factory.getSchema(text);
            ObjectNode root = (ObjectNode) JsonCodec.readTree(text);
            root.remove("oneOf");
            root.put("$ref", "#/$defs/mentionList");
            mentionList = factory.getSchema(root);
        }
    }

    /** Texts of the shipped corpora: JSON Lines with a "text" field, and the sentence column of the stage corpora. */
    private static List<String> corpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(Path.of("testdata/seed.txt")));
        for (String f : List.of("testdata/sample.jsonl", "testdata/bench/news.jsonl",
                "testdata/ner/news-sentences.gold.jsonl")) {
            for (String line : Files.readAllLines(Path.of(f))) {
                if (!line.isBlank()) {
                    texts.add(JsonCodec.readTree(line).get("text").asText());
                }
            }
        }
        // the sentence column: the last of the dates corpus (kind, value, sentence), the first of the counts corpus
        for (Map.Entry<String, Integer> f : Map.of("testdata/dates/corpus.tsv", 2, "testdata/counts/corpus.tsv", 0)
                .entrySet()) {
            for (String line : Files.readAllLines(Path.of(f.getKey()))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    texts.add(line.split("\t")[f.getValue()].replace("[", "").replace("]", ""));
                }
            }
        }
        return texts;
    }

    private static void assertValid(String json) throws IOException {
        Set<ValidationMessage> errors = schema.validate(JsonCodec.readTree(json));
        assertTrue(errors.isEmpty(), () -> errors + " in " + json);
    }

    @Test
    void everyCorpusOutputValidatesAndRoundTrips() throws IOException {
        List<String> texts = corpusTexts();
        assertTrue(texts.size() > 800, "the corpora were read: " + texts.size());
        java.util.EnumMap<MentionType, Integer> seen = new java.util.EnumMap<>(MentionType.class);
        int ranges = 0;
        for (int i = 0; i < texts.size(); i++) {
            Extraction x = EXTRACTOR.extract(texts.get(i), DATE);
            String json = JsonCodec.toJson(i % 2 == 0 ? "doc-" + i : Integer.valueOf(i), x);
            assertValid(json);
            assertEquals(x, JsonCodec.fromJson(json), json);
            String flat = JsonCodec.mentionsToJson(x.all());
            Set<ValidationMessage> flatErrors = mentionList.validate(JsonCodec.readTree(flat));
            assertTrue(flatErrors.isEmpty(), () -> flatErrors + " in " + flat);
            assertEquals(x.all(), JsonCodec.mentionsFromJson(flat), flat);
            x.all().forEach(m -> seen.merge(m.type(), 1, Integer::sum));
            for (DateMention d : x.dates()) {
                // every value the date stage writes has its days, in order (DateRange's constructor checks it)
                ranges += d.range().map(r -> r.iso().equals(d.value()) ? 1 : 0).orElse(0);
            }
        }
        assertTrue(ranges > 250, "date values read as ranges: " + ranges);
        assertEquals(Set.of(MentionType.values()), seen.keySet(), "the corpora gave mentions of every kind: " + seen);
    }

    @Test
    void errorRecordsAndDocumentsWithoutIdValidate() throws IOException {
        assertValid(JsonCodec.errorJson("line:3", "not JSON"));
        String noId = JsonCodec.toJson(null, EXTRACTOR.extract("قالت وزارة الخارجية اليوم"));
        assertValid(noId);
        assertFalse(JsonCodec.readTree(noId).has("id"), "an absent id is left out, not null");
        assertThrows(IllegalArgumentException.class, () -> JsonCodec.fromJson(JsonCodec.errorJson("x", "bad")));
    }

    @Test
    void theSchemaRejectsWhatIsNotADocument() throws IOException {
        JsonNode missingList = JsonCodec.readTree("{\"id\":\"a\",\"organizations\":[]}");
        assertFalse(schema.validate(missingList).isEmpty());
        String badOffset = "{\"organizations\":[{\"text\":\"x\",\"start\":-1,\"end\":1,\"name\":\"x\",\"source\":\"crf\"}],"
                + "\"persons\":[],\"locations\":[],\"dates\":[],\"durations\":[],\"counts\":[],\"hashtags\":[]}";
        assertFalse(schema.validate(JsonCodec.readTree(badOffset)).isEmpty());
        String unknownField = badOffset.replace("-1", "0").replace("\"crf\"", "\"crf\",\"extra\":1");
        assertFalse(schema.validate(JsonCodec.readTree(unknownField)).isEmpty());
        String nullField = badOffset.replace("-1", "0").replace("\"crf\"", "\"crf\",\"country\":null");
        assertFalse(schema.validate(JsonCodec.readTree(nullField)).isEmpty(), "null is never a value");
    }

    /** The schema's enums list exactly the JSON names of the API's enums. */
    @Test
    void theSchemaEnumsAreTheApiEnums() throws IOException {
        JsonNode defs;
        try (InputStream in = JsonCodec.class.getResourceAsStream(JsonCodec.SCHEMA_RESOURCE)) {
            defs = JsonCodec.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("$defs");
        }
        Map<String, Class<? extends Enum<?>>> enums = Map.of("grain", Grain.class, "calendar", CalendarSystem.class,
                "modifier", DateModifier.class, "qualifier", CountQualifier.class, "unitKind", UnitKind.class,
                "source", Source.class);
        for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
            List<String> inSchema = new ArrayList<>();
            defs.get(e.getKey()).get("enum").forEach(v -> inSchema.add(v.asText()));
            List<String> inJava = Arrays.stream(e.getValue().getEnumConstants()).map(Object::toString).toList();
            assertEquals(inJava, inSchema, e.getKey());
        }
        assertEquals(Grain.HALF, Grain.fromJsonName("half"));
        assertThrows(IllegalArgumentException.class, () -> Source.fromJsonName("CRF"));
    }

    @Test
    void flatListsSayTheTypeOfEachMention() throws IOException {
        Extraction x = EXTRACTOR.extract(readSeed(), DATE);
        JsonNode flat = JsonCodec.readTree(JsonCodec.mentionsToJson(x.all()));
        assertEquals(x.all().size(), flat.size());
        for (int i = 0; i < flat.size(); i++) {
            assertEquals(x.all().get(i).type().jsonName(), flat.get(i).get("type").asText());
            assertEquals("type", flat.get(i).fieldNames().next(), "the type comes first");
        }
        assertTrue(x.all().size() > 20, "the seed article's mentions: " + x.all().size());
        JsonNode document = JsonCodec.readTree(JsonCodec.toJson("seed", x));
        document.get("organizations").forEach(m -> assertFalse(m.has("type"), "a typed list's mentions carry none"));
        String wrongType = flat.get(0).toString().replaceFirst("\"type\":\"[a-z]+\"", "\"type\":\"hashtag\"");
        assertFalse(mentionList.validate(JsonCodec.readTree("[" + wrongType + "]")).isEmpty(), wrongType);
        assertThrows(IllegalArgumentException.class, () -> JsonCodec.mentionsFromJson("[{\"type\":\"event\"}]"));
        for (Mention m : x.all()) {
            List<? extends Mention> own = switch (m.type()) {
                case ORGANIZATION -> x.organizations();
                case PERSON -> x.persons();
                case LOCATION -> x.locations();
                case DATE -> x.dates();
                case DURATION -> x.durations();
                case COUNT -> x.counts();
                case HASHTAG -> x.hashtags();
            };
            assertTrue(own.contains(m), m + " is in its own list");
        }
        assertEquals("organizations", MentionType.ORGANIZATION.listName());
    }

    private static String readSeed() {
        try {
            return Files.readString(Path.of("testdata/seed.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
