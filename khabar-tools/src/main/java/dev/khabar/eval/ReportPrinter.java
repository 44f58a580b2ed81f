package dev.khabar.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link GoldEvaluator.Report}: the score table, and on request the errors grouped by cause. */
final class ReportPrinter {
    /** Examples printed under each cause. */
    static final int EXAMPLES = 3;

    private final GoldEvaluator.Report report;
    private final PrintStream out;

    ReportPrinter(GoldEvaluator.Report report, PrintStream out) {
        this.report = report;
        this.out = out;
    }

    void print(boolean verbose) {
        out.printf(Locale.ROOT, "%-14s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
        for (var e : report.scores().entrySet()) {
            row(e.getKey(), e.getValue());
        }
        row("micro", report.micro());
        if (!report.notAnnotated().isEmpty()) {
            out.println("not scored (the gold file does not annotate them): "
                    + String.join(", ", report.notAnnotated()));
        }
        if (verbose) {
            printCauses();
            out.println();
            out.println("all misses and false alarms (id, type, kind, span, text, value, cause, counterpart):");
            report.errors().forEach(out::println);
        }
    }

    /** Per type (most errors first): the misses and false alarms grouped by cause, biggest first, with examples. */
    void printCauses() {
        Map<String, Map<String, List<ErrorItem>>> byType = new LinkedHashMap<>();
        for (ErrorItem e : report.errors()) {
            byType.computeIfAbsent(e.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent((e.missed() ? "missed" : "false alarm") + ": " + e.cause(), c -> new ArrayList<>())
                    .add(e);
        }
        List<String> types = new ArrayList<>(byType.keySet());
        types.sort(Comparator.comparingInt((String t) -> -total(byType.get(t))));
        for (String type : types) {
            printCausesOf(type, byType.get(type));
        }
    }

    private void printCausesOf(String type, Map<String, List<ErrorItem>> causes) {
        long missed = report.errors().stream().filter(e -> e.type().equals(type) && e.missed()).count();
        out.printf(Locale.ROOT, "%n%s: %d errors (%d missed, %d false alarms)%n", type, total(causes), missed,
                total(causes) - missed);
        List<String> names = new ArrayList<>(causes.keySet());
        names.sort(Comparator.comparingInt((String c) -> -causes.get(c).size()));
        for (String cause : names) {
            List<ErrorItem> items = causes.get(cause);
            out.printf(Locale.ROOT, "  %4d  %s%n", items.size(), cause);
            for (ErrorItem e : items.subList(0, Math.min(EXAMPLES, items.size()))) {
                out.printf(Locale.ROOT, "          %s [%d,%d) «%s»%s%s%n", e.id(), e.start(), e.end(), e.text(),
                        e.value().isEmpty() ? "" : " = " + e.value(),
                        e.counterpart().isEmpty() ? "" : (e.missed() ? "   found " : "   gold ") + e.counterpart());
            }
        }
    }

    private static int total(Map<String, List<ErrorItem>> causes) {
        return causes.values().stream().mapToInt(List::size).sum();
    }

    private void row(String name, Score s) {
        if (s.isEmpty()) {
            out.printf(Locale.ROOT, "%-14s %6s %6s %6s %5d %5d %5d%n", name, "n/a", "n/a", "n/a", 0, 0, 0);
            return;
        }
        out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives, s.falsePositives, s.falseNegatives);
    }
}
