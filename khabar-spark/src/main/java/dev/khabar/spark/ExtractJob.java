package dev.khabar.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;

/**
 * A runnable Spark job: JSON Lines articles in ({@code {"id", "text", "date"}}, id and date optional), JSON Lines
 * extractions out, one per article, as {@code khabar batch} writes them.
 *
 * <pre>
 * spark-submit --class dev.khabar.spark.ExtractJob khabar-spark-VERSION-job.jar IN.jsonl OUT_DIR
 * </pre>
 * Without a master set (outside {@code spark-submit}), it runs in-process on all cores ({@code local[*]}).
 */
public final class ExtractJob {

    private ExtractJob() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExtractJob IN.jsonl OUT_DIR");
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("khabar-extract");
        if (System.getProperty("spark.master") == null) { // spark-submit sets it
            builder = builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            long n = run(spark, args[0], args[1]);
            System.err.printf("khabar ExtractJob: %d articles from %s into %s%n", n, args[0], args[1]);
        } finally {
            spark.stop();
        }
    }

    /** Reads {@code in}, extracts, writes text files of JSON lines into the directory {@code out}; returns the count. */
    public static long run(SparkSession spark, String in, String out) {
        Dataset<Row> articles = spark.read().json(in);
        String[] columns = articles.columns();
        String date = Arrays.asList(columns).contains("date") ? "date" : null;
        String id = Arrays.asList(columns).contains("id") ? "id" : null;
        Dataset<Row> extracted = KhabarSpark.extractJson(articles, "text", date, id).select(KhabarSpark.EXTRACTION).cache();
        extracted.write().mode(SaveMode.Overwrite).text(out);
        long n = extracted.count();
        extracted.unpersist();
        return n;
    }
}
