package dev.khabar.usage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API ({@code dev.khabar} and {@code dev.khabar.json}) is documented throughout: the JDK's javadoc with
 * every doclint check on gives no warning and no error for its sources.
 */
class ApiJavadocTest {
    private static final List<Path> PACKAGES = List.of(Path.of("khabar-core/src/main/java/dev/khabar"),
            Path.of("khabar-core/src/main/java/dev/khabar/json"));

    @Test
    void everyPublicTypeAndMemberIsDocumented(@TempDir Path out) throws IOException {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> sources;
        try (Stream<Path> a = Files.list(PACKAGES.get(0)); Stream<Path> b = Files.list(PACKAGES.get(1))) {
            sources = Stream.concat(a, b).filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() > 20, "the API sources were found: " + sources);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javadoc.getTask(log, files, diagnostics, null,
                    List.of("-Xdoclint:all", "-quiet", "-d", out.toString(), "-cp", classPath),
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
                            || d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                            + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                    .toList();
            assertEquals(List.of(), problems, log.toString());
            assertTrue(ok, log.toString());
        }
        assertTrue(Files.exists(out.resolve("dev/khabar/Extractor.html")), "the pages were written");
    }
}
