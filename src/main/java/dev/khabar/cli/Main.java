package dev.khabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command line. */
@Command(name = "khabar", mixinStandardHelpOptions = true, version = "khabar 0.1.0",
        description = "Typed facts from Arabic news text: organizations, persons, locations, dates, durations, "
                + "counts and hashtags, with their offsets.",
        subcommands = {ExtractCommand.class, BatchCommand.class, EvalCommand.class, TrainNerCommand.class,
                EvalNerCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
