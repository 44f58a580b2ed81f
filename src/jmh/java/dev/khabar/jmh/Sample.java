package dev.khabar.jmh;

import dev.khabar.bench.Corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The articles the benchmarks run on: {@code -Dkhabar.bench.in=FILE.jsonl}, by default the project's sample. */
final class Sample {
    private Sample() {
    }

    static Corpus.Doc[] load() throws IOException {
        Path in = Path.of(System.getProperty("khabar.bench.in", "testdata/bench/news.jsonl"));
        try (InputStream stream = Files.newInputStream(in)) {
            return Corpus.read(stream, Integer.MAX_VALUE).docs().toArray(Corpus.Doc[]::new);
        }
    }
}
