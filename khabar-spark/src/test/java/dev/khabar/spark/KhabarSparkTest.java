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
import org.apache.spark.sql.types.ArrayType;
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

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
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
        for (String line : Files.readAllLines(Path.of("testdata/bench/news.jsonl"), StandardCharsets.UTF_8)) {
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
            Extraction e = serialExtraction(a);
            expected.put(a[0], e != null ? JsonCodec.toJson(TextNode.valueOf(a[0]), e)
                    : JsonCodec.errorJson(TextNode.valueOf(a[0]), "bad date: " + a[2]));
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

    private static final Map<String, Extraction> SERIAL_EXTRACTIONS = new HashMap<>();

    /** The serial extraction of an article, or null where its date is not a date; computed once. */
    private static synchronized Extraction serialExtraction(String[] a) {
        return SERIAL_EXTRACTIONS.computeIfAbsent(a[0], id -> {
            try {
                return EXTRACTOR.extract(a[1], a[2] == null ? null : LocalDate.parse(a[2]));
            } catch (DateTimeParseException e) {
                return null;
            }
        });
    }

    /**
     * Reads a mention struct back into its record, by component name: what a Spark user sees, typed. A boolean that
     * JSON left out (false) reads as null there.
     */
    private static <T extends Record> List<T> records(Row extraction, String list, Class<T> type) throws Exception {
        List<T> out = new ArrayList<>();
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new);
        for (Row m : extraction.<Row>getList(extraction.fieldIndex(list))) {
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                Object v = m.get(m.fieldIndex(cs[i].getName()));
                args[i] = v instanceof BigDecimal d ? d.stripTrailingZeros()
                        : v instanceof java.sql.Date d ? d.toLocalDate()
                        : v == null && types[i] == boolean.class ? Boolean.FALSE
                        : v != null && types[i].isEnum() ? enumNamed(types[i], v.toString()) : v;
            }
            out.add(type.getDeclaredConstructor(types).newInstance(args));
        }
        return out;
    }

    private static Object enumNamed(Class<?> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.toString().equals(name)).findFirst().orElseThrow();
    }

    private static Extraction fromRow(Row x) throws Exception {
        return new Extraction(records(x, "organizations", Organization.class), records(x, "persons", Person.class),
                records(x, "locations", Location.class), records(x, "dates", DateMention.class),
                records(x, "durations", DurationMention.class), records(x, "counts", Count.class),
                records(x, "hashtags", Hashtag.class));
    }

    private static Dataset<Row> corpus() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("date", DataTypes.StringType);
        List<Row> rows = ARTICLES.stream().map(a -> RowFactory.create(a[0], a[1], a[2])).toList();
        return spark.createDataFrame(rows, schema).repartition(4);
    }

    /**
     * Every row of {@code rows} (its id at {@code id}, its extraction struct at {@code x}) holds the serial
     * extraction of its article, typed: the same mentions of each type, in order, with int offsets into the text.
     */
    private static void assertTypedAsSerial(List<Row> rows, int id, int x) throws Exception {
        assertEquals(ARTICLES.size(), rows.size());
        Map<String, String[]> byId = new HashMap<>();
        ARTICLES.forEach(a -> byId.put(a[0], a));
        int mentions = 0;
        for (Row r : rows) {
            Row extraction = r.getStruct(x);
            String[] article = byId.get(r.getString(id));
            Extraction expected = serialExtraction(article);
            if (expected == null) {
                assertTrue(extraction.getString(extraction.fieldIndex("error")).startsWith("bad date"));
                assertEquals(Extraction.empty(), fromRow(extraction));
                continue;
            }
            assertTrue(extraction.isNullAt(extraction.fieldIndex("error")));
            assertEquals(expected, fromRow(extraction), r.getString(id));
            for (String list : new String[] {"organizations", "persons", "locations", "dates", "durations", "counts",
                    "hashtags"}) {
                for (Row m : extraction.<Row>getList(extraction.fieldIndex(list))) {
                    int start = m.getInt(m.fieldIndex("start"));
                    int end = m.getInt(m.fieldIndex("end"));
                    assertEquals(article[1].substring(start, end), m.getString(m.fieldIndex("text")), list);
                    mentions++;
                }
            }
        }
        assertTrue(mentions > 200, "typed mentions compared: " + mentions);
    }

    @Test
    void typedColumnsEqualSerialExtraction() throws Exception {
        Dataset<Row> output = KhabarSpark.extract(corpus(), "text", "date");
        assertEquals(KhabarSpark.SCHEMA, output.schema().apply(KhabarSpark.EXTRACTION).dataType());
        assertTypedAsSerial(output.collectAsList(), 0, 3);
    }

    @Test
    void theSchemaIsTyped() {
        StructType counts = (StructType) ((ArrayType) KhabarSpark.SCHEMA.apply("counts").dataType()).elementType();
        assertEquals(DataTypes.IntegerType, counts.apply("start").dataType());
        assertEquals(DataTypes.IntegerType, counts.apply("end").dataType());
        assertEquals(DataTypes.createDecimalType(38, 6), counts.apply("value").dataType());
        assertEquals(DataTypes.BooleanType, counts.apply("vague").dataType());
        StructType locations = (StructType) ((ArrayType) KhabarSpark.SCHEMA.apply("locations").dataType())
                .elementType();
        assertEquals(DataTypes.LongType, locations.apply("geonamesId").dataType());
        assertEquals(List.of("id", "organizations", "persons", "locations", "dates", "durations", "counts",
                "hashtags", "error"), List.of(KhabarSpark.DOCUMENT_SCHEMA.fieldNames()));
    }

    @Test
    void columnExpressionEqualsSerialExtraction() throws Exception {
        Dataset<Row> output = corpus().select(col("id"), KhabarSpark.extract(col("text"), col("date")).as("x"));
        assertEquals(KhabarSpark.SCHEMA, output.schema().apply("x").dataType());
        assertTypedAsSerial(output.collectAsList(), 0, 1);
        // Fields of the struct are columns like any other.
        long hashtags = corpus().select(explode(KhabarSpark.extract(col("text"), col("date")).getField("hashtags"))
                .as("h")).count();
        long expected = ARTICLES.stream().map(KhabarSparkTest::serialExtraction)
                .mapToLong(e -> e == null ? 0 : e.hashtags().size()).sum();
        assertTrue(expected > 0);
        assertEquals(expected, hashtags);
    }

    @Test
    void sqlFunctionOverTheCorpusEqualsSerialExtraction() throws Exception {
        KhabarSpark.register(spark);
        corpus().createOrReplaceTempView("corpus");
        assertTypedAsSerial(spark.sql("SELECT id, khabar_extract(text, date) FROM corpus").collectAsList(), 0, 1);
    }

    @Test
    void batchLinesReadBackWithTheDocumentSchema(@TempDir Path dir) throws Exception {
        Path lines = dir.resolve("out.jsonl");
        Files.write(lines, serial().values(), StandardCharsets.UTF_8);
        Dataset<Row> read = spark.read().schema(KhabarSpark.DOCUMENT_SCHEMA).json(lines.toString());
        assertEquals(KhabarSpark.DOCUMENT_SCHEMA, read.schema());
        int checked = 0;
        Map<String, String[]> byId = new HashMap<>();
        ARTICLES.forEach(a -> byId.put(a[0], a));
        for (Row r : read.collectAsList()) {
            Extraction expected = serialExtraction(byId.get(r.getString(0)));
            if (expected == null) {
                assertTrue(r.getString(r.fieldIndex("error")).startsWith("bad date"), r.toString());
            } else {
                assertEquals(expected, fromRow(r), r.getString(0));
                checked++;
            }
        }
        assertTrue(checked > 100, "lines checked: " + checked);
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

        // A DATE column needs no cast.
        StructType dated = new StructType().add("text", DataTypes.StringType).add("d", DataTypes.DateType);
        spark.createDataFrame(List.of(RowFactory.create("قال مكتب إعلام الأسرى أمس",
                java.sql.Date.valueOf(LocalDate.of(2026, 2, 7)))), dated).createOrReplaceTempView("dated");
        assertEquals("2026-02-06", spark.sql("SELECT get(khabar_extract(text, d).dates, 0).value FROM dated")
                .collectAsList().get(0).getString(0));
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
