package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts from one document (a UTF-8 text file, or - for standard input) and prints one JSON object.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date, for relative dates.")
    LocalDate date;

    @Option(names = "--id", description = "The id to put in the output (default: the file name).")
    String id;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Text file, or - for standard input (default).")
    String file = "-";

    @Override
    public Integer call() throws IOException {
        String text = file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        Extractor extractor = Extractor.builder().build();
        String docId = id != null ? id : (file.equals("-") ? null : Path.of(file).getFileName().toString());
        System.out.println(JsonCodec.toJson(docId, extractor.extract(text, date)));
        return 0;
    }
}
