package dev.khabar.cli;

import dev.khabar.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Extracts from JSON Lines ({\"id\", \"text\", \"date\"}, date optional) and writes JSON Lines "
                + "with the same ids in the same order. A bad line gives {\"id\": …, \"error\": …} and the batch "
                + "goes on: lines in == lines out. Files ending in .gz are read and written compressed."})
final class BatchCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE", description = "Input JSON Lines (.jsonl or .jsonl.gz), or - for standard input (default).")
    String in = "-";

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSON Lines (.gz to compress), or - for standard output (default).")
    String out = "-";

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Do not draw the progress bar on standard error.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Extractor extractor = Extractor.builder().build();
        long total = in.equals("-") || in.endsWith(".gz") ? -1 : countLines(Path.of(in));
        Progress progress = new Progress(System.err, total, !noProgress);
        BatchRunner.Summary summary;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(in), StandardCharsets.UTF_8), 1 << 16);
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(create(out), StandardCharsets.UTF_8), 1 << 16)) {
            summary = new BatchRunner(extractor, Math.max(1, threads)).run(reader, writer, progress);
        }
        progress.finish(summary);
        return 0;
    }

    private static InputStream open(String name) throws IOException {
        if (name.equals("-")) {
            return System.in;
        }
        InputStream raw = Files.newInputStream(Path.of(name));
        return name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static OutputStream create(String name) throws IOException {
        if (name.equals("-")) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close standard output
                }
            };
        }
        OutputStream raw = Files.newOutputStream(Path.of(name));
        return name.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
