package dev.khabar.cli;

import dev.khabar.Extractor;
import dev.khabar.eval.GoldEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against a gold JSON Lines file: precision, recall and F1 per type and micro-averaged.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold file: {\"id\", \"date\", \"text\", \"gold\": {…}} per line.")
    Path gold;

    @Option(names = "--verbose", description = "List every miss and false alarm.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        new GoldEvaluator(Extractor.builder().build()).evaluate(gold).print(System.out, verbose);
        return 0;
    }
}
