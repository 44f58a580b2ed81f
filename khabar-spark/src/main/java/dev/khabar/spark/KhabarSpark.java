package dev.khabar.spark;

import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

/**
 * Khabar on Apache Spark (4.x, Scala 2.13): a typed extraction, a struct with one array per mention type
 * ({@link #SCHEMA}), as a column expression, as a Dataset transform, as a SQL function, or as the JSON string that
 * {@code khabar batch} writes; and the schema that reads those JSON lines back ({@link #DOCUMENT_SCHEMA}).
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");             // id, text, date columns
 * Dataset<Row> out = articles.withColumn("x", KhabarSpark.extract(col("text"), col("date")));  // a struct column
 * out.select(explode(col("x.locations")).as("loc")).groupBy("loc.name").count();
 * Dataset<Row> same = KhabarSpark.extract(articles, "text", "date");       // + "extraction", in mapPartitions
 * KhabarSpark.register(spark);                                            // SQL: khabar_extract(text, date)
 * spark.read().schema(KhabarSpark.DOCUMENT_SCHEMA).json("batch-out.jsonl"); // khabar batch's output, typed
 * }</pre>
 *
 * <p>Every form uses one {@link Extractor} per executor JVM, built on first use and shared by the executor's tasks (it
 * is immutable and thread-safe). A row that cannot be processed (null text, a text over the length limit, a date
 * that is not one) gets empty lists and its reason in {@code error}. Spark is a {@code provided} dependency: the
 * cluster supplies it, and Jackson and SLF4J with it.
 */
public final class KhabarSpark {
    /** The name of the column added by {@link #extract} and {@link #extractJson}. */
    public static final String EXTRACTION = "extraction";
    /** The name of the SQL function that {@link #register} adds. */
    public static final String FUNCTION = "khabar_extract";
    /**
     * The type of the {@value #EXTRACTION} struct: {@code organizations}, {@code persons}, {@code locations},
     * {@code dates}, {@code durations}, {@code counts}, {@code hashtags} (arrays of structs whose fields are the
     * mention records' components, named as in the JSON) and {@code error} (null unless the row failed).
     */
    public static final StructType SCHEMA = ExtractionRows.SCHEMA;
    /**
     * The type of a line of {@code khabar batch} (and of {@link #extractJson}'s strings): {@code id} (a string; a
     * numeric id is read as its digits), then the fields of {@link #SCHEMA}, all nullable. For
     * {@code spark.read().schema(DOCUMENT_SCHEMA).json(path)} or {@code from_json(col, DOCUMENT_SCHEMA)}. JSON leaves
     * out what has no value, so there a {@code false} {@code age} of a duration reads as null, and an error line has
     * null lists.
     */
    public static final StructType DOCUMENT_SCHEMA = ExtractionRows.DOCUMENT;

    /** The extraction as a function of a text and a date (a date, a string {@code YYYY-MM-DD}, or null). */
    private static final UserDefinedFunction UDF = functions.udf((UDF2<String, Object, Row>) KhabarSpark::struct,
            SCHEMA);

    private KhabarSpark() {
    }

    /** Same as {@link #extract(Column, Column)} without a publication date. */
    public static Column extract(Column text) {
        return extract(text, functions.lit(null));
    }

    /**
     * The extraction of {@code text} as a column of type {@link #SCHEMA}: for {@code withColumn}, {@code select} or
     * any expression ({@code extract(col("text"), col("date")).getField("dates")}).
     *
     * @param text a string column
     * @param date the publication date: a date column, a string column {@code YYYY-MM-DD}, or a null literal
     */
    public static Column extract(Column text, Column date) {
        return UDF.apply(text, date.cast(DataTypes.StringType)).as(EXTRACTION);
    }

    /** Same as {@link #extract(Dataset, String, String)} without dates. */
    public static Dataset<Row> extract(Dataset<Row> input, String textColumn) {
        return extract(input, textColumn, null);
    }

    /**
     * Returns {@code input} with one more column, {@value #EXTRACTION}, of type {@link #SCHEMA}, made in
     * {@code mapPartitions}: the transform for when the struct is used many times over, since it is never computed
     * twice for a row.
     *
     * @param textColumn a string column
     * @param dateColumn the publication date (a date column, or a string {@code YYYY-MM-DD}), or null
     */
    public static Dataset<Row> extract(Dataset<Row> input, String textColumn, String dateColumn) {
        return add(input, textColumn, dateColumn, null, SCHEMA, false);
    }

    /**
     * Returns {@code input} with one more string column, {@value #EXTRACTION}: the row's extraction as the JSON line
     * of {@code khabar batch}, or an error record {@code {"id", "error"}}.
     *
     * @param dateColumn the publication date column, or null
     * @param idColumn   a column whose value becomes the JSON's {@code id}, or null
     */
    public static Dataset<Row> extractJson(Dataset<Row> input, String textColumn, String dateColumn,
                                           String idColumn) {
        return add(input, textColumn, dateColumn, idColumn, DataTypes.StringType, true);
    }

    /**
     * Registers the SQL function {@value #FUNCTION}{@code (text, date)}, whose result is a struct of type
     * {@link #SCHEMA}; {@code date} is a DATE, a string {@code YYYY-MM-DD}, or NULL.
     */
    public static void register(SparkSession spark) {
        spark.udf().register(FUNCTION, UDF);
    }

    private static Row struct(String text, Object date) {
        if (text == null) {
            return ExtractionRows.error("no text");
        }
        LocalDate publication;
        try {
            publication = toDate(date);
        } catch (DateTimeParseException e) {
            return ExtractionRows.error("bad date: " + date);
        }
        try {
            return ExtractionRows.of(Holder.EXTRACTOR.extract(text, publication));
        } catch (RuntimeException e) { // too long, or over the work budget: that row's error, not the job's
            return ExtractionRows.error(e.getMessage());
        }
    }

    private static LocalDate toDate(Object d) {
        if (d == null) {
            return null;
        } else if (d instanceof java.sql.Date sql) {
            return sql.toLocalDate();
        } else if (d instanceof LocalDate local) {
            return local;
        }
        return LocalDate.parse(d.toString().trim());
    }

    private static Dataset<Row> add(Dataset<Row> input, String textColumn, String dateColumn, String idColumn,
                                    DataType type, boolean json) {
        StructType in = input.schema();
        StructType out = in.add(EXTRACTION, type, json);
        return input.mapPartitions(new ExtractPartition(in.fieldIndex(textColumn),
                dateColumn == null ? -1 : in.fieldIndex(dateColumn),
                idColumn == null ? -1 : in.fieldIndex(idColumn), json), Encoders.row(out));
    }

    /** The extractor of this JVM, built by the first task that needs it. */
    static final class Holder {
        static final Extractor EXTRACTOR = Extractor.builder().build();

        private Holder() {
        }
    }

    /** Extracts row by row; serializable, holding only column indexes. */
    private static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 2L;
        private final int text;
        private final int date;
        private final int id;
        private final boolean json;

        ExtractPartition(int text, int date, int id, boolean json) {
            this.text = text;
            this.date = date;
            this.id = id;
            this.json = json;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = rows.next();
                    Object[] values = new Object[row.length() + 1];
                    for (int i = 0; i < row.length(); i++) {
                        values[i] = row.get(i);
                    }
                    Object d = date < 0 || row.isNullAt(date) ? null : row.get(date);
                    String t = row.isNullAt(text) ? null : row.get(text).toString();
                    values[row.length()] = json ? json(t, d, row) : struct(t, d);
                    return RowFactory.create(values);
                }
            };
        }

        private String json(String t, Object d, Row row) {
            Object docId = id < 0 || row.isNullAt(id) ? null : row.get(id); // a string or a number
            if (t == null) {
                return JsonCodec.errorJson(docId, "no text");
            }
            LocalDate publication;
            try {
                publication = toDate(d);
            } catch (DateTimeParseException e) {
                return JsonCodec.errorJson(docId, "bad date: " + d);
            }
            try {
                Extraction e = Holder.EXTRACTOR.extract(t, publication);
                return JsonCodec.toJson(docId, e);
            } catch (RuntimeException e) {
                return JsonCodec.errorJson(docId, e.getMessage());
            }
        }
    }
}
