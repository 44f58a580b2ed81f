package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.json.JsonLines;
import dev.khabar.json.JsonRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Extracts from JSON Lines ({\"id\", \"text\", \"date\"}, date optional) or from a directory of "
                + ".txt files, and writes JSON Lines with the same ids in the same order. A bad line gives "
                + "{\"id\": …, \"error\": …} and the batch goes on: lines in == lines out; the exit status is then 3 "
                + "unless --allow-errors. Input files ending in .gz "
                + "or .xz are decompressed; an output ending in .gz is compressed."})
final class BatchCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE|DIR",
            description = "Input JSON Lines (.jsonl, .jsonl.gz, .jsonl.xz), a directory of UTF-8 .txt files "
                    + "(one document each, id = path inside the directory, taken in name order), or - for "
                    + "standard input (default).")
    String in = "-";

    @Option(names = "--out", paramLabel = "FILE", description = "Output JSON Lines (.gz to compress), or - for standard output (default).")
    String out = "-";

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of documents that give none (.txt files).")
    LocalDate date;

    @Option(names = "--resume", description = "Keep the documents already in --out (a plain file) and go on after "
            + "them: output line N is input document N, so the first N documents are skipped; a half-written last "
            + "line is redone. The id of the last line kept must be that of input document N.")
    boolean resume;

    @Option(names = "--progress", negatable = true, description = "Draw the progress bar on standard error: "
            + "by bytes of the input file (compressed or not; standard input shows what it has read), or by files of "
            + "a directory, with the time left. Default: only when standard error is a terminal; a redirected "
            + "standard error gets only the summary line.")
    Boolean progress;

    @Option(names = "--allow-errors", description = "Exit 0 even when some documents gave error records (by "
            + "default the exit status is 3 then).")
    boolean allowErrors;

    @Option(names = "--max-work", paramLabel = "UNITS", description = "Work budget of one document "
            + "(Extractor.Builder.maxWork; news needs 4 to 10 units a char): a document past it gives an "
            + "error record (default: ${DEFAULT-VALUE}).")
    long maxWork = Extractor.DEFAULT_MAX_WORK;

    /** Exit status of a batch that finished but wrote error records for some documents. */
    static final int EXIT_DOCUMENT_ERRORS = 3;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ResumePoint resumeAt = new ResumePoint(0, null);
        if (resume) {
            if (out.equals("-") || out.endsWith(".gz")) {
                System.err.println("khabar batch: --resume needs --out FILE, a plain (not .gz) file");
                return 2;
            }
            resumeAt = ResumePoint.readAndRepair(Path.of(out));
            System.err.printf("khabar batch: resuming after the %d documents already in %s%n", resumeAt.lines(), out);
        }
        BatchRunner runner = new BatchRunner(extractor(maxWork), Math.max(1, threads));
        boolean directory = !in.equals("-") && Files.isDirectory(Path.of(in));
        boolean drawProgress = progress != null ? progress : Progress.stderrIsTerminal();
        BatchRunner.Summary summary;
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(InputFiles.create(out, resume),
                StandardCharsets.UTF_8), 1 << 16)) {
            if (directory) {
                List<Path> files = textFiles(Path.of(in));
                Progress bar = new Progress(System.err, files.size(), drawProgress);
                summary = runner.run(textFileSource(Path.of(in), files.iterator(), date), resumeAt.lines(),
                        resumeAt.lastId(), writer, bar);
                bar.finish(summary);
            } else {
                // By bytes of the file as it lies on disk: compressed files, standard input and files too large
                // to be counted first all get a bar.
                AtomicLong bytesRead = new AtomicLong();
                Progress bar = Progress.byBytes(System.err, InputFiles.size(in), bytesRead::get, drawProgress);
                try (var input = InputFiles.open(in, bytesRead)) {
                    JsonLines lines = new JsonLines(input, JsonLines.defaultMaxLineBytes());
                    summary = runner.run(withDefaultDate(BatchRunner.jsonLines(lines), date), resumeAt.lines(),
                            resumeAt.lastId(), writer, bar);
                }
                bar.finish(summary);
            }
        }
        if (summary.errors() > 0 && !allowErrors) {
            System.err.printf("khabar batch: %d of %d documents gave error records (exit %d; --allow-errors to exit 0)%n",
                    summary.errors(), summary.documents(), EXIT_DOCUMENT_ERRORS);
            return EXIT_DOCUMENT_ERRORS;
        }
        return 0;
    }

    private static Extractor extractor;
    private static long extractorMaxWork;

    /** One extractor per JVM and limit: it is immutable, and a test that runs many batches builds it once. */
    private static synchronized Extractor extractor(long maxWork) {
        if (extractor == null || extractorMaxWork != maxWork) {
            extractor = Extractor.builder().maxWork(maxWork).build();
            extractorMaxWork = maxWork;
        }
        return extractor;
    }

    /** The .txt files under {@code dir}, in name order. */
    static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .map(dir::relativize)
                    .sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .toList();
        }
    }

    /** One document per file, read on the worker; a file that is not UTF-8 gives an error record. */
    static BatchRunner.Source textFileSource(Path dir, Iterator<Path> files, LocalDate date) {
        return () -> {
            if (!files.hasNext()) {
                return null;
            }
            Path relative = files.next();
            String id = relative.toString().replace('\\', '/');
            long bytes = Files.size(dir.resolve(relative));
            return new BatchRunner.Item(bytes, () -> {
                try {
                    return JsonRequest.of(id, Files.readString(dir.resolve(relative), StandardCharsets.UTF_8), date);
                } catch (CharacterCodingException e) {
                    return JsonRequest.unreadable(id, "not UTF-8 text");
                } catch (IOException e) {
                    return JsonRequest.unreadable(id, "cannot read: " + e.getMessage());
                }
            }, id);
        };
    }

    /** Gives {@code date} to the documents that have none. */
    private static BatchRunner.Source withDefaultDate(BatchRunner.Source source, LocalDate date) {
        if (date == null) {
            return source;
        }
        return () -> {
            BatchRunner.Item next = source.next();
            if (next == null) {
                return null;
            }
            return new BatchRunner.Item(next.bytes(), () -> {
                JsonRequest r = next.request().get();
                return r.withDefaultDate(date);
            }, next.name());
        };
    }
}
