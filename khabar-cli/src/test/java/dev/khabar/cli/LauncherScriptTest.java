package dev.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code ./khabar} launcher, run by {@code sh} in a copy of the project's layout with stand-ins for {@code mvn}
 * and {@code java}: it builds on first use and when a source is newer than the jar, not otherwise, and what Maven
 * prints reaches a redirected stderr without escape codes or carriage returns.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().setExecutable(true);
    }

    /** Runs {@code sh khabar ARGS 2>err.log} in {@code project}; returns the exit status. */
    private static int launch(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", project.resolve("khabar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile())
                .redirectError(project.resolve("err.log").toFile())
                .redirectOutput(project.resolve("out.log").toFile());
        pb.environment().put("PATH", project.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().remove("KHABAR_JAVA_OPTS");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    @Test
    void buildsWhenNeededAndKeepsARedirectedStderrPlain(@TempDir Path project) throws Exception {
        Files.copy(Path.of("khabar"), project.resolve("khabar"));
        write(project.resolve("pom.xml"), "<project/>\n");
        for (String module : new String[] {"khabar-core", "khabar-tools", "khabar-cli"}) {
            write(project.resolve(module + "/pom.xml"), "<project/>\n");
        }
        write(project.resolve("khabar-core/src/main/java/A.java"), "class A {}\n");
        Files.createDirectories(project.resolve("models"));
        // Maven as it prints: colour codes even in batch mode, a carriage return; it counts its runs.
        write(project.resolve("bin/mvn"), "#!/bin/sh\n"
                + "echo run >> \"$PWD/mvn.calls\"\n"
                + "if [ -f fail ]; then printf '\\033[1;31m[ERROR]\\033[m compilation failed\\n' >&2; exit 7; fi\n"
                + "printf '\\033[0m\\033[0m\\033[1mWARNING\\033[m something\\r\\n'\n"
                + "mkdir -p khabar-cli/target && : > khabar-cli/target/khabar-9.9-cli.jar\n");
        write(project.resolve("bin/java"), "#!/bin/sh\necho \"java $*\"\n");

        assertEquals(0, launch(project, "batch", "--in", "x.jsonl"));
        String err = read(project.resolve("err.log"));
        assertEquals("khabar: building the runnable jar (first use)...\nWARNING something\n", err);
        assertEquals("java -Xmx1g -jar " + project.toRealPath().resolve("khabar-cli/target/khabar-9.9-cli.jar")
                + " batch --in x.jsonl\n", read(project.resolve("out.log")));
        assertEquals(1, read(project.resolve("mvn.calls")).lines().count());

        assertEquals(0, launch(project, "--version"));
        assertEquals("", read(project.resolve("err.log")), "an up-to-date jar is run as it is");
        assertEquals(1, read(project.resolve("mvn.calls")).lines().count());

        Path jar = project.resolve("khabar-cli/target/khabar-9.9-cli.jar");
        Path source = project.resolve("khabar-core/src/main/java/A.java");
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertEquals(0, launch(project, "--version"));
        assertTrue(read(project.resolve("err.log")).startsWith(
                "khabar: building the runnable jar (sources changed since the last build)..."));
        assertEquals(2, read(project.resolve("mvn.calls")).lines().count());

        write(project.resolve("fail"), "");
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
        assertEquals(7, launch(project, "--version"), "a failed build stops the launcher with Maven's status");
        String failed = read(project.resolve("err.log"));
        assertTrue(failed.contains("[ERROR] compilation failed"), failed);
        assertFalse(failed.contains("\u001b") || failed.contains("\r"), failed);
    }
}
