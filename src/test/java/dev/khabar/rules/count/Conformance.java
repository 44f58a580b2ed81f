package dev.khabar.rules.count;

import java.util.List;

/** How a conformance suite of the count stage reports: one line of figures, then every failure with its reason. */
final class Conformance {
    private Conformance() {
    }

    /** Prints the figures and failures of a suite and returns its pass rate. */
    static double report(String suite, int cases, List<String> failures) {
        double rate = (cases - failures.size()) / (double) cases;
        System.out.printf("%s: %d of %d pass (%.1f%%)%n", suite, cases - failures.size(), cases, 100 * rate);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        return rate;
    }
}
