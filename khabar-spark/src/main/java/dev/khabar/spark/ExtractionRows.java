package dev.khabar.spark;

import dev.khabar.Extraction;
import dev.khabar.MentionType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Spark form of an {@link Extraction}: one struct with an array per mention type, each element a struct of the
 * mention record's components in their declared order, plus an {@code error} string for rows that could not be
 * processed. Derived from the records themselves, so a field added to a record appears in Spark too.
 */
final class ExtractionRows {
    /** Amounts: 38 digits, 6 after the point (percentages such as 26.4, money up to 10^32). */
    static final DataType AMOUNT = DataTypes.createDecimalType(38, 6);

    private static final Map<Class<?>, DataType> SCALARS = Map.of(
            String.class, DataTypes.StringType,
            int.class, DataTypes.IntegerType,
            Integer.class, DataTypes.IntegerType,
            long.class, DataTypes.LongType,
            Long.class, DataTypes.LongType,
            boolean.class, DataTypes.BooleanType,
            Boolean.class, DataTypes.BooleanType,
            BigDecimal.class, AMOUNT);

    /** Mention types with their records, in the order of the struct's fields (the JSON document's order). */
    private static final List<Map.Entry<MentionType, Class<? extends Record>>> TYPES = List.of(
            Map.entry(MentionType.ORGANIZATION, dev.khabar.Organization.class),
            Map.entry(MentionType.PERSON, dev.khabar.Person.class),
            Map.entry(MentionType.LOCATION, dev.khabar.Location.class),
            Map.entry(MentionType.DATE, dev.khabar.DateMention.class),
            Map.entry(MentionType.DURATION, dev.khabar.DurationMention.class),
            Map.entry(MentionType.COUNT, dev.khabar.Count.class),
            Map.entry(MentionType.HASHTAG, dev.khabar.Hashtag.class));

    static final StructType SCHEMA = schema();

    private ExtractionRows() {
    }

    private static StructType schema() {
        StructType s = new StructType();
        for (Map.Entry<MentionType, Class<? extends Record>> t : TYPES) {
            s = s.add(t.getKey().listName(), DataTypes.createArrayType(mentionSchema(t.getValue()), false), false);
        }
        return s.add("error", DataTypes.StringType, true);
    }

    private static StructType mentionSchema(Class<? extends Record> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            DataType dt = c.getType().isEnum() ? DataTypes.StringType : SCALARS.get(c.getType());
            if (dt == null) {
                throw new IllegalStateException("no Spark type for " + type.getSimpleName() + "." + c.getName());
            }
            fields.add(DataTypes.createStructField(c.getName(), dt, !c.getType().isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The struct of one extraction. */
    static Row of(Extraction e) {
        return RowFactory.create(mentions(e.organizations()), mentions(e.persons()), mentions(e.locations()),
                mentions(e.dates()), mentions(e.durations()), mentions(e.counts()), mentions(e.hashtags()), null);
    }

    /** The struct of a row that could not be processed: empty lists and the reason. */
    static Row error(String message) {
        Seq<Row> none = mentions(List.of());
        return RowFactory.create(none, none, none, none, none, none, none, message);
    }

    /** Spark's external form of an array is a Scala sequence. */
    private static Seq<Row> mentions(List<? extends Record> records) {
        List<Row> rows = new ArrayList<>(records.size());
        for (Record r : records) {
            RecordComponent[] cs = r.getClass().getRecordComponents();
            Object[] values = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                try {
                    Object v = cs[i].getAccessor().invoke(r);
                    values[i] = v instanceof Enum<?> en ? en.toString() : v;
                } catch (IllegalAccessException | InvocationTargetException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            rows.add(RowFactory.create(values));
        }
        return CollectionConverters.asScala(rows).toSeq();
    }
}
