package dev.khabar.spark;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Hashtag;
import dev.khabar.Location;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.json.JsonCodec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark in {@code local[2]} gives exactly the serial extraction, row by row. */
class KhabarSparkTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static SparkSession spark;
    private static final List<String[]> ARTICLES = new ArrayList<>(); // id, text, date (may be null or bad)

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("khabar-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("testdata/sample.jsonl"), StandardCharsets.UTF_8)) {
            texts.add(JsonCodec.readTree(line).get("text").asText());
        }
        texts.add(Files.readString(Path.of("testdata/seed.txt"), StandardCharsets.UTF_8));
        String all = String.join(" ", texts);
        Random random = new Random(4);
        for (int i = 0; i < 150; i++) {
            int from = random.nextInt(all.length());
            texts.add(all.substring(from, Math.min(all.length(), from + 1 + random.nextInt(250))));
        }
        String[] dates = {"2026-02-07", null, "2015-08-01", "2026-02-30"};
        for (int i = 0; i < texts.size(); i++) {
            ARTICLES.add(new String[] {"a" + i, texts.get(i), dates[i % dates.length]});
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Map<String, String> serial;

    /** What {@code khabar batch} gives for each article, by id; computed once. */
    private static synchronized Map<String, String> serial() {
        if (serial != null) {
            return serial;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String[] a : ARTICLES) {
            LocalDate date = null;
            String json;
            try {
                date = a[2] == null ? null : LocalDate.parse(a[2]);
                json = JsonCodec.toJson(TextNode.valueOf(a[0]), EXTRACTOR.extract(a[1], date));
            } catch (DateTimeParseException e) {
                json = JsonCodec.errorJson(TextNode.valueOf(a[0]), "bad date: " + a[2]);
            }
            expected.put(a[0], json);
        }
        serial = expected;
        return expected;
    }

    @Test
    void datasetWithStringDatesEqualsSerialExtraction() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("date", DataTypes.StringType);
        List<Row> rows = ARTICLES.stream().map(a -> RowFactory.create(a[0], a[1], a[2])).toList();
        Dataset<Row> input = spark.createDataFrame(rows, schema).repartition(4);

        Dataset<Row> output = KhabarSpark.extractJson(input, "text", "date", "id");
        assertEquals(List.of("id", "text", "date", KhabarSpark.EXTRACTION), List.of(output.columns()));
        Map<String, String> actual = new HashMap<>();
        for (Row r : output.collectAsList()) {
            actual.put(r.getString(0), r.getString(3));
        }
        assertEquals(serial(), actual);
    }

    @Test
    void dateColumnsWork() {
        StructType schema = new StructType().add("text", DataTypes.StringType).add("date", DataTypes.DateType);
        String text = "قال مكتب إعلام الأسرى اليوم إن 9350 أسيرًا يقبعون في السجون #الحرية_للأسرى";
        LocalDate date = LocalDate.of(2026, 2, 7);
        Dataset<Row> input = spark.createDataFrame(List.of(RowFactory.create(text, java.sql.Date.valueOf(date)),
                RowFactory.create(text, null)), schema);
        List<Row> out = KhabarSpark.extractJson(input, "text", "date", null).collectAsList();
        assertEquals(JsonCodec.toJson(null, EXTRACTOR.extract(text, date)), out.get(0).getString(2));
        assertEquals(JsonCodec.toJson(null, EXTRACTOR.extract(text)), out.get(1).getString(2));
    }

    /** The serial extraction of an article, or null where its date is not a date. */
    private static Extraction serialExtraction(String[] a) {
        try {
            return EXTRACTOR.extract(a[1], a[2] == null ? null : LocalDate.parse(a[2]));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads a mention struct back into its record, by component name: what a Spark user sees, typed. */
    private static <T extends Record> List<T> records(Row extraction, String list, Class<T> type) throws Exception {
        List<T> out = new ArrayList<>();
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new);
        for (Row m : extraction.<Row>getList(extraction.fieldIndex(list))) {
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                Object v = m.get(m.fieldIndex(cs[i].getName()));
                args[i] = v instanceof BigDecimal d ? d.stripTrailingZeros()
                        : v instanceof String name && types[i].isEnum() ? enumOf(types[i], name) : v;
            }
            out.add(type.getDeclaredConstructor(types).newInstance(args));
        }
        return out;
    }

    /** An enum column holds the constant's JSON name. */
    private static Object enumOf(Class<?> type, String jsonName) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.toString().equals(jsonName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " " + jsonName));
    }

    private static Extraction fromRow(Row x) throws Exception {
        return new Extraction(records(x, "organizations", Organization.class), records(x, "persons", Person.class),
                records(x, "locations", Location.class), records(x, "dates", DateMention.class),
                records(x, "durations", DurationMention.class), records(x, "counts", Count.class),
                records(x, "hashtags", Hashtag.class));
    }

    @Test
    void typedColumnsEqualSerialExtraction() throws Exception {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("date", DataTypes.StringType);
        List<Row> rows = ARTICLES.stream().map(a -> RowFactory.create(a[0], a[1], a[2])).toList();
        Dataset<Row> output = KhabarSpark.extract(spark.createDataFrame(rows, schema).repartition(4), "text", "date");
        assertEquals(KhabarSpark.SCHEMA, output.schema().apply(KhabarSpark.EXTRACTION).dataType());
        Map<String, String[]> byId = new HashMap<>();
        ARTICLES.forEach(a -> byId.put(a[0], a));
        int mentions = 0;
        for (Row r : output.collectAsList()) {
            Row x = r.getStruct(3);
            Extraction expected = serialExtraction(byId.get(r.getString(0)));
            if (expected == null) {
                assertTrue(x.getString(x.fieldIndex("error")).startsWith("bad date"));
                assertEquals(Extraction.empty(), fromRow(x));
            } else {
                assertTrue(x.isNullAt(x.fieldIndex("error")));
                assertEquals(expected, fromRow(x), r.getString(0));
                mentions += expected.all().size();
            }
        }
        assertTrue(mentions > 100, "typed mentions compared: " + mentions);
    }

    @Test
    void sqlFunctionGivesTypedFields() {
        KhabarSpark.register(spark);
        String text = "قال مكتب إعلام الأسرى في 5 مارس 2024 إن 9350 أسيرًا يقبعون في السجون";
        StructType schema = new StructType().add("text", DataTypes.StringType).add("date", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create(text, "2026-02-07"), RowFactory.create(null, null)), schema)
                .createOrReplaceTempView("articles");
        List<Row> out = spark.sql("SELECT get(x.dates, 0).value AS d, get(x.counts, 0).value AS n, x.error AS e FROM "
                + "(SELECT khabar_extract(text, date) AS x FROM articles)").collectAsList();
        assertEquals("2024-03-05", out.get(0).getString(0));
        assertEquals(0, new BigDecimal(9350).compareTo(out.get(0).getDecimal(1)));
        assertTrue(out.get(0).isNullAt(2));
        assertEquals("no text", out.get(1).getString(2));
    }

    @Test
    void exampleJobOverJsonLines(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (String[] a : ARTICLES) {
            Map<String, String> doc = new LinkedHashMap<>();
            doc.put("id", a[0]);
            doc.put("text", a[1]);
            doc.put("date", a[2]);
            lines.add(JsonCodec.mapper().writeValueAsString(doc));
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(ARTICLES.size(), ExtractJob.run(spark, in.toString(), out.toString()));
        Map<String, String> actual = new HashMap<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    actual.put(JsonCodec.readTree(line).get("id").asText(), line);
                }
            }
        }
        assertEquals(serial(), actual);
    }
}
