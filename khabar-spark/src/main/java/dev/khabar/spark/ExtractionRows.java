package dev.khabar.spark;

import dev.khabar.Extraction;
import dev.khabar.MentionType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    /**
     * A line of {@code khabar batch} as Spark reads it: the document's {@code id}, then {@link #SCHEMA}'s fields, all
     * nullable, since JSON leaves out what has no value.
     */
    static final StructType DOCUMENT = (StructType) nullable(new StructType(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(DataTypes.createStructField("id", DataTypes.StringType, true)),
            java.util.Arrays.stream(SCHEMA.fields())).toArray(StructField[]::new)));

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
            fields.add(DataTypes.createStructField(c.getName(),
                    typeOf(c.getType(), c.getGenericType(), type.getSimpleName() + "." + c.getName()),
                    !c.getType().isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * The Spark type of a component: scalars, enums as their JSON strings, dates as dates, records as structs and
     * lists as arrays, so that a record that gains a field of any of these kinds needs no change here.
     */
    private static DataType typeOf(Class<?> c, Type generic, String where) {
        if (c.isEnum()) {
            return DataTypes.StringType;
        } else if (c == LocalDate.class) {
            return DataTypes.DateType;
        } else if (c.isRecord()) {
            return mentionSchema(c.asSubclass(Record.class));
        } else if (List.class.isAssignableFrom(c) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return DataTypes.createArrayType(typeOf(element, element, where + "[]"), true);
        }
        DataType scalar = SCALARS.get(c);
        if (scalar == null) {
            throw new IllegalStateException("no Spark type for " + where + " (" + generic + ")");
        }
        return scalar;
    }

    private static DataType nullable(DataType type) {
        if (type instanceof StructType struct) {
            List<StructField> fields = new ArrayList<>();
            for (StructField f : struct.fields()) {
                fields.add(DataTypes.createStructField(f.name(), nullable(f.dataType()), true));
            }
            return DataTypes.createStructType(fields);
        } else if (type instanceof ArrayType array) {
            return DataTypes.createArrayType(nullable(array.elementType()), true);
        }
        return type;
    }

    /** The struct of one extraction. */
    static Row of(Extraction e) {
        return RowFactory.create(mentions(e.organizations()), mentions(e.persons()), mentions(e.locations()),
                mentions(e.dates()), mentions(e.durations()), mentions(e.counts()), mentions(e.hashtags()), null);
    }

    /** The struct of a row that could not be processed: empty lists and the reason. */
    static Row error(String message) {
        Seq<Object> none = mentions(List.of());
        return RowFactory.create(none, none, none, none, none, none, none, message);
    }

    /** Spark's external form of an array is a Scala sequence. */
    private static Seq<Object> mentions(List<?> values) {
        List<Object> rows = new ArrayList<>(values.size());
        for (Object v : values) {
            rows.add(external(v));
        }
        return CollectionConverters.asScala(rows).toSeq();
    }

    /** A component's value as Spark's external type for {@link #typeOf}: a record as a row, a list as a sequence. */
    private static Object external(Object v) {
        if (v instanceof Record r) {
            RecordComponent[] cs = r.getClass().getRecordComponents();
            Object[] values = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                try {
                    values[i] = external(cs[i].getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return RowFactory.create(values);
        } else if (v instanceof Enum<?> en) {
            return en.toString();
        } else if (v instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        } else if (v instanceof List<?> list) {
            return mentions(list);
        }
        return v;
    }
}
