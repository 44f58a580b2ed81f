package dev.khabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command line. */
@Command(name = "khabar", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Typed facts from Arabic news text: organizations, persons, locations, dates, durations, "
                + "counts and hashtags, with their offsets.",
        subcommands = {ExtractCommand.class, BatchCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class,
                TrainNerCommand.class, EvalNerCommand.class, MapNerCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // A clear one-line message for users; the stack trace only says where the program was.
                    cmd.getErr().println("khabar " + cmd.getCommandName() + ": " + describe(e));
                    return 1;
                })
                .execute(args);
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
