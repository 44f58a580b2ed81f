package dev.khabar.jmh;

import dev.khabar.bench.Corpus;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Articles per second through the two steps every stage shares: normalizing, and tokenizing the normalized view. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StepBenchmark {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private Corpus.Doc[] docs;
    private String[] normalized;
    private Sample.Cursor cursor;

    @Setup
    public void setUp() throws IOException {
        docs = Sample.load();
        cursor = new Sample.Cursor(docs.length);
        normalized = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            normalized[i] = normalizer.normalize(docs[i].text()).text();
        }
    }

    @Benchmark
    public NormalizedText normalize() {
        return normalizer.normalize(docs[cursor.next()].text());
    }

    @Benchmark
    public List<Token> tokenize() {
        return tokenizer.tokenize(normalized[cursor.next()]);
    }
}
