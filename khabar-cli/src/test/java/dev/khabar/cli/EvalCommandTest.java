package dev.khabar.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar eval --types}: only the types asked for are scored; an empty type is n/a; a typo stops at once. */
class EvalCommandTest {

    private static String stdout(List<Integer> status, String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            status.add(Main.run(args));
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void typesScoresOnlyThoseAndAnEmptyTypeIsNotApplicable() {
        List<Integer> status = new java.util.ArrayList<>();
        // The seed gold annotates persons with none in it, and the seed article names nobody.
        String out = stdout(status, "eval", "--types", "persons,hashtags", "testdata/seed.gold.jsonl");
        assertEquals(List.of(0), status);
        assertTrue(out.lines().anyMatch(l -> l.matches("persons +n/a +n/a +n/a +0 +0 +0")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("hashtags +1\\.000 +1\\.000 +1\\.000 +3 +0 +0")), out);
        for (String other : new String[] {"organizations", "locations", "dates", "durations", "counts"}) {
            assertTrue(out.lines().noneMatch(l -> l.startsWith(other)), other + " was scored:\n" + out);
        }
    }

    @Test
    void anUnknownTypeIsAnError() {
        List<Integer> status = new java.util.ArrayList<>();
        stdout(status, "eval", "--types", "persons,people", "testdata/seed.gold.jsonl");
        assertEquals(List.of(1), status);
    }
}
