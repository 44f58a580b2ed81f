package dev.khabar.rules.count;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.json.JsonCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a conformance suite of the count stage reports: one line of figures, then every failure with its reason. */
final class Conformance {
    private Conformance() {
    }

    /** The cases of a JSON Lines suite under testdata/, one object a line. */
    static List<JsonNode> cases(String file) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            cases.add(JsonCodec.readTree(line));
        }
        return cases;
    }

    /** Prints the figures and failures of a suite and returns its pass rate. */
    static double report(String suite, int cases, List<String> failures) {
        double rate = (cases - failures.size()) / (double) cases;
        System.out.printf("%s: %d of %d pass (%.1f%%)%n", suite, cases - failures.size(), cases, 100 * rate);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        return rate;
    }
}
