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

    /** Cycles through 0 … size-1, so each benchmark call takes the next article. One per benchmark state. */
    static final class Cursor {
        private final int size;
        private int next;

        Cursor(int size) {
            this.size = size;
        }

        int next() {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    static Corpus.Doc[] load() throws IOException {
        Path in = Path.of(System.getProperty("khabar.bench.in", "testdata/bench/news.jsonl"));
        try (InputStream stream = Files.newInputStream(in)) {
            return Corpus.read(stream, Integer.MAX_VALUE).docs().toArray(Corpus.Doc[]::new);
        }
    }
}
