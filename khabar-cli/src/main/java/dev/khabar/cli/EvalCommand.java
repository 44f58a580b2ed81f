package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.eval.GoldEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against a gold JSON Lines file: precision, recall and F1 per type and "
                + "micro-averaged. Types the gold file does not annotate are not scored; a type with nothing in gold "
                + "and nothing found prints n/a.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold file: {\"id\", \"date\", \"text\", \"gold\": {…}} per line.")
    Path gold;

    @Option(names = "--verbose", description = "Group the misses and false alarms by type and cause (biggest first, "
            + "with examples), then list every one.")
    boolean verbose;

    @Option(names = "--types", split = ",", paramLabel = "TYPE[,TYPE…]",
            description = "Score only these types (organizations, persons, locations, dates, durations, counts, "
                    + "hashtags); default all.")
    List<String> types = GoldEvaluator.TYPES;

    @Override
    public Integer call() throws IOException {
        for (String t : types) {   // before the extractor is built: a typo should fail at once
            if (!GoldEvaluator.TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown type '" + t + "'; types are " + String.join(",", GoldEvaluator.TYPES));
            }
        }
        new GoldEvaluator(Extractor.builder().build()).evaluate(gold, types).print(System.out, verbose);
        return 0;
    }
}
