package dev.khabar.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.WorkLimitExceededException;
import dev.khabar.json.JsonCodec;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

/**
 * Khabar on Apache Spark (4.x, Scala 2.13): adds to a Dataset a column holding each row's extraction as a JSON
 * string, the same JSON that {@code khabar batch} writes.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles.jsonl");             // id, text, date columns
 * Dataset<Row> out = KhabarSpark.extract(articles, "text", "date", "id");  // + "extraction" (JSON string)
 * }</pre>
 *
 * <p>Rows are extracted in {@code mapPartitions} with one {@link Extractor} per executor JVM, built on first use and
 * shared by the executor's tasks (it is immutable and thread-safe). The result is a JSON string rather than a struct
 * because {@code Encoders.bean} cannot read Java records (Spark 4 gives an empty schema and drops the data);
 * {@code from_json} turns it into columns when wanted. Spark is a {@code provided} dependency: the cluster supplies it.
 */
public final class KhabarSpark {
    /** The name of the column added by {@link #extract}. */
    public static final String EXTRACTION = "extraction";

    private KhabarSpark() {
    }

    /** Same as {@link #extract(Dataset, String, String, String)} without dates or ids. */
    public static Dataset<Row> extract(Dataset<Row> input, String textColumn) {
        return extract(input, textColumn, null, null);
    }

    /**
     * Returns {@code input} with one more string column, {@value #EXTRACTION}: the row's extraction as JSON, or an
     * error record {@code {"id", "error"}} when the text is null or too long or the date is not a date.
     *
     * @param textColumn a string column
     * @param dateColumn the publication date (a date column, or a string {@code YYYY-MM-DD}), or null
     * @param idColumn   a column whose value becomes the JSON's {@code id}, or null
     */
    public static Dataset<Row> extract(Dataset<Row> input, String textColumn, String dateColumn, String idColumn) {
        StructType in = input.schema();
        StructType out = in.add(EXTRACTION, DataTypes.StringType, true);
        return input.mapPartitions(new ExtractPartition(in.fieldIndex(textColumn),
                dateColumn == null ? -1 : in.fieldIndex(dateColumn),
                idColumn == null ? -1 : in.fieldIndex(idColumn)), Encoders.row(out));
    }

    /** The extractor of this JVM, built by the first task that needs it. */
    static final class Holder {
        static final Extractor EXTRACTOR = Extractor.builder().build();

        private Holder() {
        }
    }

    /** Extracts row by row; serializable, holding only column indexes. */
    private static final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final int text;
        private final int date;
        private final int id;

        ExtractPartition(int text, int date, int id) {
            this.text = text;
            this.date = date;
            this.id = id;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Extractor extractor = Holder.EXTRACTOR;
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
                    values[row.length()] = json(extractor, row);
                    return RowFactory.create(values);
                }
            };
        }

        private String json(Extractor extractor, Row row) {
            JsonNode docId = id < 0 || row.isNullAt(id) ? null : JsonCodec.mapper().valueToTree(row.get(id));
            if (row.isNullAt(text)) {
                return JsonCodec.errorJson(docId, "no text");
            }
            LocalDate publication = null;
            if (date >= 0 && !row.isNullAt(date)) {
                Object d = row.get(date);
                if (d instanceof java.sql.Date sql) {
                    publication = sql.toLocalDate();
                } else if (d instanceof LocalDate local) {
                    publication = local;
                } else {
                    try {
                        publication = LocalDate.parse(d.toString().trim());
                    } catch (DateTimeParseException e) {
                        return JsonCodec.errorJson(docId, "bad date: " + d);
                    }
                }
            }
            try {
                Extraction e = extractor.extract(row.get(text).toString(), publication);
                return JsonCodec.toJson(docId, e);
            } catch (IllegalArgumentException | WorkLimitExceededException e) {
                return JsonCodec.errorJson(docId, e.getMessage());
            }
        }
    }
}
