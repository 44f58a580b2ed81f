package dev.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code khabar batch ... 2>err.log} in a JVM of its own, standard error a file as the shell makes it: the log holds
 * plain lines only, and the exit status says whether lines failed. (That the bar is there when asked for, carriage
 * returns and all, is {@code BatchHardeningTest}'s.)
 */
class RedirectedStderrTest {

    /** Runs the command line in a new JVM with standard error written to {@code log}; returns the exit status. */
    private static int batch(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "batch did not finish");
        return p.exitValue();
    }

    @Test
    void aLogFileGetsNoEscapeCodesNorCarriageReturns(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl.gz");
        try (var w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(in)), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 300; i++) {
                w.write("{\"id\":\"d" + i + "\",\"text\":\"قال مكتب إعلام الأسرى في 5 مارس 2024 إن " + i
                        + " أسيرا يقبعون في السجون #الحرية\"}\n");
            }
            w.write("not json\n");
        }
        Path out = dir.resolve("out.jsonl");
        Path log = dir.resolve("err.log");

        assertEquals(BatchCommand.EXIT_DOCUMENT_ERRORS, batch(log, "--in", in.toString(), "--out", out.toString()));
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(err.contains("khabar batch: 301 documents, 1 errors"), err);
        assertTrue(err.contains("(exit 3; --allow-errors to exit 0)"), err);
        assertFalse(err.contains("\r"), "carriage return in the log:\n" + err);
        assertFalse(err.contains("\u001b"), "escape code in the log:\n" + err);
        assertEquals(301, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    }
}
