package dev.khabar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conformance suite's known failures as a ratchet: {@code testdata/known-failures/SUITE.tsv} lists the cases that
 * fail today, one key a line. A suite fails on a failure that is not listed (a regression) and on a listed case that
 * now passes (the list must shrink with it), so the pass count can only go up. Run the tests with
 * {@code -Dkhabar.ratchet.write=true} to write the lists anew after an intended change, and review the diff.
 */
public final class Ratchet {
    private static final Path DIR = Path.of("testdata/known-failures");

    private Ratchet() {
    }

    /** Checks {@code failing} (case keys, as unique as the suite's inputs) against the suite's list. */
    public static void check(String suite, Collection<String> failing) {
        Path file = DIR.resolve(suite + ".tsv");
        TreeMap<String, Integer> now = count(failing.stream().map(Ratchet::key).toList());
        try {
            if (Boolean.getBoolean("khabar.ratchet.write")) {
                write(file, suite, now);
                return;
            }
            TreeMap<String, Integer> known = count(read(file));
            List<String> regressions = new ArrayList<>();
            List<String> fixed = new ArrayList<>();
            for (var e : now.entrySet()) {
                int extra = e.getValue() - known.getOrDefault(e.getKey(), 0);
                for (int i = 0; i < extra; i++) {
                    regressions.add(e.getKey());
                }
            }
            for (var e : known.entrySet()) {
                int gone = e.getValue() - now.getOrDefault(e.getKey(), 0);
                for (int i = 0; i < gone; i++) {
                    fixed.add(e.getKey());
                }
            }
            assertTrue(regressions.isEmpty(), suite + ": " + regressions.size() + " new failures, not in " + file
                    + ":\n  " + String.join("\n  ", regressions));
            assertTrue(fixed.isEmpty(), suite + ": " + fixed.size() + " listed failures now pass; take them out of "
                    + file + " (or run with -Dkhabar.ratchet.write=true):\n  " + String.join("\n  ", fixed));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keys are one line each: tabs and line breaks inside a case are written as spaces. */
    private static String key(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    private static TreeMap<String, Integer> count(Collection<String> keys) {
        return keys.stream().collect(Collectors.toMap(k -> k, k -> 1, Integer::sum, TreeMap::new));
    }

    private static List<String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    private static void write(Path file, String suite, TreeMap<String, Integer> keys) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Known failures of the " + suite + " conformance suite: the ratchet of dev.khabar.Ratchet.");
        lines.add("# A new failure or a listed case that passes fails the test; the reasons are printed by the suite.");
        lines.add("# FORMAT: the failing case's input, one a line (a case that fails twice is listed twice)");
        lines.add("# EXAMPLE: حالا");
        keys.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                lines.add(k);
            }
        });
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
