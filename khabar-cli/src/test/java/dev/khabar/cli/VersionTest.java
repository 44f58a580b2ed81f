package dev.khabar.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar --version} says the build's version, never a number written into the code. */
class VersionTest {

    @Test
    void fromClassesItIsTheBuildsVersionMarkedAsSuch() throws Exception {
        // The tests run from classes: no manifest, so the version the build wrote beside them, filtered.
        String built = Version.built();
        assertTrue(built != null && Pattern.matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?", built), built);
        assertEquals(built + " (run from classes, not from a jar)", Version.current());

        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("--version"));
        } finally {
            System.setOut(saved);
        }
        assertEquals("khabar " + Version.current(), out.toString(StandardCharsets.UTF_8).trim());
    }
}
