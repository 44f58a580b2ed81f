package dev.khabar.jmh;

import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.bench.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Articles per second through an extractor running one stage, none, the rule stages, or all of them. One operation
 * is one article of {@link Sample}. An extractor with one stage also normalizes and tokenizes: subtract {@code NONE}
 * for the stage's own cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PipelineBenchmark {

    @Param({"NONE", "HASHTAGS", "DATES", "COUNTS", "NER", "RULES", "ALL"})
    public String stages;

    private Corpus.Doc[] docs;
    private Extractor extractor;
    private Sample.Cursor cursor;

    @Setup
    public void setUp() throws IOException {
        docs = Sample.load();
        cursor = new Sample.Cursor(docs.length);
        extractor = Extractor.builder().stages(stageSet(stages)).build();
    }

    static Set<Stage> stageSet(String name) {
        return switch (name) {
            case "NONE" -> EnumSet.noneOf(Stage.class);
            case "RULES" -> EnumSet.complementOf(EnumSet.of(Stage.NER));
            case "ALL" -> EnumSet.allOf(Stage.class);
            default -> EnumSet.of(Stage.valueOf(name));
        };
    }

    @Benchmark
    public Extraction extract() {
        Corpus.Doc doc = docs[cursor.next()];
        return extractor.extract(doc.text(), doc.date());
    }

}
